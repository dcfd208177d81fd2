package org.juesuan.audit.read.example;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;

/**
 * Test fixture: a printed table's grid and a table as read, both written row by row as {@code column+span:text}
 * cells, so that a round trip compares what the renderer was given with what the reader found.
 *
 * <p>A cell spanning rows shows, in each row below its first, as an empty cell of its column and span — the model's
 * convention for a merged cell; positions covered by a cell spanning columns are not cells of their own.
 */
public final class PrintedGrids {

    private PrintedGrids() {}

    /** Returns the rows of a printed table's grid as the readers are to report them. */
    public static List<String> expected(PrintedTable table) {
        List<List<GridCell>> grid = table.grid();
        List<List<String>> rows = new ArrayList<>();
        List<int[]> columns = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            rows.add(new ArrayList<>());
            columns.add(new int[grid.get(r).size()]);
        }
        for (int r = 0; r < grid.size(); r++) {
            List<GridCell> row = grid.get(r);
            for (int c = 0; c < row.size(); c++) {
                GridCell cell = row.get(c);
                if (cell.isCovered()) {
                    continue;
                }
                place(rows.get(r), c, cell.colSpan(), normalise(cell.text()));
                for (int below = r + 1; below < Math.min(grid.size(), r + cell.rowSpan()); below++) {
                    place(rows.get(below), c, cell.colSpan(), "");
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            row.sort((a, b) -> Integer.compare(column(a), column(b)));
            lines.add(String.join(" | ", row));
        }
        return lines;
    }

    private static void place(List<String> row, int column, int span, String text) {
        row.add(column + "+" + span + ":" + text);
    }

    private static int column(String cell) {
        return Integer.parseInt(cell.substring(0, cell.indexOf('+')));
    }

    /** Returns the rows of a table as read, in the same form. */
    public static List<String> read(TableBlock table) {
        List<String> lines = new ArrayList<>();
        for (TableBlock.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (TableBlock.Cell cell : row.cells()) {
                cells.add(cell.column() + "+" + cell.span() + ":" + cell.text());
            }
            lines.add(String.join(" | ", cells));
        }
        return lines;
    }

    /** Returns the first table after the paragraph whose text is {@code title}. */
    public static TableBlock tableAfter(PublishedDocument document, String title) {
        return tableAfter(document, title, 0);
    }

    /**
     * Returns the {@code n}th table (from 0) that follows a paragraph whose text is {@code title}, with no other
     * table between them.
     */
    public static TableBlock tableAfter(PublishedDocument document, String title, int n) {
        int seen = 0;
        boolean titled = false;
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text && text.text().equals(title)) {
                titled = true;
            } else if (block instanceof TableBlock table) {
                if (titled && seen++ == n) {
                    return table;
                }
                titled = false;
            }
        }
        throw new AssertionError("no table after a paragraph “" + title + "” in " + document.name());
    }

    /** Returns the paragraphs whose text is {@code text}. */
    public static List<TextBlock> paragraphs(PublishedDocument document, String text) {
        List<TextBlock> found = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock paragraph && paragraph.text().equals(text)) {
                found.add(paragraph);
            }
        }
        return found;
    }

    /** Returns the text with runs of white space made one space, ends stripped. */
    public static String normalise(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
    }
}
