package org.juesuan.portal.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.publication.VersionCache;
import org.juesuan.portal.publication.VersionTables;
import org.juesuan.portal.store.DocumentInfo;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.StoredDataset;
import org.juesuan.portal.store.VersionRecord;
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

    /** How many versions' tables are kept. */
    private static final int CACHED = 64;

    private final DocumentRepository documents;
    private final VersionTables versions;
    private final VersionCache<Tables> cache = new VersionCache<>(CACHED);

    PublishedTables(DocumentRepository documents, VersionTables versions) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.versions = Objects.requireNonNull(versions, "versions");
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
        return cache.get(version.id(), id -> derive(document, version));
    }

    private Tables derive(DocumentInfo document, VersionRecord version) {
        StoredDataset stored = versions.stored(version.id());
        if (!stored.published()) {
            throw new IllegalArgumentException("version " + version.id() + " is not published");
        }
        TableSet set = versions.derive(versions.dataset(stored, document.title() + " 第" + version.number() + "版数据集"));
        Map<String, PrintedTable> printed = new LinkedHashMap<>();
        for (PrintedTable table : TableLayout.layout(set)) {
            printed.put(table.id(), table);
        }
        return new Tables(document, version, set, printed);
    }
}
