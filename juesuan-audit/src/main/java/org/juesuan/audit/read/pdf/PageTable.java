package org.juesuan.audit.read.pdf;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.core.source.SourceRef;

/**
 * A table as found on the pages it runs over (页面表格), before it becomes a {@link TableBlock}: its rows, with the
 * page and line each starts on, and where its columns lie, so that its continuation on the next page can be
 * recognised.
 *
 * @param top the top of the table on its first page
 * @param edges the x of the column boundaries, left to right (for a borderless table, the left and right of each
 *     column in turn)
 * @param ruled whether the table is drawn with ruling lines
 * @param rows the rows, top down
 */
record PageTable(float top, float[] edges, boolean ruled, List<PageTable.Row> rows) {

    /** Column boundaries this close are the same. */
    private static final float SAME_EDGE = 2.5f;

    /** The repeated header of a continued table is looked for among this many first rows. */
    private static final int HEADER_SEARCH = 12;

    PageTable {
        rows = List.copyOf(rows);
    }

    /**
     * A row.
     *
     * @param cells the cells, left to right
     * @param page the page it is on
     * @param line the line of the page it starts at
     */
    record Row(List<Cell> cells, int page, int line) {
        Row {
            cells = List.copyOf(cells);
        }

        /** Returns whether two rows show the same texts in the same columns. */
        boolean sameAs(Row other) {
            if (cells.size() != other.cells.size()) {
                return false;
            }
            for (int i = 0; i < cells.size(); i++) {
                Cell a = cells.get(i);
                Cell b = other.cells.get(i);
                if (!a.text.equals(b.text) || a.column != b.column || a.span != b.span) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A cell.
     *
     * @param text its text
     * @param column the grid column it starts in
     * @param span the grid columns it covers
     * @param line the line of the page its text starts at
     */
    record Cell(String text, int column, int span, int line) {}

    /**
     * Returns whether {@code next}, at the top of the next page, continues this table: drawn the same way with the
     * same columns — for a ruled table at the same places, for a borderless one (whose columns are as wide as what
     * each page prints in them) overlapping one another.
     */
    boolean continuedBy(PageTable next) {
        if (ruled != next.ruled || edges.length != next.edges.length) {
            return false;
        }
        for (int i = 0; i < edges.length; i++) {
            if (ruled && Math.abs(edges[i] - next.edges[i]) > SAME_EDGE) {
                return false;
            }
            if (!ruled && i % 2 == 0 && (next.edges[i] > edges[i + 1] || edges[i] > next.edges[i + 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns this table with the rows of its continuation, less the header rows the continuation repeats: its first
     * rows that show the same texts as a run of rows near the top of this table.
     */
    PageTable join(PageTable next) {
        int repeated = 0;
        for (int start = 0; start < Math.min(HEADER_SEARCH, rows.size()); start++) {
            int same = 0;
            while (same < next.rows.size()
                    && start + same < rows.size()
                    && next.rows.get(same).sameAs(rows.get(start + same))) {
                same++;
            }
            repeated = Math.max(repeated, same);
        }
        List<Row> all = new ArrayList<>(rows);
        all.addAll(next.rows.subList(repeated, next.rows.size()));
        return new PageTable(top, edges, ruled, all);
    }

    /** Returns the table as a block of the document. */
    TableBlock block(String file) {
        List<TableBlock.Row> blockRows = new ArrayList<>();
        for (Row row : rows) {
            List<TableBlock.Cell> cells = new ArrayList<>();
            for (Cell cell : row.cells) {
                cells.add(new TableBlock.Cell(
                        cell.text, cell.column, cell.span, SourceRef.page(file, row.page, cell.line)));
            }
            blockRows.add(new TableBlock.Row(cells, SourceRef.page(file, row.page, row.line)));
        }
        SourceRef source =
                rows.isEmpty() ? SourceRef.file(file) : SourceRef.page(file, rows.get(0).page, rows.get(0).line);
        return new TableBlock(blockRows, source);
    }
}
