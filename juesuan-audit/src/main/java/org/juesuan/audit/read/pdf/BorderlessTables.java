package org.juesuan.audit.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds tables drawn without ruling lines (无框线表格) among a page's lines of text: a run of at least {@value
 * #MIN_LINES} lines split by wide gaps into pieces (cells) is a table. Its columns are the spans of x the pieces of its
 * fullest lines cover; a piece over several columns spans them. Lines whose glyphs overlap vertically (a label on two
 * lines beside a figure centred between them) are one row.
 *
 * <p>A run of paragraph text never qualifies: Chinese running text has no gaps as wide as {@link Line#CHUNK_GAP}.
 */
final class BorderlessTables {

    /** A table has at least this many lines split into cells. */
    static final int MIN_LINES = 3;

    /** At most this many lines of one piece in a row are taken into a table when a line split into cells follows. */
    private static final int BRIDGE = 3;

    /** A vertical gap this many times the font size between two lines ends a table. */
    private static final float ROW_GAP = 2f;

    private BorderlessTables() {}

    /**
     * Finds the borderless tables among the lines of a page.
     *
     * @param page the page number
     * @param lines the lines of text outside ruled tables, top down
     * @param numbering the page's line numbers
     * @param rest receives the lines that are not in a table, top down
     */
    static List<PageTable> find(int page, List<Line> lines, PageLines numbering, List<Line> rest) {
        List<PageTable> tables = new ArrayList<>();
        int n = lines.size();
        int[] pieces = new int[n];
        for (int i = 0; i < n; i++) {
            pieces[i] = lines.get(i).chunks().size();
        }
        int i = 0;
        while (i < n) {
            if (pieces[i] < 2) {
                rest.add(lines.get(i++));
                continue;
            }
            int last = i;
            int split = 1;
            int k = i + 1;
            while (k < n && close(lines.get(k - 1), lines.get(k))) {
                if (pieces[k] >= 2) {
                    last = k;
                    split++;
                    k++;
                } else {
                    // up to a few lines of one piece inside a table: a wrapped label, a header cell on several
                    // lines, a row with one cell filled
                    int after = k;
                    while (after < n
                            && after - k < BRIDGE
                            && pieces[after] < 2
                            && close(lines.get(after - 1), lines.get(after))) {
                        after++;
                    }
                    if (after < n
                            && after - k <= BRIDGE
                            && pieces[after] >= 2
                            && close(lines.get(after - 1), lines.get(after))) {
                        k = after;
                    } else {
                        break;
                    }
                }
            }
            if (split >= MIN_LINES) {
                tables.add(table(page, lines.subList(i, last + 1), numbering));
                i = last + 1;
            } else {
                rest.add(lines.get(i++));
            }
        }
        return tables;
    }

    private static boolean close(Line above, Line below) {
        return below.top() - above.bottom() <= ROW_GAP * Math.max(above.size(), below.size());
    }

    private static PageTable table(int page, List<Line> lines, PageLines numbering) {
        List<float[]> columns = columns(lines);
        List<List<Line>> rows = new ArrayList<>();
        float bottom = -Float.MAX_VALUE;
        for (Line line : lines) {
            if (rows.isEmpty() || line.top() >= bottom) {
                rows.add(new ArrayList<>());
                bottom = line.bottom();
            } else {
                bottom = Math.max(bottom, line.bottom());
            }
            rows.get(rows.size() - 1).add(line);
        }
        List<PageTable.Row> tableRows = new ArrayList<>();
        for (List<Line> row : rows) {
            tableRows.add(row(page, row, columns, numbering));
        }
        float[] edges = new float[columns.size() * 2];
        for (int c = 0; c < columns.size(); c++) {
            edges[2 * c] = columns.get(c)[0];
            edges[2 * c + 1] = columns.get(c)[1];
        }
        return new PageTable(lines.get(0).top(), edges, false, tableRows);
    }

    /** Returns the columns, as {left, right}: the merged spans of the pieces of the lines split into at least half as many pieces as the
     * fullest. */
    private static List<float[]> columns(List<Line> lines) {
        int most = 0;
        for (Line line : lines) {
            most = Math.max(most, line.chunks().size());
        }
        int enough = Math.max(2, (most + 1) / 2);
        List<float[]> spans = new ArrayList<>();
        for (Line line : lines) {
            List<List<Glyph>> chunks = line.chunks();
            if (chunks.size() >= enough) {
                for (List<Glyph> chunk : chunks) {
                    spans.add(new float[] {
                        chunk.get(0).x(), chunk.get(chunk.size() - 1).right()
                    });
                }
            }
        }
        spans.sort(Comparator.comparingDouble(span -> span[0]));
        List<float[]> columns = new ArrayList<>();
        for (float[] span : spans) {
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                columns.add(new float[] {span[0], span[1]});
            }
        }
        return mergeExclusive(lines, columns);
    }

    /**
     * Merges two neighbouring columns that no line fills both of: they are one column whose texts sit differently
     * (a centred header over left-aligned labels).
     */
    private static List<float[]> mergeExclusive(List<Line> lines, List<float[]> columns) {
        boolean merged = true;
        while (merged && columns.size() > 1) {
            merged = false;
            boolean[] together = new boolean[columns.size() - 1];
            for (Line line : lines) {
                boolean[] filled = new boolean[columns.size()];
                for (List<Glyph> chunk : line.chunks()) {
                    float left = chunk.get(0).x();
                    float right = chunk.get(chunk.size() - 1).right();
                    for (int c = 0; c < columns.size(); c++) {
                        if (Math.min(right, columns.get(c)[1]) - Math.max(left, columns.get(c)[0]) > 0) {
                            filled[c] = true;
                        }
                    }
                }
                for (int c = 0; c + 1 < columns.size(); c++) {
                    together[c] |= filled[c] && filled[c + 1];
                }
            }
            for (int c = 0; c + 1 < columns.size(); c++) {
                if (!together[c]) {
                    float[] joined = {columns.get(c)[0], columns.get(c + 1)[1]};
                    columns.remove(c + 1);
                    columns.set(c, joined);
                    merged = true;
                    break;
                }
            }
        }
        return columns;
    }

    private static PageTable.Row row(int page, List<Line> lines, List<float[]> columns, PageLines numbering) {
        int count = columns.size();
        List<List<String>> texts = new ArrayList<>();
        int[] spans = new int[count];
        int[] lineNumbers = new int[count];
        for (int c = 0; c < count; c++) {
            texts.add(new ArrayList<>());
        }
        for (Line line : lines) {
            for (List<Glyph> chunk : line.chunks()) {
                float left = chunk.get(0).x();
                float right = chunk.get(chunk.size() - 1).right();
                int first = -1;
                int last = -1;
                for (int c = 0; c < count; c++) {
                    if (Math.min(right, columns.get(c)[1]) - Math.max(left, columns.get(c)[0]) > 0) {
                        first = first < 0 ? c : first;
                        last = c;
                    }
                }
                if (first < 0) {
                    first = nearest(columns, (left + right) / 2);
                    last = first;
                }
                if (texts.get(first).isEmpty()) {
                    lineNumbers[first] = numbering.lineOf(line.baseline());
                }
                texts.get(first).add(Line.text(chunk));
                spans[first] = Math.max(spans[first], last - first + 1);
            }
        }
        List<PageTable.Cell> cells = new ArrayList<>();
        int rowLine = numbering.lineOf(lines.get(0).baseline());
        int c = 0;
        while (c < count) {
            int span = Math.max(1, Math.min(spans[c], count - c));
            boolean filled = !texts.get(c).isEmpty();
            cells.add(new PageTable.Cell(Line.join(texts.get(c)), c, span, filled ? lineNumbers[c] : rowLine));
            // a piece spanning columns covers them; any text that fell in a covered column joins it
            for (int covered = c + 1; covered < c + span; covered++) {
                if (!texts.get(covered).isEmpty()) {
                    List<String> all = new ArrayList<>(texts.get(c));
                    all.addAll(texts.get(covered));
                    PageTable.Cell first = cells.remove(cells.size() - 1);
                    cells.add(new PageTable.Cell(Line.join(all), c, span, first.line()));
                }
            }
            c += span;
        }
        return new PageTable.Row(cells, page, rowLine);
    }

    private static int nearest(List<float[]> columns, float x) {
        int best = 0;
        float distance = Float.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            float d = Math.min(Math.abs(columns.get(c)[0] - x), Math.abs(columns.get(c)[1] - x));
            if (d < distance) {
                distance = d;
                best = c;
            }
        }
        return best;
    }
}
