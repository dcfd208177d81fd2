package org.juesuan.portal.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.Part;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.portal.publication.DisclosureBuilder;
import org.juesuan.portal.publication.VersionCache;
import org.juesuan.portal.publication.VersionTables;
import org.juesuan.portal.store.StoredDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The content of published versions (已公开版本的内容): the dataset stored with a version, read back, and the document
 * model composed from it exactly as it was published (same profile, same rounding), so that the site's charts,
 * search and comparisons show the figures of the published files. Only published versions are read; results are
 * cached by version, since a published version never changes.
 *
 * <p>Thread-safe.
 */
@Component
final class PublishedDocuments {

    /** A published version's content: its dataset and its document. */
    record Content(long versionId, Dataset dataset, Document document) {

        /** Returns the document's charts, in order. */
        List<ChartBlock> charts() {
            return document.parts().stream()
                    .map(Part::blocks)
                    .flatMap(List::stream)
                    .filter(ChartBlock.class::isInstance)
                    .map(ChartBlock.class::cast)
                    .toList();
        }

        /** Returns every block of the document, in order. */
        List<Block> blocks() {
            return document.parts().stream()
                    .map(Part::blocks)
                    .flatMap(List::stream)
                    .toList();
        }
    }

    /** A document's latest published version (最新公开版本). */
    record Latest(long documentId, long unitId, String unitName, int fiscalYear, long versionId) {}

    private static final Logger LOG = LoggerFactory.getLogger(PublishedDocuments.class);

    private final JdbcClient jdbc;
    private final VersionTables versions;
    private final DisclosureBuilder builder;
    private final VersionCache<Content> cache = new VersionCache<>(64);

    PublishedDocuments(JdbcClient jdbc, VersionTables versions, DisclosureBuilder builder) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** The latest published version of every document, as SQL: the condition on {@code v} joined to {@code d}. */
    static final String LATEST_PUBLISHED = "v.state = 'PUBLISHED' AND v.version_number = (SELECT MAX(p.version_number)"
            + " FROM versions p WHERE p.document_id = d.id AND p.state = 'PUBLISHED')";

    private static final String LATEST_COLUMNS = "SELECT d.id AS document_id, u.id AS unit_id, u.name AS unit_name,"
            + " d.fiscal_year, v.id AS version_id FROM documents d JOIN units u ON u.id = d.unit_id"
            + " JOIN versions v ON v.document_id = d.id WHERE " + LATEST_PUBLISHED;

    /** Returns the unit of a document, if it has a published version. */
    Optional<Long> unitOf(long documentId) {
        return jdbc.sql(LATEST_COLUMNS + " AND d.id = ?")
                .param(documentId)
                .query((row, n) -> row.getLong("unit_id"))
                .optional();
    }

    /** Returns a unit's documents with a published version, by year. */
    List<Latest> ofUnit(long unitId) {
        return jdbc.sql(LATEST_COLUMNS + " AND u.id = ? ORDER BY d.fiscal_year")
                .param(unitId)
                .query((row, n) -> latest(row))
                .list();
    }

    /** Returns the documents of a region's units of one year with a published version, by unit name. */
    List<Latest> ofRegion(long regionId, int fiscalYear) {
        return jdbc.sql(LATEST_COLUMNS + " AND u.region_id = ? AND d.fiscal_year = ? ORDER BY u.name")
                .params(regionId, fiscalYear)
                .query((row, n) -> latest(row))
                .list();
    }

    /** A unit as the comparison pages name it (单位). */
    record UnitName(long id, String name, long regionId, String regionName) {}

    /** Returns a unit with its region, if there is such a unit. */
    Optional<UnitName> unit(long unitId) {
        return jdbc.sql("SELECT u.id, u.name, r.id AS region_id, r.name AS region_name FROM units u"
                        + " JOIN regions r ON r.id = u.region_id WHERE u.id = ?")
                .param(unitId)
                .query((row, n) -> new UnitName(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getLong("region_id"),
                        row.getString("region_name")))
                .optional();
    }

    /** Returns a region's name, if there is such a region. */
    Optional<String> region(long regionId) {
        return jdbc.sql("SELECT name FROM regions WHERE id = ?")
                .param(regionId)
                .query(String.class)
                .optional();
    }

    private static Latest latest(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Latest(
                row.getLong("document_id"),
                row.getLong("unit_id"),
                row.getString("unit_name"),
                row.getInt("fiscal_year"),
                row.getLong("version_id"));
    }

    /**
     * Returns the content of a published version.
     *
     * @throws IllegalArgumentException if the version is not published
     * @throws UnableToReadInputException if its stored dataset can no longer be read (a profile removed)
     */
    Content content(long versionId) {
        return cache.get(versionId, this::load);
    }

    /**
     * Returns the content of a published version, or empty (said in the log) if its stored dataset can no longer be
     * read or composed, e.g. because its profile was removed.
     */
    Optional<Content> readable(long versionId) {
        try {
            return Optional.of(content(versionId));
        } catch (RuntimeException failure) {
            LOG.warn("第 {} 号已公开版本的数据集无法读取", versionId, failure);
            return Optional.empty();
        }
    }

    private Content load(long versionId) {
        StoredDataset stored = versions.stored(versionId);
        if (!stored.published()) {
            throw new IllegalArgumentException("version " + versionId + " is not published");
        }
        Dataset dataset = versions.dataset(stored, "version-" + versionId);
        Document document = builder.document(versions.derive(dataset), stored.draftMarked());
        return new Content(versionId, dataset, document);
    }
}
