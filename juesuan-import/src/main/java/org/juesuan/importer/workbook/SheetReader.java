package org.juesuan.importer.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Count;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/**
 * Reads typed values from the cells of one sheet (单元格读取), reporting each bad value as an issue at its cell.
 *
 * <p>Numbers arrive from Excel as doubles; they are converted with {@link BigDecimal#valueOf(double)}, so a number
 * shows its shortest exact decimal and a third decimal in 元 is an error at the cell, never a silent rounding. A
 * formula's cached result is read like a typed value, after rounding to Excel's 15 significant digits (which only
 * removes binary noise such as {@code 0.30000000000000004}). Blank cells are no value, never zero.
 *
 * <p>Not thread-safe: bound to one import.
 */
final class SheetReader {

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private final Sheet sheet;
    private final String workbook;
    private final Issues issues;
    private final AmountUnit unit;

    SheetReader(Sheet sheet, String workbook, Issues issues, AmountUnit unit) {
        this.sheet = sheet;
        this.workbook = workbook;
        this.issues = issues;
        this.unit = unit;
    }

    /** Returns the shortest decimal of a double, without trailing zeros: 40.0 gives 40, 12.50 gives 12.5. */
    static BigDecimal fromDouble(double number) {
        BigDecimal value = BigDecimal.valueOf(number).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** Returns the last row index that has cells, or -1. */
    int lastRow() {
        return sheet.getLastRowNum();
    }

    /** Returns the last column index of a row that has a cell, or -1. */
    int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    SourceRef ref(int row, int column) {
        return SourceRef.cell(workbook, sheet.getSheetName(), row, column);
    }

    private @Nullable Cell cell(int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || column < 0 ? null : r.getCell(column);
    }

    /** Returns whether the cell has a formula. */
    boolean isFormula(int row, int column) {
        Cell cell = cell(row, column);
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /** Returns whether the cell holds nothing (no value, or only spaces). */
    boolean isBlank(int row, int column) {
        Cell cell = cell(row, column);
        return cell == null
                || cell.getCellType() == CellType.BLANK
                || (text(row, column).isEmpty() && !isFormula(row, column));
    }

    /** Returns whether every cell of a row from the first to the last column is blank. */
    boolean isBlankRow(int row, int firstColumn, int lastColumn) {
        for (int c = firstColumn; c <= lastColumn; c++) {
            if (!isBlank(row, c)) {
                return false;
            }
        }
        return true;
    }

    private CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** Returns a numeric cell's value as plain decimal text; {@code #NUM!} for a value that is not finite. */
    private String number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (!Double.isFinite(value)) {
            return "#NUM!";
        }
        BigDecimal decimal = cell.getCellType() == CellType.FORMULA
                ? fromDouble(new BigDecimal(value).round(EXCEL_DIGITS).doubleValue())
                : fromDouble(value);
        return decimal.toPlainString();
    }

    /** Returns the cell as text, stripped: numbers in plain decimal form, blank as the empty string. */
    String text(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return "";
        }
        switch (type(cell)) {
            case STRING:
                return cell.getStringCellValue().strip();
            case NUMERIC:
                return number(cell);
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default:
                return "";
        }
    }

    /** Returns the cell's text, if not blank. */
    Optional<Text> textValue(int row, int column) {
        String text = text(row, column);
        return text.isEmpty() ? Optional.empty() : Optional.of(new Text(text, ref(row, column)));
    }

    /** The outcome of reading an amount: the amount, or a message; neither for a blank cell. */
    record Parsed(@Nullable Amount amount, String error, String text) {}

    /** Reads an amount in the workbook's unit without reporting anything. */
    Parsed parseAmount(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return new Parsed(null, "", "");
        }
        CellType type = type(cell);
        String text;
        if (type == CellType.NUMERIC) {
            text = number(cell);
        } else if (type == CellType.STRING) {
            text = cell.getStringCellValue().strip();
            if (text.isEmpty()) {
                return new Parsed(null, "", "");
            }
        } else if (type == CellType.BLANK) {
            return new Parsed(null, "", "");
        } else if (type == CellType.BOOLEAN) {
            return new Parsed(null, "此处应为金额，实为逻辑值", text(row, column));
        } else {
            return new Parsed(null, "此处应为金额，公式的结果是错误值", "");
        }
        try {
            return new Parsed(Amount.parse(text, unit), "", text);
        } catch (IllegalArgumentException e) {
            return new Parsed(null, e.getMessage(), text);
        }
    }

    /** Reads an amount in the workbook's unit; a bad value is an error at the cell. */
    Optional<Figure> figure(int row, int column) {
        Parsed parsed = parseAmount(row, column);
        if (!parsed.error().isEmpty()) {
            issues.error(ref(row, column), "WORKBOOK_NOT_AN_AMOUNT", parsed.error());
        }
        return parsed.amount() == null ? Optional.empty() : Optional.of(new Figure(parsed.amount(), ref(row, column)));
    }

    /** Reads a decimal number (a weight, a score); a bad value is an error at the cell. */
    Optional<BigDecimal> decimal(int row, int column, String what) {
        String text = text(row, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.matches("[+-]?\\d+(\\.\\d+)?")) {
            return Optional.of(new BigDecimal(text));
        }
        issues.error(ref(row, column), "WORKBOOK_NOT_A_NUMBER", what + "应为数字，实为“" + text + "”");
        return Optional.empty();
    }

    /**
     * Reads a percentage as percent points: 1.74 and {@code 1.74%} both mean 1.74%, and so does 0.0174 in a cell
     * formatted as a percentage.
     */
    Optional<BigDecimal> percent(int row, int column, String what) {
        Cell cell = cell(row, column);
        if (cell != null
                && type(cell) == CellType.NUMERIC
                && cell.getCellStyle().getDataFormatString().contains("%")
                && Double.isFinite(cell.getNumericCellValue())) {
            BigDecimal points = new BigDecimal(number(cell)).movePointRight(2).stripTrailingZeros();
            return Optional.of(points.scale() < 0 ? points.setScale(0, RoundingMode.UNNECESSARY) : points);
        }
        String text = text(row, column);
        if (text.endsWith("%") || text.endsWith("％")) {
            String number = text.substring(0, text.length() - 1).strip();
            if (number.matches("[+-]?\\d+(\\.\\d+)?")) {
                return Optional.of(new BigDecimal(number));
            }
            issues.error(ref(row, column), "WORKBOOK_NOT_A_NUMBER", what + "应为百分比，实为“" + text + "”");
            return Optional.empty();
        }
        return decimal(row, column, what);
    }

    /** Reads a date written as YYYY-MM-DD, or typed into a date-formatted cell. */
    Optional<LocalDate> date(int row, int column, String what) {
        Cell cell = cell(row, column);
        if (cell != null && type(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            double serial = cell.getNumericCellValue();
            if (DateUtil.isValidExcelDate(serial)) {
                boolean date1904 = sheet.getWorkbook() instanceof XSSFWorkbook
                        && ((XSSFWorkbook) sheet.getWorkbook()).isDate1904();
                return Optional.of(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
            }
        }
        String text = text(row, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            issues.error(ref(row, column), "WORKBOOK_DATE", what + "应写作 YYYY-MM-DD，实为“" + text + "”");
            return Optional.empty();
        }
    }

    /** Reads a whole number of at most nine digits, not negative. */
    Optional<Count> count(int row, int column, String what) {
        String text = text(row, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.matches("\\d{1,9}")) {
            issues.error(ref(row, column), "WORKBOOK_NOT_A_COUNT", what + "应为非负整数，实为“" + text + "”");
            return Optional.empty();
        }
        return Optional.of(new Count(Integer.parseInt(text), ref(row, column)));
    }
}
