package org.juesuan.portal.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.store.DocumentInfo;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.VersionRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public tables of published versions (已公开版本的公开表): derived from the version's stored dataset exactly as
 * the version's files were built (its own profile, 舍位平衡 to 0.01 万元) and laid out as printed. Published versions
 * never change, so each version's tables are derived once and kept in a small cache.
 *
 * <p>Thread-safe.
 */
@Component
final class PublishedTables {

    /** The rounding every version's files are built with (as {@code DisclosureBuilder} builds them). */
    static final DisplayRoundingPolicy ROUNDING = DisplayRoundingPolicy.LARGEST_REMAINDER;

    /** How many versions' tables are kept. */
    private static final int CACHED = 64;

    private final DocumentRepository documents;
    private final JdbcClient jdbc;
    private final Definitions definitions;
    private final Map<Long, Tables> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Tables> eldest) {
            return size() > CACHED;
        }
    });

    PublishedTables(DocumentRepository documents, JdbcClient jdbc, Definitions definitions) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.definitions = Objects.requireNonNull(definitions, "definitions");
    }

    /**
     * The tables of one published version.
     *
     * @param document the document
     * @param version the version, published
     * @param set the derived tables
     * @param printed the tables as laid out for print, by table id, in the profile's order
     */
    record Tables(DocumentInfo document, VersionRecord version, TableSet set, Map<String, PrintedTable> printed) {

        Tables {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(set, "set");
            printed = Collections.unmodifiableMap(new LinkedHashMap<>(printed));
        }

        /** Returns the derived table of an id. */
        Optional<ReportTable> table(String tableId) {
            return set.table(tableId);
        }

        /** Returns the printed table of an id. */
        PrintedTable printed(String tableId) {
            return Objects.requireNonNull(printed.get(tableId), tableId);
        }
    }

    /** Returns the tables of a document's version, if that version is published. */
    Optional<Tables> find(long documentId, int number) {
        Optional<VersionRecord> version = documents.publishedVersion(documentId, number);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Optional<DocumentInfo> document = documents.find(documentId);
        return document.map(info -> of(info, version.get()));
    }

    /** Returns the tables of a published version of a document. */
    Tables of(DocumentInfo document, VersionRecord version) {
        Tables cached = cache.get(version.id());
        if (cached != null) {
            return cached;
        }
        Tables derived = derive(document, version);
        cache.put(version.id(), derived);
        return derived;
    }

    private Tables derive(DocumentInfo document, VersionRecord version) {
        Stored stored = jdbc.sql("SELECT dataset, dataset_format FROM versions WHERE id = ? AND state = 'PUBLISHED'")
                .param(version.id())
                .query((row, n) -> new Stored(row.getString(1), row.getString(2)))
                .single();
        String name = document.title() + " 第" + version.number() + "版数据集";
        TreeReader.Format format =
                "json".equalsIgnoreCase(stored.format()) ? TreeReader.Format.JSON : TreeReader.Format.YAML;
        Result<Node> tree = TreeReader.read(stored.text(), name, format);
        Issues issues = Issues.create().addAll(tree.issues());
        Node root = tree.value().orElseThrow(() -> new UnableToReadInputException("无法读取已公开版本的数据集", issues));
        Dataset dataset = new DatasetReader(definitions.catalogs())
                .read(root, SourceRef.file(name), issues)
                .orElseThrow(problems -> new UnableToReadInputException("无法读取已公开版本的数据集", problems));
        Profile profile = new ValidateDataset(definitions).profile(dataset, Optional.empty(), issues);
        TableSet set = Deriver.derive(profile, dataset, ROUNDING);
        Map<String, PrintedTable> printed = new LinkedHashMap<>();
        List<PrintedTable> laidOut = TableLayout.layout(set);
        for (PrintedTable table : laidOut) {
            printed.put(table.id(), table);
        }
        return new Tables(document, version, set, printed);
    }

    private record Stored(String text, String format) {}
}
