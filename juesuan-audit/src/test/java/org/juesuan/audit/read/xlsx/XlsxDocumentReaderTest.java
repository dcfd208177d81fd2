package org.juesuan.audit.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.audit.read.example.PrintedGrids;
import org.juesuan.audit.read.example.RenderedExample;
import org.juesuan.audit.read.example.RoundTrip;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class XlsxDocumentReaderTest {

    private static final XlsxDocumentReader READER = new XlsxDocumentReader();

    /** The example's workbook rendered once, and read once. */
    private static final class Example {
        static final byte[] XLSX = RenderedExample.xlsx();
        static final PublishedDocument READ = read("决算.xlsx", XLSX);
    }

    private static PublishedDocument read(String name, byte[] xlsx) {
        try {
            return READER.read(name, xlsx);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Nested
    class RoundTripOfTheExample {

        @Test
        void readsEveryCellOfEverySheetInItsPrintedRowAndColumn() {
            List<PrintedTable> sheets = RenderedExample.sheets();
            assertThat(sheets.size()).isGreaterThan(RenderedExample.tables().size());
            RoundTrip.assertEveryTableReadCellForCell(Example.READ, sheets);
        }

        @Test
        void pointsEveryCellAtTheWorkbookCellThatShowsIt() throws IOException {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            int checked = 0;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Example.XLSX))) {
                for (Block block : Example.READ.blocks()) {
                    if (!(block instanceof TableBlock table)) {
                        continue;
                    }
                    for (TableBlock.Row row : table.rows()) {
                        for (TableBlock.Cell cell : row.cells()) {
                            SourceRef.Cell at = (SourceRef.Cell) cell.source();
                            assertThat(at.file()).isEqualTo("决算.xlsx");
                            if (cell.text().isEmpty()) {
                                continue;
                            }
                            Row sheetRow = workbook.getSheet(at.sheet()).getRow(at.row());
                            String shown = formatter.formatCellValue(sheetRow.getCell(at.column()));
                            assertThat(PrintedGrids.normalise(shown))
                                    .as(at.display())
                                    .isEqualTo(cell.text());
                            assertThat(at.column()).isEqualTo(cell.column());
                            checked++;
                        }
                    }
                }
            }
            assertThat(checked).isGreaterThan(500);
        }

        @Test
        void readsTheTitleLinesAboveATableAndTheNotesAndStatementBelowIt() {
            PrintedTable empty = RenderedExample.tables().stream()
                    .filter(table -> table.emptyStatement().isPresent())
                    .findFirst()
                    .orElseThrow();
            List<String> texts = new ArrayList<>();
            String sheet = null;
            for (Block block : Example.READ.blocks()) {
                SourceRef.Cell at = (SourceRef.Cell) block.source();
                if (block instanceof TextBlock text && text.text().equals(empty.title())) {
                    sheet = at.sheet();
                }
                if (sheet != null && at.sheet().equals(sheet)) {
                    texts.add(block instanceof TextBlock text ? text.text() : "[表格]");
                }
            }
            List<String> expected =
                    new ArrayList<>(List.of(empty.title(), empty.unitLine() + " " + empty.amountUnitLine(), "[表格]"));
            for (String note : empty.notes()) {
                expected.add("注：" + note);
            }
            expected.add(empty.emptyStatement().orElseThrow());
            assertThat(texts).containsExactlyElementsOf(expected);
        }
    }

    @Nested
    class CellsAsShown {

        @Test
        void readsMergedRegionsAsSpansWithEmptyCellsBelowAndFiguresAsFormatted() throws Exception {
            byte[] xlsx = workbook(book -> {
                Sheet sheet = book.createSheet("公开05表");
                CellStyle boxed = book.createCellStyle();
                boxed.setBorderBottom(BorderStyle.THIN);
                CellStyle money = book.createCellStyle();
                money.cloneStyleFrom(boxed);
                money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
                text(sheet, 0, 0, "2024年度一般公共预算财政拨款支出决算表", null);
                text(sheet, 1, 0, "项目", boxed);
                text(sheet, 1, 2, "本年支出", boxed);
                text(sheet, 2, 2, "基本支出", boxed);
                text(sheet, 2, 3, "项目支出", boxed);
                text(sheet, 3, 0, "合计", boxed);
                sheet.getRow(3).createCell(2).setCellValue(1234.5);
                sheet.getRow(3).getCell(2).setCellStyle(money);
                Cell formula = sheet.getRow(3).createCell(3);
                formula.setCellFormula("C4*2");
                formula.setCellStyle(money);
                sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 1));
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 1));
                book.getCreationHelper().createFormulaEvaluator().evaluateAll();
                text(sheet, 4, 0, "注：本表反映部门本年度一般公共预算财政拨款支出情况。", null);
            });
            PublishedDocument read = READER.read("手工.xlsx", xlsx);
            assertThat(read.blocks()).hasSize(4);
            assertThat(((TextBlock) read.blocks().get(0)).text()).isEqualTo("公开05表");
            assertThat(((TextBlock) read.blocks().get(1)).text()).isEqualTo("2024年度一般公共预算财政拨款支出决算表");
            TableBlock table = (TableBlock) read.blocks().get(2);
            assertThat(PrintedGrids.read(table))
                    .containsExactly(
                            "0+2:项目 | 2+2:本年支出", "0+2: | 2+1:基本支出 | 3+1:项目支出", "0+2:合计 | 2+1:1,234.50 | 3+1:2,469.00");
            assertThat(table.rows().get(2).cells().get(1).source()).isEqualTo(SourceRef.cell("手工.xlsx", "公开05表", 3, 2));
            assertThat(read.blocks().get(3).source()).isEqualTo(SourceRef.cell("手工.xlsx", "公开05表", 4, 0));
        }

        @Test
        void findsTheTableOfASheetWithoutBordersByItsFilledRows() throws Exception {
            byte[] xlsx = workbook(book -> {
                Sheet sheet = book.createSheet("表");
                text(sheet, 0, 0, "2024年度收入决算表", null);
                text(sheet, 1, 0, "部门：某局", null);
                text(sheet, 1, 3, "单位：万元", null);
                String[][] rows = {
                    {"科目编码", "科目名称", "本年收入合计", "财政拨款收入"},
                    {"201", "一般公共服务支出", "264.68", "264.68"},
                    {"合计", "", "265.19", "265.19"}
                };
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < rows[r].length; c++) {
                        if (!rows[r][c].isEmpty()) {
                            text(sheet, r + 2, c, rows[r][c], null);
                        }
                    }
                }
                text(sheet, 6, 0, "本表反映部门本年度取得的各项收入情况。", null);
            });
            PublishedDocument read = READER.read("无框线.xlsx", xlsx);
            List<String> kinds = new ArrayList<>();
            for (Block block : read.blocks()) {
                kinds.add(
                        block instanceof TextBlock text
                                ? text.text()
                                : PrintedGrids.read((TableBlock) block).toString());
            }
            assertThat(kinds)
                    .containsExactly(
                            "表",
                            "2024年度收入决算表",
                            "部门：某局 单位：万元",
                            "[0+1:科目编码 | 1+1:科目名称 | 2+1:本年收入合计 | 3+1:财政拨款收入, "
                                    + "0+1:201 | 1+1:一般公共服务支出 | 2+1:264.68 | 3+1:264.68, "
                                    + "0+1:合计 | 1+1: | 2+1:265.19 | 3+1:265.19]",
                            "本表反映部门本年度取得的各项收入情况。");
        }

        @Test
        void leavesOutHiddenSheets() throws Exception {
            byte[] xlsx = workbook(book -> {
                text(book.createSheet("公开01表"), 0, 0, "公开", null);
                text(book.createSheet("底稿"), 0, 0, "内部", null);
                book.setSheetHidden(1, true);
            });
            List<String> texts = new ArrayList<>();
            for (Block block : READER.read("隐藏.xlsx", xlsx).blocks()) {
                texts.add(((TextBlock) block).text());
            }
            assertThat(texts).containsExactly("公开01表", "公开");
        }
    }

    @Nested
    class Unreadable {

        @Test
        void reportsAnOldExcelFile() throws IOException {
            ByteArrayOutputStream xls = new ByteArrayOutputStream();
            try (HSSFWorkbook book = new HSSFWorkbook()) {
                book.createSheet("公开01表");
                book.write(xls);
            }
            assertThatThrownBy(() -> READER.read("旧版.xls", xls.toByteArray()))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此文件是旧版Excel格式（.xls）或已加密，无法审查；请另存为未加密的.xlsx文件");
        }

        @Test
        void reportsAnOfficeFileThatIsNoWorkbook() {
            assertThatThrownBy(() -> READER.read("文.xlsx", RenderedExample.docx()))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此文件不是Excel文件（没有工作簿），无法审查");
        }

        @Test
        void refusesAZipBombWithoutInflatingIt() throws IOException {
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 64; i++) {
                    zip.write(spaces);
                }
                zip.closeEntry();
            }
            assertThat(bomb.size()).isLessThan(1 << 20);
            assertThatThrownBy(() -> READER.read("炸弹.xlsx", bomb.toByteArray()))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此文件不是可读的Excel文件（格式不符或文件已损坏），无法审查")
                    .hasStackTraceContaining("Zip bomb");
        }

        @Test
        void reportsAnEmptyFile() {
            assertThatThrownBy(() -> READER.read("空.xlsx", new byte[0]))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("文件为空（0字节），无法审查");
        }
    }

    private interface Filler {
        void fill(XSSFWorkbook book);
    }

    private static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            filler.fill(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void text(Sheet sheet, int row, int column, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
