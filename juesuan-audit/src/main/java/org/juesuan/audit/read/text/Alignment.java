package org.juesuan.audit.read.text;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a run of space-aligned lines (列对齐), in one way of counting positions.
 *
 * <p>The lines with the most fields fix the columns: column k spans from the leftmost start to the rightmost end
 * of their k-th fields, and the spans must not overlap. Each other line's fields go, left to right, to the column
 * they overlap most, or to the nearest one, always leaving room for the fields still to place. The cost is linear
 * in the fields and columns of each line.
 *
 * <p>Immutable once built.
 */
final class Alignment {

    final boolean wide;
    /** Where each column starts. */
    final int[] starts;
    /** For each line, the column of each field, or null where the line could not be placed. */
    final int[] @Nullable [] columns;
    /** The number of lines that could not be placed. */
    final int fallbacks;

    private Alignment(boolean wide, int[] starts, int[] @Nullable [] columns, int fallbacks) {
        this.wide = wide;
        this.starts = starts;
        this.columns = columns;
        this.fallbacks = fallbacks;
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
        int fallbacks = 0;
        for (int i = 0; i < rows.size(); i++) {
            columns[i] = place(rows.get(i), low, high, wide);
            if (columns[i] == null) {
                fallbacks++;
            }
        }
        return new Alignment(wide, low, columns, fallbacks);
    }

    private static int @Nullable [] place(List<Line.Field> row, int[] low, int[] high, boolean wide) {
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
            }
            placed[j] = best;
            next = best + 1;
        }
        return placed;
    }
}
