package org.juesuan.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.render.ExampleTables;
import org.juesuan.render.proof.Mismatch;
import org.junit.jupiter.api.Test;

/** Workbooks written from altered tables are checked against the true ones. */
class XlsxProofTest {

    private static final String NAME = "公开表.xlsx";
    private static final List<PrintedTable> TABLES = ExampleTables.printed(ExampleTables.dataset(), "hubei-2024");

    @Test
    void aWorkbookOfTheTablesShowsThemExactly() {
        assertThat(XlsxProof.check(NAME, write(TABLES, false), TABLES, false)).isEmpty();
        assertThat(XlsxProof.check(NAME, write(TABLES, true), TABLES, true)).isEmpty();
    }

    @Test
    void anAmountOffByOneHundredthIsReportedAtItsCell() {
        PrintedTable t05 = table("T05");
        int[] at = find(t05, cell -> cell.kind() == GridCell.Kind.AMOUNT && "2010301".equals(cell.rowId()));
        GridCell cell = t05.grid().get(at[0]).get(at[1]);
        Amount wrong = cell.printedAmount().orElseThrow().plus(Amount.parse("0.01", AmountUnit.WAN_YUAN));
        List<PrintedTable> corrupted = replace(
                "T05",
                at,
                new GridCell(
                        AmountFormat.wanText(wrong),
                        cell.kind(),
                        cell.rowSpan(),
                        cell.colSpan(),
                        wrong,
                        cell.rowId(),
                        cell.columnId()));

        List<Mismatch> mismatches = XlsxProof.check(NAME, write(corrupted, false), TABLES, false);

        String place = NAME + "!公开05表!" + reference(t05, at, false);
        assertThat(mismatches).containsExactly(new Mismatch("XLSX", place, cell.text(), AmountFormat.wanText(wrong)));
        assertThat(mismatches.get(0).message()).contains("应为“" + cell.text() + "”");
    }

    @Test
    void aStoredNumberChangedByOneHundredthInTheFileIsReported() throws IOException {
        byte[] written = write(TABLES, false);
        String changedAt;
        BigDecimal before;
        BigDecimal after;
        byte[] corrupted;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            Sheet sheet = book.getSheet("公开05表");
            Cell target = firstNumber(sheet);
            before = BigDecimal.valueOf(target.getNumericCellValue());
            after = before.subtract(new BigDecimal("0.01"));
            target.setCellValue(after.doubleValue());
            changedAt = new CellReference(target).formatAsString(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            corrupted = out.toByteArray();
        }

        assertThat(XlsxProof.check(NAME, corrupted, TABLES, false))
                .containsExactly(new Mismatch(
                        "XLSX", NAME + "!公开05表!" + changedAt, before.toPlainString(), after.toPlainString()));
    }

    @Test
    void aHeaderNoLongerMergedIsReported() throws IOException {
        byte[] corrupted;
        String range;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(TABLES, false)))) {
            Sheet sheet = book.getSheet("公开01表");
            // the first merged range below the title row is a spanning header
            int index = -1;
            for (int i = 0; i < sheet.getNumMergedRegions() && index < 0; i++) {
                if (sheet.getMergedRegion(i).getFirstRow() > 1) {
                    index = i;
                }
            }
            assertThat(index).isNotNegative();
            range = sheet.getMergedRegion(index).formatAsString();
            sheet.removeMergedRegion(index);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            corrupted = out.toByteArray();
        }

        List<Mismatch> mismatches = XlsxProof.check(NAME, corrupted, TABLES, false);

        String first = range.substring(0, range.indexOf(':'));
        assertThat(mismatches).containsExactly(new Mismatch("XLSX", NAME + "!公开01表!" + first, "合并" + range, "（不合并）"));
    }

    @Test
    void aChangedTextIsReportedAtItsCell() {
        PrintedTable t01 = table("T01");
        int[] at = find(
                t01, cell -> cell.kind() == GridCell.Kind.LABEL && !cell.text().isEmpty());
        GridCell cell = t01.grid().get(at[0]).get(at[1]);
        List<PrintedTable> corrupted = replace("T01", at, GridCell.of(cell.text() + "合计", cell.kind()));

        List<Mismatch> mismatches = XlsxProof.check(NAME, write(corrupted, true), TABLES, true);

        assertThat(mismatches)
                .containsExactly(new Mismatch(
                        "XLSX", NAME + "!公开01表!" + reference(t01, at, true), cell.text(), cell.text() + "合计"));
    }

    @Test
    void aMissingOrMisplacedSheetIsReported() {
        List<PrintedTable> swapped = new ArrayList<>(TABLES);
        swapped.set(0, TABLES.get(1));
        swapped.set(1, TABLES.get(0));
        assertThat(XlsxProof.check(NAME, write(swapped, false), TABLES, false))
                .extracting(Mismatch::place)
                .containsExactly(NAME + "!第1个工作表", NAME + "!第2个工作表");
        List<Mismatch> missing = XlsxProof.check(NAME, write(TABLES.subList(0, 8), false), TABLES, false);
        assertThat(missing).containsExactly(new Mismatch("XLSX", NAME + "!第9个工作表", "公开09表", ""));
    }

    @Test
    void aDraftMarkWhereNoneIsExpectedShiftsEveryRowAndIsReported() {
        List<Mismatch> mismatches = XlsxProof.check(NAME, write(TABLES, true), TABLES, false);
        assertThat(mismatches).isNotEmpty();
        assertThat(mismatches.get(0)).isEqualTo(new Mismatch("XLSX", NAME + "!公开01表!A1", "", "草稿：数据未通过校验，不得公开"));
    }

    @Test
    void anAmountShownWithAnotherFormatIsReported() throws IOException {
        String[] at = new String[2];
        byte[] corrupted = spoil("公开05表", (book, sheet) -> {
            Cell target = firstNumber(sheet);
            CellStyle style = book.createCellStyle();
            style.cloneStyleFrom(target.getCellStyle());
            style.setDataFormat(book.createDataFormat().getFormat("0.0"));
            target.setCellStyle(style);
            at[0] = new CellReference(target).formatAsString(false);
            at[1] = BigDecimal.valueOf(target.getNumericCellValue()).toPlainString();
        });

        assertThat(XlsxProof.check(NAME, corrupted, TABLES, false))
                .containsExactly(
                        new Mismatch("XLSX", NAME + "!公开05表!" + at[0], at[1] + "（格式 0.00）", at[1] + "（格式 0.0）"));
    }

    @Test
    void anAmountStoredAsTextOrAsAFormulaIsReported() throws IOException {
        // the place and figure of the amount made text, and the place of the one made a formula
        String[] at = new String[3];
        byte[] corrupted = spoil("公开05表", (book, sheet) -> {
            Cell text = firstNumber(sheet);
            at[0] = new CellReference(text).formatAsString(false);
            at[1] = BigDecimal.valueOf(text.getNumericCellValue()).toPlainString();
            text.setCellValue(at[1]);
            Cell formula = firstNumber(sheet);
            at[2] = new CellReference(formula).formatAsString(false);
            formula.setCellFormula("1+1");
        });

        List<Mismatch> mismatches = XlsxProof.check(NAME, corrupted, TABLES, false);

        assertThat(mismatches).hasSize(2);
        assertThat(mismatches.get(0).place()).isEqualTo(NAME + "!公开05表!" + at[0]);
        assertThat(mismatches.get(0).shown()).isEqualTo(at[1]);
        assertThat(mismatches.get(1).place()).isEqualTo(NAME + "!公开05表!" + at[2]);
        assertThat(mismatches.get(1).shown()).isEqualTo("=1+1");
    }

    @Test
    void aValueOutsideTheTableAndARangeMergedOnlyInTheFileAreReported() throws IOException {
        byte[] corrupted = spoil("公开02表", (book, sheet) -> {
            sheet.getRow(2).createCell(25).setCellValue("多余");
            int last = sheet.getLastRowNum();
            sheet.addMergedRegion(new CellRangeAddress(last - 1, last - 1, 0, 1));
        });
        PrintedTable t02 = table("T02");
        int lastRow = 2 + 1 + t02.grid().size() + t02.notes().size() - 1;

        List<Mismatch> mismatches = XlsxProof.check(NAME, corrupted, TABLES, false);

        String merged = new CellRangeAddress(lastRow - 1, lastRow - 1, 0, 1).formatAsString();
        assertThat(mismatches)
                .contains(
                        new Mismatch("XLSX", NAME + "!公开02表!Z3", "", "多余"),
                        new Mismatch(
                                "XLSX",
                                NAME + "!公开02表!" + merged.substring(0, merged.indexOf(':')),
                                "（不合并）",
                                "合并" + merged));
        assertThat(mismatches).hasSize(2);
    }

    @Test
    void aSheetMoreThanTheTablesIsReported() throws IOException {
        byte[] corrupted = spoil(
                "公开09表",
                (book, sheet) ->
                        book.createSheet("附加").createRow(0).createCell(0).setCellValue("x"));

        assertThat(XlsxProof.check(NAME, corrupted, TABLES, false))
                .containsExactly(new Mismatch("XLSX", NAME + "!附加", "（无此工作表）", "附加"));
    }

    @Test
    void aTextThatLooksLikeACharacterEscapeIsShownAsWritten() {
        PrintedTable t01 = table("T01");
        int[] at = find(
                t01, cell -> cell.kind() == GridCell.Kind.LABEL && !cell.text().isEmpty());
        List<PrintedTable> tables = replace("T01", at, GridCell.of("_x0041_项目", GridCell.Kind.LABEL));

        assertThat(XlsxProof.check(NAME, write(tables, false), tables, false)).isEmpty();
        assertThat(XlsxProof.check(NAME, write(tables, false), TABLES, false))
                .extracting(Mismatch::shown)
                .containsExactly("_x0041_项目");
    }

    /** Returns the example workbook changed through POI's spreadsheet model, which also rewrites every part. */
    private static byte[] spoil(String sheetName, java.util.function.BiConsumer<XSSFWorkbook, Sheet> change)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(TABLES, false)))) {
            change.accept(book, book.getSheet(sheetName));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Cell firstNumber(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no number on " + sheet.getSheetName());
    }

    private static byte[] write(List<PrintedTable> tables, boolean draft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTablesRenderer.render(tables, draft, out);
        return out.toByteArray();
    }

    private static PrintedTable table(String id) {
        return TABLES.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static int[] find(PrintedTable table, java.util.function.Predicate<GridCell> wanted) {
        for (int r = table.headerRows(); r < table.grid().size(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (wanted.test(table.grid().get(r).get(c))) {
                    return new int[] {r, c};
                }
            }
        }
        throw new AssertionError("no such cell in " + table.id());
    }

    /** Returns the tables with one grid cell of one table replaced. */
    private static List<PrintedTable> replace(String id, int[] at, GridCell replacement) {
        UnaryOperator<PrintedTable> change = table -> {
            List<List<GridCell>> grid = new ArrayList<>();
            for (List<GridCell> row : table.grid()) {
                grid.add(new ArrayList<>(row));
            }
            grid.get(at[0]).set(at[1], replacement);
            return table.withGrid(grid);
        };
        List<PrintedTable> tables = new ArrayList<>();
        for (PrintedTable table : TABLES) {
            tables.add(table.id().equals(id) ? change.apply(table) : table);
        }
        return tables;
    }

    /** The sheet has the draft mark (if any), the number, the title and the unit line over the grid. */
    private static String reference(PrintedTable table, int[] at, boolean draft) {
        int above = (draft ? 1 : 0) + (table.number().isEmpty() ? 0 : 1) + 2;
        return new CellReference(above + at[0], at[1]).formatAsString(false);
    }
}
