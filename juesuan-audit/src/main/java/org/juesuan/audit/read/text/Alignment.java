package org.juesuan.audit.read.text;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a run of space-aligned lines (列对齐), in one way of counting positions.
 *
 * <p>The lines with the most fields fix the columns: column k spans from the leftmost start to the rightmost end
 * of their k-th fields, and the spans must not overlap. Each other line's fields go, left to right, to the column
 * they overlap most, or to the nearest one, always leaving room for the fields still to place; a field that
 * overlaps no column is a miss, and so is every field of a line that cannot be placed. The cost is linear in the
 * fields and columns of each line.
 *
 * <p>Immutable once built.
 */
final class Alignment {

    final boolean wide;
    /** Where each column starts. */
    final int[] starts;
    /** For each line, the column of each field, or null where the line could not be placed. */
    final int[] @Nullable [] columns;
    /** The number of fields placed by nearness rather than overlap, or not placed at all. */
    final int misses;

    private Alignment(boolean wide, int[] starts, int[] @Nullable [] columns, int misses) {
        this.wide = wide;
        this.starts = starts;
        this.columns = columns;
        this.misses = misses;
    }

    /** Returns the better of two alignments: the one with fewer misses, else the one in code points. */
    static @Nullable Alignment better(@Nullable Alignment codePoints, @Nullable Alignment display) {
        if (display != null && (codePoints == null || display.misses < codePoints.misses)) {
            return display;
        }
        return codePoints;
    }

    int width() {
        return starts.length;
    }

    /**
     * Aligns the lines, counting positions in display columns ({@code wide}) or in code points.
     *
     * @return the alignment, or null if the fullest lines overlap
     */
    static @Nullable Alignment of(List<List<Line.Field>> rows, boolean wide) {
        int width = 0;
        for (List<Line.Field> row : rows) {
            width = Math.max(width, row.size());
        }
        if (width < 2) {
            return null;
        }
        int[] low = new int[width];
        int[] high = new int[width];
        Arrays.fill(low, Integer.MAX_VALUE);
        Arrays.fill(high, Integer.MIN_VALUE);
        for (List<Line.Field> row : rows) {
            if (row.size() == width) {
                for (int k = 0; k < width; k++) {
                    low[k] = Math.min(low[k], row.get(k).start(wide));
                    high[k] = Math.max(high[k], row.get(k).end(wide));
                }
            }
        }
        for (int k = 0; k + 1 < width; k++) {
            if (high[k] > low[k + 1]) {
                return null;
            }
        }
        int[][] columns = new int[rows.size()][];
        int[] misses = new int[1];
        for (int i = 0; i < rows.size(); i++) {
            columns[i] = place(rows.get(i), low, high, wide, misses);
            if (columns[i] == null) {
                misses[0] += rows.get(i).size();
            }
        }
        return new Alignment(wide, low, columns, misses[0]);
    }

    private static int @Nullable [] place(List<Line.Field> row, int[] low, int[] high, boolean wide, int[] misses) {
        int width = low.length;
        int[] placed = new int[row.size()];
        if (row.size() == width) {
            for (int k = 0; k < width; k++) {
                placed[k] = k;
            }
            return placed;
        }
        int next = 0;
        for (int j = 0; j < row.size(); j++) {
            int start = row.get(j).start(wide);
            int end = row.get(j).end(wide);
            int last = width - (row.size() - j);
            if (next > last) {
                return null;
            }
            int k = next;
            while (k < last && high[k] <= start) {
                k++;
            }
            int best = -1;
            int most = 0;
            for (int c = k; c <= last && low[c] < end; c++) {
                int overlap = Math.min(end, high[c]) - Math.max(start, low[c]);
                if (overlap > most) {
                    most = overlap;
                    best = c;
                }
            }
            if (best < 0) {
                // no overlap: the nearest of the column just left of the field and the one just right of it
                int left = high[k] <= start ? k : k - 1 >= next ? k - 1 : -1;
                int right = high[k] <= start ? -1 : k;
                int toLeft = left < 0 ? Integer.MAX_VALUE : start - high[left];
                int toRight = right < 0 ? Integer.MAX_VALUE : low[right] - end;
                best = toLeft <= toRight ? left : right;
                misses[0]++;
            }
            placed[j] = best;
            next = best + 1;
        }
        return placed;
    }
}
