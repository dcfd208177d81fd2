package org.juesuan.audit.read.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Builds a table from a run of row lines (表格重建), joining the rows a page or line break cut in two.
 *
 * <p><b>Tab-separated</b> (and {@code |}-separated) rows: a cell's column is its field index. The table's width is
 * its most common number of fields. A row with fewer fields continues on the next line, with nothing between them,
 * when its last field and the next line's first are text (not a figure, not a numbered item) and the two make
 * exactly the width together (the break was inside a cell: the two halves of that cell are joined); a plain text
 * line held between two rows continues the row above it when that row is short.
 *
 * <p><b>Space-aligned</b> rows: the rows with the most fields fix the columns, as the span each column's fields
 * cover; they must not overlap. Every other row's fields go to the column they overlap most (or the nearest),
 * left to right, so a row missing a value keeps its values in their columns, and missing cells are empty. The
 * positions are tried in code points (as pdftotext lays out) and in display columns where a Chinese character
 * counts two (as a person aligns in an editor); the one where more fields fall under a column wins. A row that cannot be placed
 * keeps its field indexes. The run is a table only if it is aligned and has a figure outside its first column (or
 * three rows of three fields). A row with fewer filled cells, no figure and no numbering, directly under a row whose
 * cells in the same columns are text filling their column's width, is the rest of those cells (a label wrapped).
 */
final class TableBuilder {

    private final String file;
    private final Budget budget;

    TableBuilder(String file, Budget budget) {
        this.file = file;
        this.budget = budget;
    }

    /**
     * Builds a table of tab-separated rows.
     *
     * @param lines rows, and the text lines held between two rows
     * @param adjacent for each line, whether it directly follows the one before (no blank or skipped line between)
     */
    TableBlock tabTable(List<Line> lines, boolean[] adjacent) throws UnreadableDocumentException {
        int width = usualWidth(lines);
        List<Draft> rows = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (current != null && adjacent[i] && current.size() < width && continues(current, line, width)) {
                current.continueWith(line);
                continue;
            }
            current = new Draft(line.number);
            if (line.kind == Line.Kind.TEXT) {
                current.add(line.text.text(), source(line.text, line.number, 1));
            } else {
                for (Line.Field field : line.fields) {
                    current.add(field.text().text(), source(field, line.number));
                }
            }
            rows.add(current);
        }
        return build(rows);
    }

    private static int usualWidth(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (Line line : lines) {
            if (line.kind == Line.Kind.TAB_ROW) {
                int n = line.fields.size();
                int count = counts.merge(n, 1, Integer::sum);
                if (count > bestCount || (count == bestCount && n > best)) {
                    best = n;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    private static boolean continues(Draft row, Line next, int width) {
        String last = row.texts.get(row.size() - 1);
        if (last.isEmpty() || Headings.isFigure(last)) {
            return false;
        }
        if (next.kind == Line.Kind.TEXT) {
            return !next.heading;
        }
        String first = next.fields.get(0).text().text();
        return row.size() + next.fields.size() - 1 == width
                && !first.isEmpty()
                && !Headings.isFigure(first)
                && !Headings.isNumbered(first);
    }

    /**
     * Builds a table of space-aligned rows, if they are aligned.
     *
     * @param fields the fields of each line
     * @param lines the lines
     * @param adjacent for each line, whether it directly follows the one before
     */
    Optional<TableBlock> spaceTable(List<Line> lines, List<List<Line.Field>> fields, boolean[] adjacent)
            throws UnreadableDocumentException {
        Alignment alignment = Alignment.better(Alignment.of(fields, false), Alignment.of(fields, true));
        if (alignment == null || !looksTabular(fields, alignment)) {
            return Optional.empty();
        }
        int width = alignment.width();
        int[] widest = new int[width];
        List<Draft> drafts = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<Line.Field> row = fields.get(i);
            int[] columns = alignment.columns[i];
            Draft draft = new Draft(line.number);
            if (columns == null) {
                for (Line.Field field : row) {
                    draft.add(field.text().text(), source(field, line.number));
                }
            } else {
                int[] starts = codePointsAt(line.raw, alignment.starts, alignment.wide);
                draft.ends = new int[width];
                int next = 0;
                for (int k = 0; k < width; k++) {
                    if (next < row.size() && columns[next] == k) {
                        Line.Field field = row.get(next++);
                        draft.add(field.text().text(), source(field, line.number));
                        draft.ends[k] = field.end(alignment.wide);
                        widest[k] = Math.max(widest[k], draft.ends[k]);
                    } else {
                        draft.add("", SourceRef.text(file, line.number, starts[k] + 1));
                        draft.ends[k] = -1;
                    }
                }
            }
            drafts.add(draft);
        }
        List<Draft> rows = new ArrayList<>(drafts.size());
        Draft above = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (above != null
                    && adjacent[i]
                    && above.ends != null
                    && draft.ends != null
                    && wraps(above, draft, widest)) {
                draft.cellsInto(above); // the row above stays the one to continue, for a label wrapped twice
            } else {
                rows.add(draft);
                above = draft;
            }
        }
        return Optional.of(build(rows));
    }

    /** Whether the alignment found a table rather than prose with double spaces. */
    private static boolean looksTabular(List<List<Line.Field>> fields, Alignment alignment) {
        int wideRows = 0;
        for (int i = 0; i < fields.size(); i++) {
            List<Line.Field> row = fields.get(i);
            int[] columns = alignment.columns[i];
            for (int j = 0; j < row.size(); j++) {
                int column = columns == null ? j : columns[j];
                if (column > 0 && Headings.isFigure(row.get(j).text().text())) {
                    return true;
                }
            }
            if (row.size() >= 3) {
                wideRows++;
            }
        }
        return wideRows >= 3;
    }

    /** Whether {@code below} is the wrapped rest of text cells of {@code above} (see the class comment). */
    private static boolean wraps(Draft above, Draft below, int[] widest) {
        int filledAbove = 0;
        int filledBelow = 0;
        String first = null;
        for (int k = 0; k < below.size() && k < above.size(); k++) {
            String a = above.texts.get(k);
            String b = below.texts.get(k);
            filledAbove += a.isEmpty() ? 0 : 1;
            if (b.isEmpty()) {
                continue;
            }
            filledBelow++;
            first = first == null ? b : first;
            if (a.isEmpty() || Headings.isFigure(a) || Headings.isFigure(b)) {
                return false;
            }
        }
        return first != null
                && filledBelow < filledAbove
                && !Headings.isNumbered(first)
                && fillsWidth(above, below, widest);
    }

    private static boolean fillsWidth(Draft above, Draft below, int[] widest) {
        for (int k = 0; k < below.size(); k++) {
            if (!below.texts.get(k).isEmpty() && above.ends[k] < widest[k] - 1) {
                return false;
            }
        }
        return true;
    }

    /** Finds, for each display or code point position, the code point index of the line where it falls. */
    private static int[] codePointsAt(String raw, int[] positions, boolean wide) {
        int[] found = new int[positions.length];
        int k = 0;
        int position = 0;
        int cp = 0;
        for (int i = 0; i < raw.length() && k < positions.length; ) {
            while (k < positions.length && positions[k] <= position) {
                found[k++] = cp;
            }
            int c = raw.codePointAt(i);
            position += wide && Spacing.isWide(c) ? 2 : 1;
            cp++;
            i += Character.charCount(c);
        }
        while (k < positions.length) {
            found[k++] = cp;
        }
        return found;
    }

    private TableBlock build(List<Draft> drafts) throws UnreadableDocumentException {
        List<TableBlock.Row> rows = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            budget.spend(draft.size() + 1L);
            List<TableBlock.Cell> cells = new ArrayList<>(draft.size());
            for (int k = 0; k < draft.size(); k++) {
                cells.add(new TableBlock.Cell(draft.texts.get(k), k, 1, draft.sources.get(k)));
            }
            rows.add(new TableBlock.Row(cells, SourceRef.text(file, draft.line, 1)));
        }
        return new TableBlock(rows, rows.get(0).source());
    }

    private SourceRef source(Line.Field field, int line) {
        return source(field.text(), line, field.column());
    }

    /** Where a cell's text starts; for an empty cell, where its field starts. */
    private SourceRef source(MappedText text, int line, int column) {
        if (!text.isEmpty()) {
            return text.source(file, 0);
        }
        return SourceRef.text(file, line, column);
    }

    /** A row being built. Not thread-safe. */
    private final class Draft {
        final int line;
        final List<String> texts = new ArrayList<>();
        final List<SourceRef> sources = new ArrayList<>();
        /** For a space-aligned row, where each cell's text ends (display or code point position), or -1. */
        int[] ends;

        Draft(int line) {
            this.line = line;
        }

        int size() {
            return texts.size();
        }

        void add(String text, SourceRef source) {
            texts.add(text);
            sources.add(source);
        }

        /** Appends the next line of a tab-separated row cut inside its last cell. */
        void continueWith(Line next) {
            int last = size() - 1;
            if (next.kind == Line.Kind.TEXT) {
                texts.set(last, Spacing.join(texts.get(last), next.text.text()));
                return;
            }
            texts.set(
                    last,
                    Spacing.join(texts.get(last), next.fields.get(0).text().text()));
            for (int i = 1; i < next.fields.size(); i++) {
                Line.Field field = next.fields.get(i);
                add(field.text().text(), source(field, next.number));
            }
        }

        /** Joins this row's cells to the cells above them. */
        void cellsInto(Draft above) {
            for (int k = 0; k < size(); k++) {
                if (!texts.get(k).isEmpty()) {
                    above.texts.set(k, Spacing.join(above.texts.get(k), texts.get(k)));
                }
            }
        }
    }
}
