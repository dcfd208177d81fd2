package org.juesuan.render.docx;

import java.util.Arrays;
import java.util.List;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.layout.GridCell;

/**
 * Chooses the page and the column widths of a table (列宽): each column's narrowest and natural width is estimated
 * from the text it holds in the table font (五号, 10.5 pt), a public table goes on a landscape page when its natural
 * widths do not fit upright, and the widths are then stretched or squeezed to fill the text width exactly.
 *
 * <p>Figures, codes and 行次 never wrap; labels wrap beyond 12 characters at the natural width and down to 5 when
 * squeezed; headers wrap at 4 characters and down to 2. A grid (the key-work table, a self-evaluation form) keeps the
 * relative widths it was given and turns landscape only when it cannot fit upright even with its text wrapped.
 *
 * @param page the page the table goes on
 * @param widths the width of each grid column, in twips, summing to the page's text width
 */
record ColumnWidths(Page page, int[] widths) {

    /** One em of the table font, in twips. */
    private static final int EM = 210;

    /** The cell margins left and right, and a little air. */
    private static final int PADDING = 2 * 57 + 30;

    /** Returns the page and widths of a public table. */
    static ColumnWidths forTable(List<List<GridCell>> grid) {
        int columns = grid.isEmpty() ? 0 : grid.get(0).size();
        int[] least = new int[columns];
        int[] natural = new int[columns];
        measure(grid, least, natural);
        Page page = sum(natural) <= Page.PORTRAIT.textWidth() ? Page.PORTRAIT : Page.LANDSCAPE;
        return new ColumnWidths(page, fit(least, natural, page.textWidth()));
    }

    /** Returns the page and widths of a grid with given relative widths. */
    static ColumnWidths forGrid(GridBlock grid) {
        int columns = grid.widths().size();
        int[] least = new int[columns];
        int[] natural = new int[columns];
        measure(grid.grid(), least, natural);
        Page page = sum(least) <= Page.PORTRAIT.textWidth() ? Page.PORTRAIT : Page.LANDSCAPE;
        int[] relative = new int[columns];
        for (int c = 0; c < columns; c++) {
            relative[c] = Math.max(grid.widths().get(c), 0);
        }
        if (sum(relative) == 0) {
            Arrays.fill(relative, 1);
        }
        return new ColumnWidths(page, atLeast(least, scale(relative, page.textWidth()), page.textWidth()));
    }

    private static void measure(List<List<GridCell>> grid, int[] least, int[] natural) {
        for (List<GridCell> row : grid) {
            for (int c = 0; c < row.size() && c < least.length; c++) {
                GridCell cell = row.get(c);
                if (cell.isCovered() || cell.colSpan() > 1) {
                    continue;
                }
                int text = width(cell.text());
                int low;
                int high;
                switch (cell.kind()) {
                    case AMOUNT -> {
                        low = Math.max(text, 7 * EM / 2); // room for 0000.00 in a blank column
                        high = low;
                    }
                    case LABEL -> {
                        low = Math.min(text, 5 * EM);
                        high = Math.min(text, 12 * EM);
                    }
                    case HEADER -> {
                        low = Math.min(text, 2 * EM);
                        high = Math.min(text, 4 * EM);
                    }
                    case EMPTY, COVERED -> {
                        low = 0;
                        high = 0;
                    }
                    default -> {
                        low = text;
                        high = text;
                    }
                }
                least[c] = Math.max(least[c], low);
                natural[c] = Math.max(natural[c], high);
            }
        }
        for (int c = 0; c < least.length; c++) {
            least[c] = Math.max(least[c], EM) + PADDING;
            natural[c] = Math.max(natural[c], EM) + PADDING;
        }
    }

    /** Returns the width of a text in the table font: its longest line, CJK characters one em, others half. */
    static int width(String text) {
        int longest = 0;
        int halves = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                longest = Math.max(longest, halves);
                halves = 0;
            } else {
                halves += wide(ch) ? 2 : 1;
            }
        }
        return Math.max(longest, halves) * EM / 2;
    }

    private static boolean wide(char ch) {
        return ch >= 0x2E80 || (ch >= 0x2018 && ch <= 0x201D) || ch == 0x2014 || ch == 0x2026;
    }

    /** Returns widths that fill the available width: natural widths stretched, or squeezed towards the least. */
    private static int[] fit(int[] least, int[] natural, int available) {
        int leastSum = sum(least);
        int naturalSum = sum(natural);
        if (naturalSum <= available || naturalSum == leastSum) {
            return scale(natural, available);
        }
        if (leastSum >= available) {
            return scale(least, available);
        }
        int[] widths = new int[least.length];
        long spare = available - leastSum;
        long wanted = naturalSum - leastSum;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = least[c] + (int) ((natural[c] - least[c]) * spare / wanted);
        }
        return settle(widths, available);
    }

    /**
     * Widens the columns narrower than their least width (a header like 序号 would otherwise break between its
     * characters), taking the room from the other columns in proportion to what they have to spare.
     */
    private static int[] atLeast(int[] least, int[] widths, int available) {
        if (sum(least) > available) {
            return widths;
        }
        int missing = 0;
        int spare = 0;
        for (int c = 0; c < widths.length; c++) {
            missing += Math.max(least[c] - widths[c], 0);
            spare += Math.max(widths[c] - least[c], 0);
        }
        if (missing == 0) {
            return widths;
        }
        int[] fitted = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            int over = widths[c] - least[c];
            fitted[c] = over <= 0 ? least[c] : widths[c] - (int) ((long) over * missing / spare);
        }
        return settle(fitted, available);
    }

    private static int[] scale(int[] parts, int available) {
        int total = sum(parts);
        int[] widths = new int[parts.length];
        for (int c = 0; c < parts.length; c++) {
            widths[c] = total == 0 ? 0 : (int) ((long) parts[c] * available / total);
        }
        return settle(widths, available);
    }

    /** Gives the rounding remainder to the last column, so the widths sum to the available width exactly. */
    private static int[] settle(int[] widths, int available) {
        if (widths.length > 0) {
            widths[widths.length - 1] += available - sum(widths);
        }
        return widths;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
