package org.juesuan.portal.publication;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.store.DocumentInfo;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.VersionRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public statement of a correction (更正说明): between two published versions of a document, by default the
 * latest and the one before, every cell of the public tables printed differently, with the reason stated for the
 * newer version. Only published versions are ever compared; anything else is 404.
 */
@Controller
final class ChangesController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentRepository documents;
    private final VersionTables tables;
    private final ZoneId zone;

    ChangesController(
            DocumentRepository documents, VersionTables tables, @Value("${juesuan.zone:Asia/Shanghai}") String zone) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.zone = ZoneId.of(zone);
    }

    /**
     * A version as the page names it.
     *
     * @param number the version number
     * @param publishedAt when it was published, in the site's zone
     * @param reason the reason of the correction, or null
     */
    record Shown(int number, String publishedAt, @Nullable String reason) {}

    @GetMapping("/disclosures/{id}/changes")
    String changes(
            @PathVariable("id") long id,
            @RequestParam(name = "from", required = false) @Nullable Integer from,
            @RequestParam(name = "to", required = false) @Nullable Integer to,
            Model model) {
        DocumentInfo document = documents.find(id).orElseThrow(ChangesController::notFound);
        List<VersionRecord> published = documents.publishedVersions(id);
        if (published.size() < 2 && (from == null || to == null)) {
            throw notFound();
        }
        VersionRecord newer = to == null ? published.get(0) : version(id, to);
        VersionRecord older = from == null ? before(published, newer) : version(id, from);
        if (older.number() >= newer.number()) {
            throw notFound();
        }
        TableSet before = tables.derive(older.id());
        TableSet after = tables.derive(newer.id());
        model.addAttribute("document", document);
        model.addAttribute("from", shown(older));
        model.addAttribute("to", shown(newer));
        model.addAttribute("changes", VersionDiff.cells(before, after));
        return "changes";
    }

    private VersionRecord version(long document, int number) {
        return documents.publishedVersion(document, number).orElseThrow(ChangesController::notFound);
    }

    private static VersionRecord before(List<VersionRecord> published, VersionRecord newer) {
        return published.stream()
                .filter(version -> version.number() < newer.number())
                .findFirst()
                .orElseThrow(ChangesController::notFound);
    }

    private Shown shown(VersionRecord version) {
        return new Shown(
                version.number(),
                version.publishedAt() == null
                        ? ""
                        : TIME.format(version.publishedAt().atZoneSameInstant(zone)),
                version.correctionReason().orElse(null));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有可比较的已公开版本");
    }
}
