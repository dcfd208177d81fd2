package org.juesuan.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.core.internal.StableZip;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.ExampleTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbook is read back with POI and compared with the printed tables, cell by cell. */
class XlsxTablesRendererTest {

    private static List<PrintedTable> tables;
    private static byte[] bytes;

    @BeforeAll
    static void render() {
        tables = ExampleTables.printed(ExampleTables.dataset(), "hubei-2024");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTablesRenderer.render(tables, out);
        bytes = out.toByteArray();
    }

    private static XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void writesOneSheetPerTableNamedByItsNumber() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(9);
            assertThat(workbook.getSheetName(0)).isEqualTo("公开01表");
            assertThat(workbook.getSheetName(8)).isEqualTo("公开09表");
        }
    }

    @Test
    void everyPrintedAmountIsANumberEqualToTheGridFigure() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            for (int t = 0; t < tables.size(); t++) {
                PrintedTable table = tables.get(t);
                Sheet sheet = workbook.getSheetAt(t);
                int first = gridStart(table);
                int checked = 0;
                for (int r = 0; r < table.grid().size(); r++) {
                    for (int c = 0; c < table.columnCount(); c++) {
                        GridCell cell = table.grid().get(r).get(c);
                        if (cell.kind() == GridCell.Kind.AMOUNT && !cell.text().isEmpty()) {
                            Cell written = sheet.getRow(first + r).getCell(c);
                            assertThat(written.getCellType()).isEqualTo(CellType.NUMERIC);
                            assertThat(BigDecimal.valueOf(written.getNumericCellValue())
                                            .setScale(2))
                                    .isEqualByComparingTo(AmountFormat.wan(
                                            cell.printedAmount().orElseThrow()));
                            assertThat(written.getCellStyle().getDataFormatString())
                                    .isEqualTo("0.00");
                            checked++;
                        }
                    }
                }
                if (List.of("T01", "T02", "T05", "T06").contains(table.id())) {
                    assertThat(checked).as(table.id()).isPositive();
                }
            }
        }
    }

    @Test
    void mergesTheHeadersAsPrinted() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet t04 = workbook.getSheet("公开04表");
            int first = gridStart(tables.get(3));
            // 支出 spans the six columns of the expenditure side on the first header row
            assertThat(t04.getMergedRegions()).contains(new CellRangeAddress(first, first, 3, 8));
            // 决算数 spans 小计 and the three funds
            assertThat(t04.getMergedRegions()).contains(new CellRangeAddress(first + 1, first + 1, 5, 8));
            assertThat(t04.getRow(first + 1).getCell(5).getStringCellValue()).isEqualTo("决算数");
        }
    }

    @Test
    void writesTitleUnitNotesAndTheEmptyTableStatement() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet t07 = workbook.getSheet("公开07表");
            assertThat(t07.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024年度政府性基金预算财政拨款收入支出决算表");
            assertThat(t07.getRow(2).getCell(0).getStringCellValue()).isEqualTo("部门：武汉市青山区人民政府国有资产监督管理局（汇总）");
            String last = t07.getRow(t07.getLastRowNum()).getCell(0).getStringCellValue();
            assertThat(last).isEqualTo("本部门2024年度无政府性基金预算财政拨款收入支出。");
        }
    }

    @Test
    void theSameTablesGiveTheSameBytes() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        XlsxTablesRenderer.render(tables, again);
        assertThat(again.toByteArray()).isEqualTo(bytes);
        // the ZIP entries carry no clock time, which would otherwise change the bytes every two seconds
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(StableZip.FIXED_TIME);
            }
        }
    }

    @Test
    void repeatedSheetNamesAreNumberedIgnoringCaseAndKeptWithin31Characters() {
        String long31 = "一二三四五六七八九十".repeat(3) + "甲";
        List<PrintedTable> named =
                List.of(titled("Form"), titled("FORM"), titled(long31), titled(long31), titled("a:b"), titled("a?b"));
        assertThat(XlsxTablesRenderer.sheetNames(named))
                .containsExactly(
                        "Form",
                        "FORM2",
                        long31,
                        long31.substring(0, 30) + "2",
                        // characters a sheet name cannot hold are replaced, which can make names repeat
                        "a b",
                        "a b2");
        // such a workbook opens and shows exactly its (empty) tables
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTablesRenderer.render(named, out);
        assertThat(XlsxProof.check("x.xlsx", out.toByteArray(), named, false)).isEmpty();
    }

    private static PrintedTable titled(String title) {
        return new PrintedTable("F", "", title, "", "", List.of(), 0, List.of(), null);
    }

    /** The number row (if any), the title row and the unit row come before the grid. */
    private static int gridStart(PrintedTable table) {
        return table.number().isEmpty() ? 2 : 3;
    }
}
