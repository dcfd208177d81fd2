package org.juesuan.audit.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one page shows (页面内容): its tables — ruled ones from their lines, borderless ones from the columns their
 * text lines share — and the lines of text outside them, each with its line number.
 *
 * @param page the page number, from 1
 * @param width the width of the page as shown
 * @param height the height of the page as shown
 * @param lines the lines of text outside tables, top down
 * @param tables the tables, top down
 */
record PageLayout(int page, float width, float height, List<PageLayout.NumberedLine> lines, List<PageTable> tables) {

    PageLayout {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }

    /**
     * A line of text with its number on the page.
     *
     * @param line the line
     * @param number its number, from 1
     */
    record NumberedLine(Line line, int number) {}

    /** Lays out a page from its glyphs and ruling lines. */
    static PageLayout of(int page, float width, float height, List<Glyph> glyphs, List<Ruling> rulings) {
        PageLines numbering = new PageLines(glyphs);
        List<Lattice> lattices = Lattice.find(rulings);
        List<List<Glyph>> inside = new ArrayList<>();
        for (int i = 0; i < lattices.size(); i++) {
            inside.add(new ArrayList<>());
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            int at = -1;
            for (int i = 0; i < lattices.size() && at < 0; i++) {
                if (lattices.get(i).contains(glyph.centerX(), glyph.centerY())) {
                    at = i;
                }
            }
            if (at >= 0) {
                inside.get(at).add(glyph);
            } else {
                outside.add(glyph);
            }
        }
        List<PageTable> tables = new ArrayList<>();
        for (int i = 0; i < lattices.size(); i++) {
            tables.add(ruled(page, lattices.get(i), inside.get(i), numbering));
        }
        List<Line> rest = new ArrayList<>();
        tables.addAll(BorderlessTables.find(page, Line.group(outside), numbering, rest));
        tables.sort(Comparator.comparingDouble(PageTable::top));
        List<NumberedLine> lines = new ArrayList<>();
        for (Line line : rest) {
            lines.add(new NumberedLine(line, numbering.lineOf(line.baseline())));
        }
        return new PageLayout(page, width, height, lines, tables);
    }

    /** Reads a ruled table: each glyph belongs to the cell its centre is in. */
    private static PageTable ruled(int page, Lattice lattice, List<Glyph> glyphs, PageLines numbering) {
        List<Lattice.Span> spans = lattice.cells();
        List<List<Glyph>> byCell = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            byCell.add(new ArrayList<>());
        }
        for (Glyph glyph : glyphs) {
            byCell.get(lattice.cellAt(glyph.centerX(), glyph.centerY())).add(glyph);
        }
        String[] texts = new String[spans.size()];
        int[] lines = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            List<Line> cellLines = Line.group(byCell.get(i));
            List<String> parts = new ArrayList<>();
            for (Line line : cellLines) {
                parts.add(line.text());
            }
            texts[i] = Line.join(parts);
            lines[i] = cellLines.isEmpty()
                    ? numbering.lineBelow(lattice.ys()[spans.get(i).row()])
                    : numbering.lineOf(cellLines.get(0).baseline());
        }
        List<PageTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < lattice.rowCount(); r++) {
            int rowLine = numbering.lineBelow(lattice.ys()[r]);
            List<PageTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c < lattice.columnCount(); c++) {
                int index = lattice.owner()[r][c];
                Lattice.Span span = spans.get(index);
                if (span.column() != c) {
                    continue; // covered by a cell spanning columns from the left
                }
                if (span.row() == r) {
                    cells.add(new PageTable.Cell(texts[index], c, span.columns(), lines[index]));
                } else {
                    // covered by a cell spanning rows from above: shown empty, as a merged cell reads
                    cells.add(new PageTable.Cell("", c, span.columns(), rowLine));
                }
            }
            rows.add(new PageTable.Row(cells, page, rowLine));
        }
        return new PageTable(lattice.top(), lattice.xs(), true, rows);
    }
}
