package org.juesuan.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.render.DraftNotice;
import org.juesuan.render.ExampleTables;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * A workbook written from a small table of known shape, read back with POI's spreadsheet model: formats, merged
 * ranges, frozen panes, print setup, the draft marks, column widths and the escaping of text.
 */
class SheetWriterTest {

    /** Two header rows, then a row with a label holding XML's special characters and a control character. */
    private static final String LABEL = "一般公共<&>\"服务\u0001支出";

    private static final String LONG_LABEL = "一二三四五六七八九十".repeat(3);

    private static final PrintedTable TABLE = new PrintedTable(
            "T99",
            "公开99表",
            "测试表",
            "部门：测试单位",
            "单位：万元",
            List.of(
                    List.of(
                            new GridCell("项目", GridCell.Kind.HEADER, 2, 1, null, null, null),
                            new GridCell("金额", GridCell.Kind.HEADER, 1, 2, null, null, null),
                            GridCell.COVERED),
                    List.of(
                            GridCell.COVERED,
                            GridCell.of("本年", GridCell.Kind.HEADER),
                            GridCell.of("上年", GridCell.Kind.HEADER)),
                    List.of(
                            GridCell.of(LABEL, GridCell.Kind.LABEL),
                            new GridCell(
                                    "1234.50",
                                    GridCell.Kind.AMOUNT,
                                    1,
                                    1,
                                    Amount.parse("1234.50", AmountUnit.WAN_YUAN),
                                    "r1",
                                    "c1"),
                            GridCell.of("", GridCell.Kind.AMOUNT)),
                    List.of(
                            GridCell.of(LONG_LABEL, GridCell.Kind.LABEL),
                            GridCell.of("_x0041_ 照录", GridCell.Kind.LABEL),
                            GridCell.of("𠀀", GridCell.Kind.LABEL))),
            2,
            List.of("第一条"),
            null);

    /** A form-like table without a number: its sheet is named by its title. */
    private static final PrintedTable NAMED_BY_TITLE = new PrintedTable(
            "F1",
            "",
            "A&B<表>",
            "",
            "",
            List.of(List.of(GridCell.of("x", GridCell.Kind.LABEL), GridCell.of("y", GridCell.Kind.LABEL))),
            0,
            List.of(),
            "本表无数据。");

    private static byte[] write(List<PrintedTable> tables, boolean draft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTablesRenderer.render(tables, draft, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void headersAreBoldCentredWrappedFilledGreyAndBorderedEvenWhereCovered() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(TABLE), false))) {
            XSSFSheet sheet = book.getSheetAt(0);
            // the number row, the title row and the unit row come first
            for (XSSFCell cell : List.of(
                    sheet.getRow(3).getCell(0),
                    sheet.getRow(3).getCell(2),
                    sheet.getRow(4).getCell(0))) {
                XSSFCellStyle style = cell.getCellStyle();
                XSSFFont font = style.getFont();
                assertThat(font.getBold()).isTrue();
                assertThat(font.getFontName()).isEqualTo("宋体");
                assertThat(font.getFontHeightInPoints()).isEqualTo((short) 11);
                assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(style.getFillForegroundColor()).isEqualTo(IndexedColors.GREY_25_PERCENT.getIndex());
                assertThat(style.getWrapText()).isTrue();
                assertThat(style.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
                assertThinBorders(style);
            }
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("项目");
            assertThat(sheet.getRow(4).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void amountsAreNumbersShownWithTwoDecimalsAndBlankAmountsKeepTheirFormat() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(TABLE), false))) {
            XSSFSheet sheet = book.getSheetAt(0);
            XSSFCell amount = sheet.getRow(5).getCell(1);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(amount.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(amount.getCellStyle().getFont().getBold()).isFalse();
            assertThinBorders(amount.getCellStyle());
            XSSFCell blank = sheet.getRow(5).getCell(2);
            assertThat(blank.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(blank.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThinBorders(blank.getCellStyle());
            XSSFCellStyle label = sheet.getRow(5).getCell(0).getCellStyle();
            assertThat(label.getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
            assertThat(label.getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThinBorders(label);
        }
    }

    @Test
    void theTitleIsSixteenPointBoldOnARowOf24PointsMergedAcross() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(TABLE), false))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(24f);
            XSSFCell title = sheet.getRow(1).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("测试表");
            assertThat(title.getCellStyle().getFont().getBold()).isTrue();
            assertThat(title.getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 16);
            assertThat(title.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("公开99表");
            assertThat(sheet.getRow(0).getCell(2).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("部门：测试单位");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("单位：万元");
        }
    }

    @Test
    void mergesTheTitleTheSpansAndTheNotes() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(TABLE), false))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getMergedRegions())
                    .containsExactlyInAnyOrder(
                            new CellRangeAddress(1, 1, 0, 2), // the title
                            new CellRangeAddress(3, 4, 0, 0), // 项目 over two header rows
                            new CellRangeAddress(3, 3, 1, 2), // 金额 over two columns
                            new CellRangeAddress(7, 7, 0, 2)); // the note
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("注：第一条");
        }
    }

    @Test
    void freezesThePanesUnderTheHeadersAndPrintsLandscapeA4OnePageWide() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(TABLE), false))) {
            XSSFSheet sheet = book.getSheetAt(0);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            // number, title, unit line and two header rows
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getHeader().getCenter()).isEmpty();
        }
    }

    @Test
    void aDraftHasTheRedMarkAboveAndTheHeader草稿OnEveryPage() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(TABLE, NAMED_BY_TITLE), true))) {
            for (int s = 0; s < 2; s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                assertThat(sheet.getHeader().getCenter()).isEqualTo("草稿");
                XSSFCell mark = sheet.getRow(0).getCell(0);
                assertThat(mark.getStringCellValue()).isEqualTo(DraftNotice.TEXT);
                XSSFFont font = mark.getCellStyle().getFont();
                assertThat(font.getBold()).isTrue();
                assertThat(font.getColor()).isEqualTo(IndexedColors.RED.getIndex());
                assertThat(font.getFontHeightInPoints()).isEqualTo((short) 14);
            }
            // everything below moves down a row, the frozen panes too
            assertThat(book.getSheetAt(0).getRow(2).getHeightInPoints()).isEqualTo(24f);
            assertThat(book.getSheetAt(0).getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 6);
        }
    }

    @Test
    void columnsAreAsWideAsTheirLongestBodyTextCountingCjkTwiceWithinSixAnd48() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(TABLE), false))) {
            XSSFSheet sheet = book.getSheetAt(0);
            // 30 CJK characters make 62 columns, more than the widest allowed
            assertThat(sheet.getColumnWidth(0)).isEqualTo(48 * 256);
            // "_x0041_ 照录": 8 narrow characters and 2 wide ones, plus 2
            assertThat(sheet.getColumnWidth(1)).isEqualTo((8 + 4 + 2) * 256);
            // a surrogate pair counts as two wide halves; headers are not counted
            assertThat(sheet.getColumnWidth(2)).isEqualTo((2 + 2 + 2) * 256);
        }
    }

    @Test
    void escapesTextDropsWhatXmlCannotCarryAndKeepsLiteralCharacterEscapes() throws IOException {
        try (XSSFWorkbook book = read(write(List.of(TABLE, NAMED_BY_TITLE), false))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("一般公共<&>\"服务支出");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo(LONG_LABEL);
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("_x0041_ 照录");
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("𠀀");
            assertThat(book.getSheetName(1)).isEqualTo("A&B<表>");
            XSSFSheet form = book.getSheetAt(1);
            assertThat(form.getRow(0).getCell(0).getStringCellValue()).isEqualTo("A&B<表>");
            assertThat(form.getRow(form.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("本表无数据。");
        }
    }

    @Test
    void theOwnProofReadsWhatTheModelOfPoiReads() {
        // the literal _x0041_ and the surrogate pair survive; the control character cannot be written at all
        List<PrintedTable> tables = List.of(TABLE, NAMED_BY_TITLE);
        assertThat(XlsxProof.check("t.xlsx", write(tables, false), tables, false))
                .singleElement()
                .satisfies(mismatch -> {
                    assertThat(mismatch.place()).isEqualTo("t.xlsx!公开99表!A6");
                    assertThat(mismatch.shown()).isEqualTo("一般公共<&>\"服务支出");
                });
    }

    @Test
    void theSheetsTheWorkbookAndTheSharedStringsAreValidAgainstTheSpreadsheetSchema() throws Exception {
        List<PrintedTable> tables = new ArrayList<>(ExampleTables.printed(ExampleTables.dataset(), "hubei-2024"));
        tables.add(TABLE);
        tables.add(NAMED_BY_TITLE);
        int validated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(write(tables, true)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                XmlObject part = parse(entry.getName(), new ByteArrayInputStream(zip.readAllBytes()));
                if (part != null) {
                    List<XmlError> errors = new ArrayList<>();
                    boolean valid = part.validate(new XmlOptions().setErrorListener(errors));
                    assertThat(errors).as(entry.getName()).isEmpty();
                    assertThat(valid).as(entry.getName()).isTrue();
                    validated++;
                }
            }
        }
        // the worksheets, the workbook and the shared strings; the style sheet cannot be validated here, as the schema
        // types POI ships leave out some of its elements (cell styles), but its content is read back above
        assertThat(validated).isEqualTo(tables.size() + 2);
    }

    private static XmlObject parse(String name, InputStream part) throws Exception {
        if (name.startsWith("xl/worksheets/")) {
            return WorksheetDocument.Factory.parse(part);
        }
        switch (name) {
            case "xl/workbook.xml":
                return WorkbookDocument.Factory.parse(part);
            case "xl/sharedStrings.xml":
                return SstDocument.Factory.parse(part);
            default:
                return null;
        }
    }

    private static void assertThinBorders(XSSFCellStyle style) {
        assertThat(List.of(
                        style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(), style.getBorderRight()))
                .containsOnly(BorderStyle.THIN);
    }
}
