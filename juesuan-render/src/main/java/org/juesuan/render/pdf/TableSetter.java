package org.juesuan.render.pdf;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;

/**
 * Sets tables (表格排版): a public table with its title, number, unit lines, merged header cells, right-aligned
 * amounts, notes and empty-table statement; a grid block with wrapping text. Column widths follow the content; a table
 * too wide for a portrait page goes on landscape pages (and, if still too wide, in smaller type). Header rows repeat
 * on every page a table runs over, and rows (with the rows their cells span) are never split.
 *
 * <p>Not thread-safe; part of one composer.
 */
final class TableSetter {

    private static final float SIZE = 9f;
    private static final float GRID_SIZE = 10f;
    private static final float MIN_SIZE = 5f;
    private static final float PAD_X = 3f;
    private static final float PAD_Y = 2.5f;
    private static final boolean[] PLAIN = {false};

    private static final Composer.Style TITLE = new Composer.Style(16f, 28f, true);
    private static final Composer.Style META = new Composer.Style(10.5f, 18f, false);
    private static final Composer.Style NOTES = new Composer.Style(9f, 14f, false);

    private final Composer composer;
    private final Map<PrintedTable, Plan> plans = new IdentityHashMap<>();

    TableSetter(Composer composer) {
        this.composer = composer;
    }

    /** A table's cells shaped and measured: font size, orientation, column widths and row heights. */
    private record Plan(
            List<List<GridCell>> grid,
            int headerRows,
            boolean landscape,
            float size,
            float leading,
            float[] widths,
            float[] heights,
            ShapedText[][] texts,
            List<LineBreaker.Line>[][] lines) {}

    /** Returns whether a public table goes on landscape pages. */
    boolean landscape(PrintedTable table) {
        return plan(table).landscape();
    }

    private Plan plan(PrintedTable table) {
        Plan plan = plans.get(table);
        if (plan == null) {
            plan = autoPlan(table.grid(), table.headerRows());
            plans.put(table, plan);
        }
        return plan;
    }

    /** Sets a public table at the cursor (the caller has started a fresh page). */
    void table(PrintedTable table) {
        Plan plan = plan(table);
        Composer c = composer;
        FontFace face = c.face;
        float x = c.left();
        float width = c.width();
        c.lines(ShapedText.of(face, table.title()), null, TITLE, Composer.Align.CENTER, 0, x, width);
        if (!table.number().isEmpty()) {
            c.lines(ShapedText.of(face, table.number()), null, META, Composer.Align.RIGHT, 0, x, width);
        }
        ShapedText unit = ShapedText.of(face, table.amountUnitLine());
        float unitWidth = unit.width() * META.size();
        if (unit.length > 0) {
            c.page.text(
                    unit,
                    0,
                    unit.length,
                    x + width - unitWidth,
                    c.baseline(META),
                    META.size(),
                    false,
                    0,
                    Composer.BLACK,
                    c.used);
        }
        if (!table.unitLine().isEmpty()) {
            float room = width - unitWidth - 2 * META.size();
            c.lines(ShapedText.of(face, table.unitLine()), null, META, Composer.Align.LEFT, 0, x, room);
        } else if (unit.length > 0) {
            c.y += META.leading();
        }
        c.y += 2f;
        rows(plan, (row, column) -> new PdfLayout.TableCell(table.id(), row, column));
        c.y += 4f;
        for (String note : table.notes()) {
            c.lines(ShapedText.of(face, note), null, NOTES, Composer.Align.JUSTIFY, 0, x, width);
        }
        table.emptyStatement().ifPresent(statement -> {
            c.y += 4f;
            c.lines(ShapedText.of(face, statement), null, META, Composer.Align.JUSTIFY, 2 * META.size(), x, width);
        });
        c.page.started = true;
    }

    /** Sets a grid block at the cursor, with the block's relative column widths over the type area. */
    void grid(GridBlock grid) {
        Composer c = composer;
        int columns = grid.widths().size();
        float total = 0;
        for (int w : grid.widths()) {
            total += w;
        }
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = c.width() * grid.widths().get(i) / total;
        }
        ShapedText[][] texts = shape(grid.grid());
        Plan plan = measure(grid.grid(), grid.headerRows(), c.page.landscape, GRID_SIZE, widths, texts);
        c.y += 4f;
        rows(plan, (row, column) -> new PdfLayout.GridBlockCell(grid.id(), row, column));
        c.y += 8f;
        c.page.started = true;
    }

    // ---- planning

    private Plan autoPlan(List<List<GridCell>> grid, int headerRows) {
        ShapedText[][] texts = shape(grid);
        float[] widths = widths(grid, texts, SIZE, Composer.contentWidth(false));
        if (widths != null) {
            return measure(grid, headerRows, false, SIZE, widths, texts);
        }
        float available = Composer.contentWidth(true);
        float size = SIZE;
        widths = widths(grid, texts, size, available);
        while (widths == null && size > MIN_SIZE) {
            size = Math.max(MIN_SIZE, size - 0.5f);
            widths = widths(grid, texts, size, available);
        }
        if (widths == null) {
            widths = widths(grid, texts, size, Float.MAX_VALUE);
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            for (int i = 0; i < widths.length; i++) {
                widths[i] *= available / sum;
            }
        }
        return measure(grid, headerRows, true, size, widths, texts);
    }

    private ShapedText[][] shape(List<List<GridCell>> grid) {
        ShapedText[][] texts = new ShapedText[grid.size()][];
        for (int r = 0; r < grid.size(); r++) {
            List<GridCell> row = grid.get(r);
            texts[r] = new ShapedText[row.size()];
            for (int col = 0; col < row.size(); col++) {
                GridCell cell = row.get(col);
                if (!cell.isCovered() && !cell.text().isEmpty()) {
                    texts[r][col] = ShapedText.of(composer.face, cell.text());
                }
            }
        }
        return texts;
    }

    /**
     * Returns column widths that fit {@code available}, or null if even the narrowest acceptable widths do not. A
     * column's narrowest width keeps numbers whole, lets labels wrap after six characters and headers after three;
     * the room left is shared in proportion to what each column would like more.
     */
    private static float[] widths(List<List<GridCell>> grid, ShapedText[][] texts, float size, float available) {
        int columns = grid.isEmpty() ? 0 : grid.get(0).size();
        float[] min = new float[columns];
        float[] pref = new float[columns];
        for (int r = 0; r < grid.size(); r++) {
            for (int col = 0; col < columns; col++) {
                GridCell cell = grid.get(r).get(col);
                if (cell.isCovered() || cell.colSpan() != 1) {
                    continue;
                }
                float text = texts[r][col] == null ? 0 : texts[r][col].width() * size;
                float narrow;
                float wide;
                switch (cell.kind()) {
                    case LABEL -> {
                        narrow = Math.min(text, 6 * size);
                        wide = text;
                    }
                    case HEADER -> {
                        narrow = Math.min(text, 3 * size);
                        wide = Math.min(text, 4 * size);
                    }
                    case EMPTY -> {
                        narrow = 0;
                        wide = 0;
                    }
                    default -> {
                        narrow = text;
                        wide = text;
                    }
                }
                min[col] = Math.max(min[col], narrow + 2 * PAD_X);
                pref[col] = Math.max(pref[col], wide + 2 * PAD_X);
            }
        }
        float sumMin = 0;
        float sumPref = 0;
        for (int col = 0; col < columns; col++) {
            min[col] = Math.max(min[col], size + 2 * PAD_X);
            pref[col] = Math.max(pref[col], min[col]);
            sumMin += min[col];
            sumPref += pref[col];
        }
        if (sumMin > available) {
            return null;
        }
        if (available == Float.MAX_VALUE) {
            return min;
        }
        float[] widths = new float[columns];
        if (sumPref <= available) {
            for (int col = 0; col < columns; col++) {
                widths[col] = pref[col] * available / sumPref;
            }
        } else {
            float share = (available - sumMin) / (sumPref - sumMin);
            for (int col = 0; col < columns; col++) {
                widths[col] = min[col] + (pref[col] - min[col]) * share;
            }
        }
        return widths;
    }

    @SuppressWarnings("unchecked")
    private static Plan measure(
            List<List<GridCell>> grid,
            int headerRows,
            boolean landscape,
            float size,
            float[] widths,
            ShapedText[][] texts) {
        float leading = Math.round(size * 1.35f * 2) / 2f;
        int rows = grid.size();
        float[] heights = new float[rows];
        List<LineBreaker.Line>[][] lines = new List[rows][];
        float[] start = prefix(widths);
        for (int r = 0; r < rows; r++) {
            List<GridCell> row = grid.get(r);
            lines[r] = new List[row.size()];
            heights[r] = Math.max(heights[r], leading + 2 * PAD_Y);
            for (int col = 0; col < row.size(); col++) {
                GridCell cell = row.get(col);
                if (cell.isCovered() || texts[r][col] == null) {
                    continue;
                }
                float inner = start[Math.min(widths.length, col + cell.colSpan())] - start[col] - 2 * PAD_X;
                List<LineBreaker.Line> broken = wraps(cell)
                        ? LineBreaker.lines(texts[r][col], PLAIN, size, inner, inner)
                        : List.of(new LineBreaker.Line(0, texts[r][col].length, true));
                lines[r][col] = broken;
                if (cell.rowSpan() == 1) {
                    heights[r] = Math.max(heights[r], broken.size() * leading + 2 * PAD_Y);
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            List<GridCell> row = grid.get(r);
            for (int col = 0; col < row.size(); col++) {
                GridCell cell = row.get(col);
                if (cell.isCovered() || cell.rowSpan() == 1 || lines[r][col] == null) {
                    continue;
                }
                int last = Math.min(rows, r + cell.rowSpan()) - 1;
                float spanned = 0;
                for (int s = r; s <= last; s++) {
                    spanned += heights[s];
                }
                float need = lines[r][col].size() * leading + 2 * PAD_Y;
                if (need > spanned) {
                    heights[last] += need - spanned;
                }
            }
        }
        return new Plan(grid, headerRows, landscape, size, leading, widths, heights, texts, lines);
    }

    private static boolean wraps(GridCell cell) {
        return cell.kind() == GridCell.Kind.LABEL
                || cell.kind() == GridCell.Kind.HEADER
                || cell.kind() == GridCell.Kind.EMPTY;
    }

    private static float[] prefix(float[] values) {
        float[] prefix = new float[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            prefix[i + 1] = prefix[i] + values[i];
        }
        return prefix;
    }

    // ---- drawing

    /** Sets the rows: the header rows, then groups of rows held together by spans, repeating the header on new pages. */
    private void rows(Plan plan, BiFunction<Integer, Integer, PdfLayout.Target> target) {
        Composer c = composer;
        int rows = plan.grid().size();
        int header = Math.min(plan.headerRows(), rows);
        float headerHeight = height(plan, 0, header);
        float firstHeight = height(plan, header, groupEnd(plan, header));
        if (c.y + headerHeight + firstHeight > c.bottom() + 0.01f && c.y > c.top() + 0.01f) {
            c.newPage(c.page.landscape);
        }
        draw(plan, 0, header, target);
        float bodyTop = c.y;
        int from = header;
        while (from < rows) {
            int to = groupEnd(plan, from);
            if (c.y + height(plan, from, to) > c.bottom() + 0.01f && c.y > bodyTop + 0.01f) {
                c.newPage(c.page.landscape);
                draw(plan, 0, header, target);
                bodyTop = c.y;
            }
            draw(plan, from, to, target);
            from = to;
        }
    }

    private static float height(Plan plan, int from, int to) {
        float height = 0;
        for (int r = from; r < to; r++) {
            height += plan.heights()[r];
        }
        return height;
    }

    /** Returns the end of the group of rows starting at {@code from} that spans hold together. */
    private static int groupEnd(Plan plan, int from) {
        int rows = plan.grid().size();
        if (from >= rows) {
            return from;
        }
        int end = from + 1;
        for (int r = from; r < end; r++) {
            for (GridCell cell : plan.grid().get(r)) {
                if (!cell.isCovered()) {
                    end = Math.max(end, Math.min(rows, r + cell.rowSpan()));
                }
            }
        }
        return end;
    }

    /** Draws rows {@code [from, to)} at the cursor and moves it below them. */
    private void draw(Plan plan, int from, int to, BiFunction<Integer, Integer, PdfLayout.Target> target) {
        if (from >= to) {
            return;
        }
        Composer c = composer;
        PdfPage page = c.page;
        float x0 = c.left() + (c.width() - sum(plan.widths())) / 2;
        float[] xs = prefix(plan.widths());
        float[] ys = new float[to - from + 1];
        for (int r = from; r < to; r++) {
            ys[r - from + 1] = ys[r - from] + plan.heights()[r];
        }
        float top = c.y;
        page.stroke(Composer.BLACK);
        page.lineWidth(0.5f);
        for (int r = from; r < to; r++) {
            List<GridCell> row = plan.grid().get(r);
            for (int col = 0; col < row.size(); col++) {
                GridCell cell = row.get(col);
                if (cell.isCovered()) {
                    continue;
                }
                int lastRow = Math.min(to, r + cell.rowSpan());
                int lastCol = Math.min(row.size(), col + cell.colSpan());
                page.rect(x0 + xs[col], top + ys[r - from], xs[lastCol] - xs[col], ys[lastRow - from] - ys[r - from]);
            }
        }
        page.strokePath();
        float size = plan.size();
        float leading = plan.leading();
        for (int r = from; r < to; r++) {
            List<GridCell> row = plan.grid().get(r);
            for (int col = 0; col < row.size(); col++) {
                GridCell cell = row.get(col);
                if (cell.isCovered()) {
                    continue;
                }
                int lastRow = Math.min(to, r + cell.rowSpan());
                int lastCol = Math.min(row.size(), col + cell.colSpan());
                float cx = x0 + xs[col];
                float cy = top + ys[r - from];
                float cw = xs[lastCol] - xs[col];
                float ch = ys[lastRow - from] - ys[r - from];
                if (cell.kind() == GridCell.Kind.AMOUNT) {
                    page.place(target.apply(r, col), cx + 0.5f, cy + 0.5f, cw - 1f, ch - 1f);
                }
                ShapedText text = plan.texts()[r][col];
                List<LineBreaker.Line> lines = plan.lines()[r][col];
                if (text == null || lines == null) {
                    continue;
                }
                float blockTop = cy + (ch - lines.size() * leading) / 2;
                boolean bold = cell.kind() == GridCell.Kind.HEADER;
                for (int i = 0; i < lines.size(); i++) {
                    LineBreaker.Line line = lines.get(i);
                    float natural = text.width(line.from(), line.to()) * size;
                    float lx =
                            switch (align(cell, lines.size(), cw, size)) {
                                case LEFT, JUSTIFY -> cx + PAD_X;
                                case RIGHT -> cx + cw - PAD_X - natural;
                                case CENTER -> cx + (cw - natural) / 2;
                            };
                    float baseline = blockTop + i * leading + (leading - size) / 2 + PdfPage.ASCENT * size;
                    page.text(text, line.from(), line.to(), lx, baseline, size, bold, 0, Composer.BLACK, c.used);
                }
            }
        }
        c.y = top + ys[to - from];
        page.started = true;
    }

    private static Composer.Align align(GridCell cell, int lineCount, float width, float size) {
        return switch (cell.kind()) {
            case AMOUNT -> Composer.Align.RIGHT;
            case LABEL -> lineCount == 1 && width <= 4 * size + 2 * PAD_X ? Composer.Align.CENTER : Composer.Align.LEFT;
            default -> Composer.Align.CENTER;
        };
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }
}
