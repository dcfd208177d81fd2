package org.juesuan.portal.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.FileFormat;
import org.juesuan.portal.store.VersionFile;
import org.juesuan.portal.store.VersionRecord;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The downloads of a published version (文件下载): each file exactly as stored, with its media type, its file name
 * in UTF-8 ({@code filename*}), its SHA-256 as the entity tag, and caching for good, since it never changes.
 */
@Controller
final class DownloadController {

    private final DocumentRepository documents;

    DownloadController(DocumentRepository documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    @GetMapping("/disclosures/{id}/versions/{number}/{format}")
    ResponseEntity<byte[]> download(
            @PathVariable("id") long id, @PathVariable("number") int number, @PathVariable("format") String key) {
        FileFormat format = FileFormat.ofKey(key).orElseThrow(SiteController::notFound);
        VersionRecord version = documents.publishedVersion(id, number).orElseThrow(SiteController::notFound);
        VersionFile file = documents.files(version.id()).stream()
                .filter(candidate -> candidate.format() == format)
                .findFirst()
                .orElseThrow(SiteController::notFound);
        byte[] content = documents.content(version.id(), format).orElseThrow(SiteController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(content.length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        contentDisposition(file.fileName(), "juesuan-" + id + "-v" + number + "." + format.key()))
                .eTag("\"" + file.sha256() + "\"")
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(content);
    }

    /**
     * Returns an attachment's header as RFC 6266 has it: the name in UTF-8 ({@code filename*}, RFC 8187), and a plain
     * ASCII name for clients that read only {@code filename}.
     */
    static String contentDisposition(String fileName, String asciiFallback) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
