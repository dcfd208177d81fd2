package org.juesuan.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.proof.Mismatch;

/**
 * Proves an Excel workbook (Excel 版自检): reads a workbook written by {@link XlsxTablesRenderer} back with POI and
 * compares every cell with the printed tables it was written from.
 *
 * <p>Each table must be on its sheet, in order and under its name. Every amount must be a number equal, exactly as a
 * {@link BigDecimal}, to the figure the table prints in 万元, and shown with two decimals; every other cell, the title
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
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return check(workbookName, book, tables, draft);
        } catch (IOException e) {
            throw new UncheckedIOException("while reading the workbook " + workbookName, e);
        }
    }

    private static List<Mismatch> check(
            String workbookName, XSSFWorkbook book, List<PrintedTable> tables, boolean draft) {
        List<Mismatch> mismatches = new ArrayList<>();
        List<String> names = XlsxTablesRenderer.sheetNames(tables);
        for (int t = 0; t < tables.size(); t++) {
            String name = names.get(t);
            Sheet sheet = t < book.getNumberOfSheets() ? book.getSheetAt(t) : null;
            if (sheet == null || !sheet.getSheetName().equals(name)) {
                mismatches.add(new Mismatch(
                        FORMAT,
                        workbookName + "!" + "第" + (t + 1) + "个工作表",
                        name,
                        sheet == null ? "" : sheet.getSheetName()));
                continue;
            }
            new SheetProof(workbookName + "!" + name + "!", sheet, mismatches).check(tables.get(t), draft);
        }
        for (int s = tables.size(); s < book.getNumberOfSheets(); s++) {
            mismatches.add(
                    new Mismatch(FORMAT, workbookName + "!" + book.getSheetName(s), "（无此工作表）", book.getSheetName(s)));
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
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (!visited.contains(key(cell.getRowIndex(), cell.getColumnIndex()))) {
                        String shown = shown(cell);
                        if (!shown.isEmpty()) {
                            report(cell.getRowIndex(), cell.getColumnIndex(), "", shown);
                        }
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
                text(r++, 0, XlsxTablesRenderer.DRAFT_MARK);
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
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                shown.add(region.formatAsString());
            }
            for (CellRangeAddress region : sheet.getMergedRegions()) {
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
            if (cell == null || cell.getCellType() != CellType.NUMERIC) {
                report(row, column, expected.toPlainString(), shown(cell));
                return;
            }
            BigDecimal stored = BigDecimal.valueOf(cell.getNumericCellValue());
            if (stored.compareTo(expected) != 0) {
                report(row, column, expected.toPlainString(), stored.toPlainString());
            } else if (!AMOUNT_FORMAT.equals(cell.getCellStyle().getDataFormatString())) {
                report(
                        row,
                        column,
                        expected.toPlainString() + "（格式 " + AMOUNT_FORMAT + "）",
                        stored.toPlainString() + "（格式 " + cell.getCellStyle().getDataFormatString() + "）");
            }
        }

        private void text(int row, int column, String expected) {
            Cell cell = cell(row, column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                report(row, column, expected, shown(cell));
                return;
            }
            String shown = shown(cell);
            if (!shown.equals(expected)) {
                report(row, column, expected, shown);
            }
        }

        private @Nullable Cell cell(int row, int column) {
            visited.add(key(row, column));
            Row line = sheet.getRow(row);
            return line == null ? null : line.getCell(column);
        }

        private void report(int row, int column, String expected, String shown) {
            found.add(new Found(
                    row,
                    column,
                    new Mismatch(
                            FORMAT, prefix + new CellReference(row, column).formatAsString(false), expected, shown)));
        }

        private static long key(int row, int column) {
            return ((long) row << 20) | column;
        }
    }

    /** Returns what a cell holds, as text: numbers in their shortest exact decimal form. */
    private static String shown(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            case ERROR -> "#" + cell.getErrorCellValue();
            default -> "";
        };
    }
}
