package org.juesuan.importer.workbook;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;

/**
 * Writes values into sheet cells with the workbook's styles (单元格写入): white input cells, grey computed cells,
 * headers and labels. Amounts are written in the workbook's amount unit, exactly: a number whose double would not
 * read back as the same decimal is written as text.
 *
 * <p>Not thread-safe: bound to one workbook being written.
 */
final class CellWriter {

    /** The styles of the workbook. */
    enum Style {
        TITLE,
        CAPTION,
        HEADER,
        LABEL,
        TOTAL_LABEL,
        INPUT_TEXT,
        INPUT_CODE,
        INPUT_AMOUNT,
        INPUT_NUMBER,
        DERIVED,
        DERIVED_AMOUNT,
        NOTE
    }

    private final Workbook workbook;
    private final AmountUnit unit;
    private final Map<Style, CellStyle> styles = new EnumMap<>(Style.class);

    CellWriter(Workbook workbook, AmountUnit unit) {
        this.workbook = workbook;
        this.unit = unit;
        String amountFormat = unit == AmountUnit.YUAN ? "#,##0.00" : "#,##0.00####";
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        styles.put(Style.TITLE, style(null, false, big, HorizontalAlignment.CENTER, null));
        styles.put(Style.CAPTION, style(null, false, null, HorizontalAlignment.LEFT, null));
        styles.put(Style.HEADER, style(IndexedColors.PALE_BLUE, true, bold, HorizontalAlignment.CENTER, null));
        styles.put(Style.LABEL, style(null, true, null, HorizontalAlignment.LEFT, null));
        styles.put(
                Style.TOTAL_LABEL, style(IndexedColors.GREY_25_PERCENT, true, bold, HorizontalAlignment.CENTER, null));
        styles.put(Style.INPUT_TEXT, style(IndexedColors.WHITE, true, null, HorizontalAlignment.LEFT, "@"));
        styles.put(Style.INPUT_CODE, style(IndexedColors.WHITE, true, null, HorizontalAlignment.LEFT, "@"));
        styles.put(Style.INPUT_AMOUNT, style(IndexedColors.WHITE, true, null, HorizontalAlignment.RIGHT, amountFormat));
        styles.put(Style.INPUT_NUMBER, style(IndexedColors.WHITE, true, null, HorizontalAlignment.RIGHT, "General"));
        styles.put(Style.DERIVED, style(IndexedColors.GREY_25_PERCENT, true, null, HorizontalAlignment.LEFT, null));
        styles.put(
                Style.DERIVED_AMOUNT,
                style(IndexedColors.GREY_25_PERCENT, true, null, HorizontalAlignment.RIGHT, amountFormat));
        styles.put(Style.NOTE, style(null, false, null, HorizontalAlignment.LEFT, null));
    }

    private CellStyle style(
            @Nullable IndexedColors fill,
            boolean border,
            @Nullable Font font,
            HorizontalAlignment alignment,
            @Nullable String format) {
        CellStyle style = workbook.createCellStyle();
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (border) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (font != null) {
            style.setFont(font);
        }
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    /** Returns the amount unit amounts are written in. */
    AmountUnit unit() {
        return unit;
    }

    /** Returns the cell, creating its row and the cell if needed, with the given style. */
    Cell cell(Sheet sheet, int row, int column, Style style) {
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell cell = r.getCell(column);
        if (cell == null) {
            cell = r.createCell(column);
        }
        cell.setCellStyle(styles.get(style));
        return cell;
    }

    /** Writes text; empty text leaves the cell blank. */
    void text(Sheet sheet, int row, int column, String text, Style style) {
        Cell cell = cell(sheet, row, column, style);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    /** Writes an amount in the workbook's unit; null leaves the cell blank. */
    void amount(Sheet sheet, int row, int column, @Nullable Amount amount, Style style) {
        Cell cell = cell(sheet, row, column, style);
        if (amount != null) {
            BigDecimal value = unit == AmountUnit.YUAN ? amount.value() : amount.toWanYuan();
            double number = value.doubleValue();
            if (BigDecimal.valueOf(number).compareTo(value) == 0) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(value.toPlainString()); // beyond a double's precision: text keeps it exact
            }
        }
    }

    /** Writes a decimal so that it reads back with the same digits and scale; null leaves the cell blank. */
    void decimal(Sheet sheet, int row, int column, @Nullable BigDecimal value, Style style) {
        Cell cell = cell(sheet, row, column, style);
        if (value != null) {
            double number = value.doubleValue();
            if (SheetReader.fromDouble(number).equals(value)) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(value.toPlainString());
            }
        }
    }

    /** Writes a formula. */
    void formula(Sheet sheet, int row, int column, String formula, Style style) {
        cell(sheet, row, column, style).setCellFormula(formula);
    }

    /** Merges a range unless it is a single cell. */
    void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow != lastRow || firstColumn != lastColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /** Sets column widths, in characters. */
    void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** Offers a drop-down list of choices in the cells of a column from {@code firstRow} to {@code lastRow}. */
    void choices(Sheet sheet, int column, int firstRow, int lastRow, List<String> choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices.toArray(new String[0])),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }
}
