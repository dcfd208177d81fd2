package org.juesuan.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.core.internal.StableZip;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;

/**
 * Renders printed tables as an Excel workbook (Excel 版): one sheet per table, the title and unit lines, headers
 * merged as printed, amounts as numbers in 万元 with the {@code 0.00} format, notes and the empty-table statement.
 *
 * <p>Amounts are written already rounded to the display unit, so the numbers a reader sees are exactly the printed
 * ones. The same tables always give the same bytes; {@link XlsxProof} reads a workbook back and checks it against
 * the tables, row by row in the order written here. Stateless and thread-safe.
 */
public final class XlsxTablesRenderer {

    /** A fixed creation date, so the same input gives the same workbook content. */
    private static final Date CREATED = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z

    /** The text of the first row of every sheet of a draft. */
    static final String DRAFT_MARK = "草稿：数据未通过校验，不得公开";

    private XlsxTablesRenderer() {}

    /**
     * Writes the workbook.
     *
     * @param tables the printed tables, one sheet each, in order
     * @param out where the .xlsx bytes go
     */
    public static void render(List<PrintedTable> tables, OutputStream out) {
        render(tables, false, out);
    }

    /**
     * Writes the workbook, marking every sheet and every printed page 草稿 when it is a draft.
     *
     * @param tables the printed tables, one sheet each, in order
     * @param draft whether the data failed validation
     * @param out where the .xlsx bytes go
     */
    public static void render(List<PrintedTable> tables, boolean draft, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
            workbook.getProperties().getCoreProperties().setCreator("Juesuan");
            Styles styles = new Styles(workbook);
            List<String> names = sheetNames(tables);
            for (int t = 0; t < tables.size(); t++) {
                sheet(workbook, tables.get(t), names.get(t), styles, draft);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            out.write(StableZip.normalize(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("while writing the workbook", e);
        }
    }

    /** Returns the sheet names of tables in order: each {@link #sheetName}, numbered when it repeats. */
    static List<String> sheetNames(List<PrintedTable> tables) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (PrintedTable table : tables) {
            String name = sheetName(table);
            for (int i = 2; !taken.add(name); i++) {
                name = sheetName(table) + i;
            }
            names.add(name);
        }
        return names;
    }

    /** Returns the sheet name of a table: its number, else its title, made legal (a workbook numbers repeated names). */
    public static String sheetName(PrintedTable table) {
        String base = table.number().isEmpty() ? table.title() : table.number();
        return WorkbookUtil.createSafeSheetName(base.length() > 31 ? base.substring(0, 31) : base);
    }

    private static void sheet(XSSFWorkbook workbook, PrintedTable table, String name, Styles styles, boolean draft) {
        XSSFSheet sheet = workbook.createSheet(name);
        int columns = Math.max(table.columnCount(), 2);
        int r = 0;
        if (draft) {
            Row mark = sheet.createRow(r++);
            text(mark, 0, DRAFT_MARK, styles.draft);
            // printed on every page too
            sheet.getHeader().setCenter("草稿");
        }
        if (!table.number().isEmpty()) {
            Row row = sheet.createRow(r++);
            text(row, columns - 1, table.number(), styles.right);
        }
        Row title = sheet.createRow(r);
        text(title, 0, table.title(), styles.title);
        title.setHeightInPoints(24);
        merge(sheet, r, r, 0, columns - 1);
        r++;
        Row meta = sheet.createRow(r++);
        text(meta, 0, table.unitLine(), styles.plain);
        text(meta, columns - 1, table.amountUnitLine(), styles.right);
        int firstGridRow = r;
        List<List<GridCell>> grid = table.grid();
        for (int g = 0; g < grid.size(); g++) {
            Row row = sheet.createRow(r + g);
            List<GridCell> cells = grid.get(g);
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                Cell target = row.createCell(c);
                if (cell.isCovered()) {
                    target.setCellStyle(g < table.headerRows() ? styles.header : styles.body);
                    continue;
                }
                switch (cell.kind()) {
                    case HEADER:
                    case COLUMN_NUMBER:
                        target.setCellValue(cell.text());
                        target.setCellStyle(styles.header);
                        break;
                    case AMOUNT:
                        if (cell.printedAmount().isPresent() && !cell.text().isEmpty()) {
                            target.setCellValue(
                                    AmountFormat.wan(cell.printedAmount().get()).doubleValue());
                            target.setCellStyle(styles.amount);
                        } else {
                            if (!cell.text().isEmpty()) {
                                target.setCellValue(cell.text());
                            }
                            target.setCellStyle(styles.amountText);
                        }
                        break;
                    case CODE:
                    case LINE_NUMBER:
                        target.setCellValue(cell.text());
                        target.setCellStyle(styles.centered);
                        break;
                    default:
                        target.setCellValue(cell.text());
                        target.setCellStyle(styles.body);
                }
                if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                    merge(sheet, r + g, r + g + cell.rowSpan() - 1, c, c + cell.colSpan() - 1);
                }
            }
        }
        r += grid.size();
        for (String note : table.notes()) {
            Row row = sheet.createRow(r);
            text(row, 0, "注：" + note, styles.plain);
            merge(sheet, r, r, 0, columns - 1);
            r++;
        }
        if (table.emptyStatement().isPresent()) {
            Row row = sheet.createRow(r);
            text(row, 0, table.emptyStatement().get(), styles.plain);
            merge(sheet, r, r, 0, columns - 1);
        }
        widths(sheet, table);
        sheet.createFreezePane(0, firstGridRow + table.headerRows());
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void widths(XSSFSheet sheet, PrintedTable table) {
        int columns = table.columnCount();
        for (int c = 0; c < columns; c++) {
            int width = 6;
            for (List<GridCell> row : table.grid()) {
                GridCell cell = row.get(c);
                if (!cell.isCovered() && cell.colSpan() == 1 && cell.kind() != GridCell.Kind.HEADER) {
                    // CJK characters are about two columns wide
                    int length = 0;
                    for (char ch : cell.text().toCharArray()) {
                        length += ch > 0x2E80 ? 2 : 1;
                    }
                    width = Math.max(width, length + 2);
                }
            }
            sheet.setColumnWidth(c, Math.min(width, 48) * 256);
        }
    }

    private static void merge(XSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow != lastRow || firstColumn != lastColumn) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle right;
        final CellStyle header;
        final CellStyle body;
        final CellStyle centered;
        final CellStyle amount;
        final CellStyle amountText;
        final CellStyle draft;

        Styles(XSSFWorkbook workbook) {
            Font font = font(workbook, false, 11);
            Font bold = font(workbook, true, 11);
            title = workbook.createCellStyle();
            title.setFont(font(workbook, true, 16));
            title.setAlignment(HorizontalAlignment.CENTER);
            plain = workbook.createCellStyle();
            plain.setFont(font);
            right = workbook.createCellStyle();
            right.setFont(font);
            right.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered(workbook, bold, HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            body = bordered(workbook, font, HorizontalAlignment.LEFT);
            centered = bordered(workbook, font, HorizontalAlignment.CENTER);
            amount = bordered(workbook, font, HorizontalAlignment.RIGHT);
            amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            amountText = bordered(workbook, font, HorizontalAlignment.RIGHT);
            draft = workbook.createCellStyle();
            Font red = font(workbook, true, 14);
            red.setColor(IndexedColors.RED.getIndex());
            draft.setFont(red);
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, int points) {
            Font font = workbook.createFont();
            font.setFontName("宋体");
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
