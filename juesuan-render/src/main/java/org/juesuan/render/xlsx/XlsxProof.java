package org.juesuan.render.xlsx;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.DraftNotice;
import org.juesuan.render.proof.Mismatch;
import org.juesuan.render.xlsx.WorkbookReading.Cell;
import org.juesuan.render.xlsx.WorkbookReading.Kind;
import org.juesuan.render.xlsx.WorkbookReading.Sheet;

/**
 * Proves an Excel workbook (Excel 版自检): reads a workbook written by {@link XlsxTablesRenderer} back on its own
 * ({@link WorkbookReading}: the container, then SAX over the parts; nothing shared with the writer but the sheet
 * names) and compares every cell with the printed tables it was written from.
 *
 * <p>Each table must be on its sheet, in order and under its name. Every amount must be a number whose stored
 * decimal equals, exactly as a {@link BigDecimal}, the figure the table prints in 万元, and shown with the
 * {@code 0.00} format; every other cell, the title
 * and unit lines, the notes, the empty-table statement and the draft mark must hold exactly their text; cells the
 * table leaves blank, and every cell outside what the table prints, must be blank; the merged ranges must be exactly
 * the cells the table prints as one (the title row, the spanning headers, the notes). A difference is reported where
 * it is, as {@code 工作簿!工作表!单元格}.
 *
 * <p>Stateless and thread-safe.
 */
public final class XlsxProof {

    /** The format named in mismatches. */
    public static final String FORMAT = "XLSX";

    private static final String AMOUNT_FORMAT = "0.00";

    private XlsxProof() {}

    /**
     * Returns every place where the workbook differs from the tables, in sheet and cell order; empty if it shows them
     * exactly.
     *
     * @param workbookName the file name used in places, e.g. {@code 公开表.xlsx}
     * @param workbook the .xlsx bytes
     * @param tables the printed tables the workbook was written from
     * @param draft whether the workbook was written as a draft
     * @throws UncheckedIOException if the bytes are not a readable workbook
     */
    public static List<Mismatch> check(String workbookName, byte[] workbook, List<PrintedTable> tables, boolean draft) {
        WorkbookReading book;
        try {
            book = WorkbookReading.of(workbook);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("while reading the workbook " + workbookName, e.getCause());
        }
        List<Sheet> sheets = book.sheets();
        List<Mismatch> mismatches = new ArrayList<>();
        List<String> names = XlsxTablesRenderer.sheetNames(tables);
        for (int t = 0; t < tables.size(); t++) {
            String name = names.get(t);
            Sheet sheet = t < sheets.size() ? sheets.get(t) : null;
            if (sheet == null || !sheet.name().equals(name)) {
                mismatches.add(new Mismatch(
                        FORMAT, workbookName + "!" + "第" + (t + 1) + "个工作表", name, sheet == null ? "" : sheet.name()));
                continue;
            }
            new SheetProof(workbookName + "!" + name + "!", sheet, mismatches).check(tables.get(t), draft);
        }
        for (int s = tables.size(); s < sheets.size(); s++) {
            String name = sheets.get(s).name();
            mismatches.add(new Mismatch(FORMAT, workbookName + "!" + name, "（无此工作表）", name));
        }
        return mismatches;
    }

    /** The comparison of one sheet with its table. */
    private static final class SheetProof {
        private final String prefix;
        private final Sheet sheet;
        private final List<Mismatch> mismatches;
        private final Set<Long> visited = new HashSet<>();
        private final Set<String> merges = new TreeSet<>();
        private final List<Found> found = new ArrayList<>();

        /** A mismatch and its cell, to sort by. */
        private record Found(int row, int column, Mismatch mismatch) {}

        SheetProof(String prefix, Sheet sheet, List<Mismatch> mismatches) {
            this.prefix = prefix;
            this.sheet = sheet;
            this.mismatches = mismatches;
        }

        void check(PrintedTable table, boolean draft) {
            expected(table, draft);
            mergedRegions();
            // whatever else the sheet holds is more than the table prints
            for (Map.Entry<Long, Cell> stored : sheet.cells().entrySet()) {
                if (!visited.contains(stored.getKey())) {
                    String shown = shown(stored.getValue());
                    if (!shown.isEmpty()) {
                        report(
                                WorkbookReading.row(stored.getKey()),
                                WorkbookReading.column(stored.getKey()),
                                "",
                                shown);
                    }
                }
            }
            found.sort(Comparator.comparingInt(Found::row).thenComparingInt(Found::column));
            for (Found one : found) {
                mismatches.add(one.mismatch());
            }
        }

        private void expected(PrintedTable table, boolean draft) {
            int last = Math.max(table.columnCount(), 2) - 1;
            int r = 0;
            if (draft) {
                text(r++, 0, DraftNotice.TEXT);
            }
            if (!table.number().isEmpty()) {
                text(r++, last, table.number());
            }
            merge(r, r, 0, last);
            text(r++, 0, table.title());
            text(r, 0, table.unitLine());
            text(r++, last, table.amountUnitLine());
            List<List<GridCell>> grid = table.grid();
            for (int g = 0; g < grid.size(); g++) {
                List<GridCell> cells = grid.get(g);
                for (int c = 0; c < cells.size(); c++) {
                    GridCell cell = cells.get(c);
                    if (cell.isCovered()) {
                        text(r + g, c, "");
                    } else if (cell.kind() == GridCell.Kind.AMOUNT
                            && cell.printedAmount().isPresent()
                            && !cell.text().isEmpty()) {
                        amount(r + g, c, AmountFormat.wan(cell.printedAmount().get()));
                    } else {
                        text(r + g, c, cell.text());
                    }
                    if (!cell.isCovered()) {
                        merge(r + g, r + g + cell.rowSpan() - 1, c, c + cell.colSpan() - 1);
                    }
                }
            }
            r += grid.size();
            for (String note : table.notes()) {
                merge(r, r, 0, last);
                text(r++, 0, "注：" + note);
            }
            if (table.emptyStatement().isPresent()) {
                merge(r, r, 0, last);
                text(r, 0, table.emptyStatement().get());
            }
        }

        /** Notes a range the table prints as one cell. */
        private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            if (firstRow != lastRow || firstColumn != lastColumn) {
                merges.add(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn).formatAsString());
            }
        }

        /** Reports every range merged on the sheet but not in the table, and every one the table merges but not the sheet. */
        private void mergedRegions() {
            Set<String> shown = new TreeSet<>();
            for (CellRangeAddress region : sheet.merges()) {
                shown.add(region.formatAsString());
            }
            for (CellRangeAddress region : sheet.merges()) {
                String range = region.formatAsString();
                if (!merges.contains(range)) {
                    report(region.getFirstRow(), region.getFirstColumn(), "（不合并）", "合并" + range);
                }
            }
            for (String range : merges) {
                if (!shown.contains(range)) {
                    CellRangeAddress region = CellRangeAddress.valueOf(range);
                    report(region.getFirstRow(), region.getFirstColumn(), "合并" + range, "（不合并）");
                }
            }
        }

        private void amount(int row, int column, BigDecimal expected) {
            Cell cell = cell(row, column);
            BigDecimal stored = cell == null ? null : number(cell);
            if (cell == null || stored == null) {
                report(row, column, expected.toPlainString(), shown(cell));
            } else if (stored.compareTo(expected) != 0) {
                report(row, column, expected.toPlainString(), stored.toPlainString());
            } else if (!AMOUNT_FORMAT.equals(cell.format())) {
                report(
                        row,
                        column,
                        expected.toPlainString() + "（格式 " + AMOUNT_FORMAT + "）",
                        stored.toPlainString() + "（格式 " + cell.format() + "）");
            }
        }

        private void text(int row, int column, String expected) {
            Cell cell = cell(row, column);
            if (cell != null && cell.kind() == Kind.NUMBER) {
                report(row, column, expected, shown(cell));
                return;
            }
            String shown = shown(cell);
            if (!shown.equals(expected)) {
                report(row, column, expected, shown);
            }
        }

        private @Nullable Cell cell(int row, int column) {
            visited.add(WorkbookReading.key(row, column));
            return sheet.cell(row, column);
        }

        private void report(int row, int column, String expected, String shown) {
            found.add(new Found(
                    row,
                    column,
                    new Mismatch(
                            FORMAT, prefix + new CellReference(row, column).formatAsString(false), expected, shown)));
        }
    }

    /** Returns the stored number of a cell, exactly as written in the file; null if it holds no number. */
    private static @Nullable BigDecimal number(Cell cell) {
        if (cell.kind() != Kind.NUMBER) {
            return null;
        }
        try {
            return new BigDecimal(cell.text());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Returns what a cell holds, as text: numbers in their exact decimal form as stored. */
    private static String shown(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        BigDecimal number = number(cell);
        return number == null ? cell.text() : number.toPlainString();
    }
}
