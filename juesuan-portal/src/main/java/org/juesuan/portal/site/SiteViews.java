package org.juesuan.portal.site;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.store.PublishedListing;
import org.juesuan.portal.store.VersionFile;
import org.juesuan.portal.store.VersionRecord;

/** What the site's templates show (网页视图): values already worded and formatted for the page. */
final class SiteViews {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private SiteViews() {}

    /** The documents of one fiscal year (年度). */
    record YearGroup(int year, List<RegionGroup> regions) {
        YearGroup {
            regions = List.copyOf(regions);
        }
    }

    /** The documents of one region within a year (地区). */
    record RegionGroup(long id, String name, List<ListingRow> documents) {
        RegionGroup {
            Objects.requireNonNull(name, "name");
            documents = List.copyOf(documents);
        }
    }

    /** A published document in the list (部门). */
    record ListingRow(long documentId, String unitName, String level, int versionNumber, String publishedAt) {}

    /** A published version in the history (版本历史). */
    record VersionRow(
            int number,
            String publishedAt,
            String publishedBy,
            @Nullable String reason,
            boolean shown,
            String link) {}

    /** A download (下载). */
    /**
     * A data download of a version: a table as CSV or the whole as a data package.
     *
     * @param label what it holds, e.g. 公开01表 收入支出决算总表
     * @param link where to get it
     * @param format CSV or ZIP
     */
    record DataLink(String label, String link, String format) {}

    record FileRow(String label, String fileName, String mediaType, String size, String sha256, String link) {}

    static ListingRow row(PublishedListing listing, ZoneId zone) {
        return new ListingRow(
                listing.document().id(),
                listing.document().unitName(),
                listing.document().level(),
                listing.versionNumber(),
                format(listing.publishedAt(), zone));
    }

    static VersionRow row(VersionRecord version, int shown, ZoneId zone) {
        return new VersionRow(
                version.number(),
                version.publishedAt() == null ? "" : format(version.publishedAt(), zone),
                Objects.requireNonNullElse(version.publishedBy(), ""),
                version.correctionReason().orElse(null),
                version.number() == shown,
                "/disclosures/" + version.documentId() + "/versions/" + version.number());
    }

    static FileRow row(VersionFile file, long documentId, int number) {
        return new FileRow(
                file.format().label(),
                file.fileName(),
                file.mediaType(),
                size(file.size()),
                file.sha256(),
                "/disclosures/" + documentId + "/versions/" + number + "/"
                        + file.format().key());
    }

    static String format(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).format(DATE_TIME);
    }

    /** Returns a size in bytes as people read it: 字节 below 1 KB, KB below 1 MB, else MB with one decimal. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return ((bytes + 512) / 1024) + " KB";
        }
        long tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        return (tenths / 10) + "." + (tenths % 10) + " MB";
    }
}
