package org.juesuan.portal.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.portal.publication.VersionPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The full-text index of published disclosures (全文检索索引): for each published version, a title line (unit,
 * region, year) and a body (headings, narrative, table titles and line labels, forms) in {@code search_texts}. A
 * version is indexed once its publication is committed ({@link VersionPublished}), and any published version still
 * without its text (published before the index existed, or while its profile could not be read) when the site
 * starts; the text is written from the version's document.
 *
 * <p>Searching matches substrings, since Chinese has no spaces between words: every whitespace-separated term must
 * occur in the title or the body; documents whose title line holds more of the terms come first, then newer years.
 * Only the latest published version of each document is found. Plain SQL ({@code LIKE}) for every database.
 *
 * <p>Thread-safe.
 */
@Component
final class SearchIndex {

    /** Results per page. */
    static final int PAGE_SIZE = 10;
    /** The most terms a query is searched for; the rest are ignored. */
    static final int MAX_TERMS = 8;
    /** The longest term searched for. */
    static final int MAX_TERM_LENGTH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final JdbcClient jdbc;
    private final PublishedDocuments published;
    private final Set<Long> unreadable = ConcurrentHashMap.newKeySet();

    SearchIndex(JdbcClient jdbc, PublishedDocuments published) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.published = Objects.requireNonNull(published, "published");
    }

    /** A document found (检索结果). */
    record Hit(
            long documentId,
            String unitName,
            String regionName,
            int fiscalYear,
            int versionNumber,
            String title,
            List<Snippet.Segment> snippet) {}

    /** One page of results, and how many there are in all. */
    record Page(List<String> terms, long total, int number, List<Hit> hits) {

        /** Returns the number of pages, at least 1. */
        int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int indexed = indexMissing();
        if (indexed > 0) {
            LOG.info("全文检索：已为 {} 个已公开版本建立索引", indexed);
        }
    }

    /** Indexes a version once its publication is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void onPublished(VersionPublished published) {
        index(published.versionId());
    }

    /** Indexes every published version that has no index text yet; returns how many were indexed. */
    int indexMissing() {
        List<Long> missing = jdbc.sql("SELECT v.id FROM versions v WHERE v.state = 'PUBLISHED' AND NOT EXISTS"
                        + " (SELECT 1 FROM search_texts s WHERE s.version_id = v.id) ORDER BY v.id")
                .query(Long.class)
                .list();
        int indexed = 0;
        for (long versionId : missing) {
            if (!unreadable.contains(versionId) && index(versionId)) {
                indexed++;
            }
        }
        return indexed;
    }

    private boolean index(long versionId) {
        record Names(long documentId, String unit, String region, int year) {}
        Names names = jdbc.sql("SELECT d.id, u.name, r.name, d.fiscal_year FROM versions v"
                        + " JOIN documents d ON d.id = v.document_id JOIN units u ON u.id = d.unit_id"
                        + " JOIN regions r ON r.id = u.region_id WHERE v.id = ?")
                .param(versionId)
                .query((row, n) -> new Names(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4)))
                .single();
        String body;
        try {
            body = body(published.content(versionId).blocks());
        } catch (RuntimeException failure) {
            // a version whose document cannot be composed again is left out of the index, said once in the log
            unreadable.add(versionId);
            LOG.warn("全文检索：第 {} 号版本的内容无法读取，未建立索引", versionId, failure);
            return false;
        }
        String title = names.unit() + " " + names.region() + " " + names.year() + "年度部门决算";
        try {
            jdbc.sql("INSERT INTO search_texts (version_id, document_id, title, body) VALUES (?, ?, ?, ?)")
                    .params(versionId, names.documentId(), title, body)
                    .update();
            return true;
        } catch (DuplicateKeyException indexedMeanwhile) {
            return false;
        }
    }

    /** Returns the searchable text of a document's blocks, a line per block. */
    static String body(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                line(text, heading.text());
            } else if (block instanceof Paragraph paragraph) {
                line(text, paragraph.text());
            } else if (block instanceof TableBlock table) {
                PrintedTable printed = table.table();
                line(text, printed.number() + " " + printed.title());
                line(text, cells(printed.grid(), printed.headerRows(), true));
                printed.notes().forEach(note -> line(text, note));
                if (printed.statement() != null) {
                    line(text, printed.statement());
                }
            } else if (block instanceof GridBlock grid) {
                line(text, cells(grid.grid(), 0, false));
            } else if (block instanceof ChartBlock chart) {
                line(text, chart.caption());
            }
        }
        return text.toString();
    }

    /** Returns the distinct texts of a grid's cells: the line labels only, or every cell that is not an amount. */
    private static String cells(List<List<GridCell>> grid, int from, boolean labelsOnly) {
        Set<String> texts = new LinkedHashSet<>();
        for (List<GridCell> row : grid.subList(Math.min(from, grid.size()), grid.size())) {
            for (GridCell cell : row) {
                boolean wanted = labelsOnly
                        ? cell.kind() == GridCell.Kind.LABEL
                        : cell.kind() != GridCell.Kind.AMOUNT
                                && cell.kind() != GridCell.Kind.EMPTY
                                && cell.kind() != GridCell.Kind.COVERED;
                if (wanted && !cell.text().isBlank()) {
                    texts.add(cell.text().strip());
                }
            }
        }
        return String.join("；", texts);
    }

    private static void line(StringBuilder text, String line) {
        if (!line.isBlank()) {
            text.append(line.strip()).append('\n');
        }
    }

    /** Returns the terms of a query: split at white space (also the full-width space), distinct, at most 8. */
    static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : query.strip().split("[\\s\\u3000]+")) {
            if (!term.isEmpty() && terms.size() < MAX_TERMS) {
                terms.add(term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term);
            }
        }
        return List.copyOf(terms);
    }

    /** Returns a page of results (from 1) of a query. */
    Page search(String query, int page) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return new Page(terms, 0, 1, List.of());
        }
        StringBuilder where = new StringBuilder(" FROM search_texts s JOIN versions v ON v.id = s.version_id"
                + " JOIN documents d ON d.id = v.document_id JOIN units u ON u.id = d.unit_id"
                + " JOIN regions r ON r.id = u.region_id WHERE " + PublishedDocuments.LATEST_PUBLISHED);
        List<Object> whereParams = new ArrayList<>();
        StringBuilder rank = new StringBuilder("0");
        List<Object> rankParams = new ArrayList<>();
        for (String term : terms) {
            String pattern = "%" + escapeLike(term.toLowerCase(Locale.ROOT)) + "%";
            where.append(" AND (LOWER(s.title) LIKE ? ESCAPE '\\' OR LOWER(s.body) LIKE ? ESCAPE '\\')");
            whereParams.add(pattern);
            whereParams.add(pattern);
            rank.append(" + CASE WHEN LOWER(s.title) LIKE ? ESCAPE '\\' THEN 1 ELSE 0 END");
            rankParams.add(pattern);
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where)
                .params(whereParams)
                .query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.max(1, Math.min(page, pages));
        List<Object> params = new ArrayList<>(rankParams);
        params.addAll(whereParams);
        params.add(PAGE_SIZE);
        params.add((number - 1) * PAGE_SIZE);
        List<Hit> hits = jdbc.sql("SELECT d.id, u.name AS unit_name, r.name AS region_name, d.fiscal_year,"
                        + " v.version_number, s.title, s.body, (" + rank + ") AS title_hits" + where
                        + " ORDER BY title_hits DESC, d.fiscal_year DESC, u.name, d.id LIMIT ? OFFSET ?")
                .params(params)
                .query((row, n) -> new Hit(
                        row.getLong("id"),
                        row.getString("unit_name"),
                        row.getString("region_name"),
                        row.getInt("fiscal_year"),
                        row.getInt("version_number"),
                        row.getString("unit_name") + row.getInt("fiscal_year") + "年度部门决算",
                        Snippet.of(row.getString("body"), terms, row.getString("title"))))
                .list();
        return new Page(terms, total, number, hits);
    }

    /** Escapes the wildcards of LIKE ({@code %}, {@code _}) and the escape character itself. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
