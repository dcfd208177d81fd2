package org.juesuan.portal.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.PublishedListing;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.VersionFile;
import org.juesuan.portal.store.VersionRecord;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open data endpoints (开放数据接口): the units that have published, the published documents and each document's
 * published versions with their files, as JSON for anyone. Drafts and unknown ids answer 404. Every answer may be
 * cached for a few minutes and read from any origin. The endpoints are described by an OpenAPI document (接口说明) at
 * {@code /api/openapi.json}.
 */
@RestController
final class OpenDataController {

    /** How long a listing may be cached: new versions get published, so not for good. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** The description of these endpoints, hand-written: {@code openapi.json} next to this class. */
    private static final String OPENAPI = "openapi.json";

    private final DocumentRepository documents;
    private final UnitRepository units;
    private final byte[] openApi;

    OpenDataController(DocumentRepository documents, UnitRepository units) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.units = Objects.requireNonNull(units, "units");
        try (InputStream in = OpenDataController.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI);
            }
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> openApi() {
        return open(openApi.clone());
    }

    /** A unit that has published. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UnitJson(long id, String name, String level, String region) {}

    /** A document with its latest published version number. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DocumentJson(long id, String unit, String region, int year, String profile, int latestVersion) {}

    /** A published version and its files. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record VersionJson(
            int number,
            OffsetDateTime publishedAt,
            @Nullable String reason,
            List<FileJson> files) {}

    /** A file of a published version. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FileJson(String format, String fileName, String sha256, long size, String url) {}

    @GetMapping("/api/units")
    ResponseEntity<List<UnitJson>> units() {
        List<UnitJson> body = units.publishedUnits().stream()
                .map(unit -> new UnitJson(unit.id(), unit.name(), unit.level(), unit.region()))
                .toList();
        return open(body);
    }

    @GetMapping("/api/documents")
    ResponseEntity<List<DocumentJson>> documents(
            @RequestParam(name = "year", required = false) @Nullable Integer year,
            @RequestParam(name = "region", required = false) @Nullable Long region) {
        List<DocumentJson> body = new ArrayList<>();
        for (PublishedListing listing : documents.published()) {
            if ((year == null || listing.document().fiscalYear() == year)
                    && (region == null || listing.document().regionId() == region)) {
                body.add(new DocumentJson(
                        listing.document().id(),
                        listing.document().unitName(),
                        listing.document().regionName(),
                        listing.document().fiscalYear(),
                        listing.document().profile(),
                        listing.versionNumber()));
            }
        }
        return open(body);
    }

    @GetMapping("/api/documents/{id}/versions")
    ResponseEntity<List<VersionJson>> versions(@PathVariable("id") long id) {
        List<VersionRecord> published = documents.publishedVersions(id);
        if (published.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<VersionJson> body = new ArrayList<>();
        for (VersionRecord version : published) {
            List<FileJson> files = new ArrayList<>();
            for (VersionFile file : documents.files(version.id())) {
                files.add(new FileJson(
                        file.format().key(),
                        file.fileName(),
                        file.sha256(),
                        file.size(),
                        "/disclosures/" + id + "/versions/" + version.number() + "/"
                                + file.format().key()));
            }
            body.add(new VersionJson(
                    version.number(),
                    Objects.requireNonNull(version.publishedAt(), "publishedAt"),
                    version.correctionReason().orElse(null),
                    files));
        }
        return open(body);
    }

    private static <T> ResponseEntity<T> open(T body) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }
}
