package org.juesuan.portal.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentBuilder;
import org.juesuan.core.document.Part;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.narrative.NarrativeWriter;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
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

    /** The rounding every published version is built with (see {@code DisclosureBuilder}). */
    private static final DisplayRoundingPolicy ROUNDING = DisplayRoundingPolicy.LARGEST_REMAINDER;

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
    private final Definitions definitions;
    private final Map<String, DocumentBuilder> builders = new ConcurrentHashMap<>();
    private final Map<Long, Content> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Content> eldest) {
            return size() > 64;
        }
    });

    PublishedDocuments(JdbcClient jdbc, Definitions definitions) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.definitions = Objects.requireNonNull(definitions, "definitions");
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
        Content cached = cache.get(versionId);
        if (cached != null) {
            return cached;
        }
        Content loaded = load(versionId);
        cache.put(versionId, loaded);
        return loaded;
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
        record Stored(String text, String format, boolean draft) {}
        Stored stored = jdbc.sql("SELECT dataset, dataset_format, draft_marked FROM versions"
                        + " WHERE id = ? AND state = 'PUBLISHED'")
                .param(versionId)
                .query((row, n) -> new Stored(row.getString(1), row.getString(2), row.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("version " + versionId + " is not published"));
        String name = "version-" + versionId + "." + stored.format();
        TreeReader.Format format = "json".equals(stored.format()) ? TreeReader.Format.JSON : TreeReader.Format.YAML;
        Issues issues = Issues.create();
        var tree = TreeReader.read(stored.text(), name, format);
        issues.addAll(tree.issues());
        Dataset dataset = tree.value()
                .flatMap(root -> new DatasetReader(definitions.catalogs())
                        .read(root, SourceRef.file(name), issues)
                        .value())
                .orElseThrow(() -> new UnableToReadInputException("无法读取已公开版本的数据集", issues));
        Profile profile = definitions
                .profile(dataset.profileId())
                .orElseThrow(problems -> new UnableToReadInputException("无法使用数据集的地区口径", problems));
        TableSet tables = Deriver.derive(profile, dataset, ROUNDING);
        DocumentBuilder builder =
                builders.computeIfAbsent(profile.id(), id -> DocumentBuilder.of(profile, definitions.scoring(profile)));
        Document document = builder.build(
                        tables,
                        NarrativeWriter.write(definitions.narrative(profile), tables, definitions.scoring(profile)),
                        stored.draft())
                .orElseThrow(problems -> new UnableToReadInputException("无法组成公开文件", problems));
        return new Content(versionId, dataset, document);
    }
}
