package org.juesuan.importer.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.issue.Result;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.Deriver;
import org.junit.jupiter.api.Test;

class WorkbookTemplateTest {

    private static final byte[] HUBEI = TestWorkbooks.template(TestWorkbooks.HUBEI, AmountUnit.YUAN);

    private static String text(Sheet sheet, String address) {
        Cell cell = TestWorkbooks.cell(sheet, address);
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "";
    }

    private static boolean grey(Sheet sheet, String address) {
        return TestWorkbooks.cell(sheet, address).getCellStyle().getFillForegroundColor()
                == IndexedColors.GREY_25_PERCENT.getIndex();
    }

    private static boolean merged(Sheet sheet, String range) {
        return sheet.getMergedRegions().stream()
                .anyMatch(r -> r.formatAsString().equals(range));
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : sheet.getRow(index)) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void sheetsComeInWorkbookOrder() {
        try (Workbook book = TestWorkbooks.open(HUBEI)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "说明", "单位信息", "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表",
                            "公开09表", "补充-科目数据", "补充-单位数据", "绩效自评", "重点工作", "原文所列数");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyTableOfEveryProfileHasASheetWithItsPrintedHeaders() throws Exception {
        for (Profile profile : List.of(TestWorkbooks.HUBEI, TestWorkbooks.SHANGHAI)) {
            UnitInfo unit = new UnitInfo(
                    "",
                    "",
                    "",
                    GovernmentLevel.CITY,
                    "",
                    Scope.OWN,
                    profile.fiscalYear(),
                    null,
                    List.of(),
                    "",
                    List.of());
            Dataset empty = new Dataset(
                    SourceRef.NONE,
                    unit,
                    profile.id(),
                    AmountUnit.YUAN,
                    List.of(),
                    Map.of(),
                    UnitFacts.NONE,
                    null,
                    List.of(),
                    KeyWork.NONE,
                    Published.NONE);
            try (Workbook book = TestWorkbooks.open(TestWorkbooks.template(profile, AmountUnit.WAN_YUAN))) {
                for (TableDefinition table : profile.tables()) {
                    String name = table.number().isEmpty() ? table.title() : table.number();
                    Sheet sheet = book.getSheet(name);
                    assertThat(sheet).as(profile.id() + " " + name).isNotNull();
                    PrintedTable printed = TableLayout.layout(Deriver.derive(profile, table, empty), profile, unit);
                    for (int r = 0; r < printed.headerRows(); r++) {
                        for (int c = 0; c < printed.columnCount(); c++) {
                            GridCell cell = printed.grid().get(r).get(c);
                            if (cell.isCovered()) {
                                continue;
                            }
                            Row row = sheet.getRow(2 + r);
                            assertThat(row.getCell(c).getStringCellValue())
                                    .as(name + " header " + r + "," + c)
                                    .isEqualTo(cell.text());
                            if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                                String range = new CellRangeAddress(
                                                2 + r, 1 + r + cell.rowSpan(), c, c + cell.colSpan() - 1)
                                        .formatAsString();
                                assertThat(merged(sheet, range))
                                        .as(name + " " + range)
                                        .isTrue();
                            }
                        }
                    }
                    assertThat(text(sheet, "A1")).endsWith(table.title());
                }
            }
        }
    }

    @Test
    void table05HasTheHeadersOfThePrintedTable() throws Exception {
        try (Workbook book = TestWorkbooks.open(HUBEI)) {
            Sheet sheet = book.getSheet("公开05表");
            assertThat(text(sheet, "A1")).isEqualTo("2024年度一般公共预算财政拨款支出决算表");
            assertThat(text(sheet, "E2")).isEqualTo("单位：元");
            assertThat(text(sheet, "A3")).isEqualTo("项目");
            assertThat(merged(sheet, "A3:B3")).isTrue();
            assertThat(text(sheet, "C3")).isEqualTo("本年支出");
            assertThat(merged(sheet, "C3:E3")).isTrue();
            assertThat(row(sheet, 3)).containsExactly("功能分类科目编码", "科目名称", "小计", "基本支出", "项目支出");
            assertThat(row(sheet, 4)).containsExactly("栏次", "", "1", "2", "3");
            assertThat(text(sheet, "A6")).isEqualTo("合计");
            assertThat(TestWorkbooks.cell(sheet, "D6").getCellFormula()).isEqualTo("SUM(D7:D26)");
        }
    }

    @Test
    void inputCellsAreWhiteAndComputedCellsGrey() throws Exception {
        try (Workbook book = TestWorkbooks.open(HUBEI)) {
            Sheet table01 = book.getSheet("公开01表");
            assertThat(text(table01, "A33")).startsWith("使用非财政拨款结余");
            assertThat(grey(table01, "C33")).isFalse(); // fact(balances.nonFiscalUsed)
            assertThat(grey(table01, "F33")).isFalse(); // fact(balances.distribution)
            assertThat(grey(table01, "C6")).isTrue(); // income of one source, but not at a 项
            assertThat(grey(table01, "C34")).isTrue(); // opening of every fund
            Sheet table03 = book.getSheet("公开03表");
            assertThat(grey(table03, "D7")).isTrue(); // 基本支出 of four funds
            assertThat(grey(table03, "F7")).isFalse(); // 上缴上级支出: only 非财政拨款 can be remitted
            Sheet table09 = book.getSheet("公开09表");
            assertThat(grey(table09, "A7")).isTrue();
            assertThat(grey(table09, "B7")).isFalse();
        }
    }

    @Test
    void lineSupplementListsTheFiguresNoTableHolds() throws Exception {
        try (Workbook book = TestWorkbooks.open(HUBEI)) {
            assertThat(row(book.getSheet("补充-科目数据"), 0))
                    .containsExactly(
                            "功能分类科目编码",
                            "科目名称",
                            "一般公共预算财政拨款收入",
                            "国有资本经营预算财政拨款收入",
                            "非财政拨款基本支出",
                            "非财政拨款项目支出",
                            "年初预算",
                            "主要用途",
                            "预决算差异原因");
        }
        // in shanghai-2024, 公开08表's counterpart holds 国有资本经营预算 income and balances
        try (Workbook book = TestWorkbooks.open(TestWorkbooks.template(TestWorkbooks.SHANGHAI, AmountUnit.YUAN))) {
            assertThat(row(book.getSheet("补充-科目数据"), 0))
                    .contains("一般公共预算财政拨款收入", "年初预算")
                    .doesNotContain("国有资本经营预算财政拨款收入", "一般公共预算财政拨款基本支出");
        }
    }

    @Test
    void factSupplementListsEveryUnitFactNoTableHoldsWithEmptyValues() throws Exception {
        List<String> expected = new ArrayList<>();
        for (UnitFact fact : UnitFact.values()) {
            if (!fact.key().startsWith("threePublic.budget.")
                            && !fact.key().startsWith("threePublic.actual.")
                            && fact != UnitFact.NON_FISCAL_BALANCE_USED
                            && fact != UnitFact.SURPLUS_DISTRIBUTION
                    || fact == UnitFact.THREE_PUBLIC_FOREIGN_RECEPTION) {
                expected.add(fact.key());
            }
        }
        try (Workbook book = TestWorkbooks.open(HUBEI)) {
            Sheet sheet = book.getSheet("补充-单位数据");
            List<String> keys = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                keys.add(sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(2).toString()).isEmpty();
            }
            assertThat(keys).containsExactlyElementsOf(expected).contains("balances.opening.generalBudget");
        }
    }

    @Test
    void untouchedTemplateWithUnitInformationReadsAsAnEmptyDataset() {
        Result<Dataset> result = TestWorkbooks.read(TestWorkbooks.edit(HUBEI, WorkbookTemplateTest::fillUnit));
        assertThat(result.issues().toString()).isEmpty();
        Dataset dataset = result.value().orElseThrow();
        assertThat(dataset.lines()).isEmpty();
        assertThat(dataset.basicByEconomic()).isEmpty();
        assertThat(dataset.overall()).isEmpty();
        assertThat(dataset.unit().shortName()).isEqualTo("青山区某局");
    }

    @Test
    void templateFilledByAClerkReadsAsTheFactsTyped() {
        Result<Dataset> result = TestWorkbooks.read(TestWorkbooks.edit(HUBEI, book -> {
            fillUnit(book);
            Sheet table05 = book.getSheet("公开05表");
            TestWorkbooks.cell(table05, "A9").setCellValue("2010301");
            TestWorkbooks.cell(table05, "D9").setCellValue(1000.5);
            Sheet table06 = book.getSheet("公开06表");
            TestWorkbooks.cell(table06, TestWorkbooks.find(table06, "30201").replace("D", "F"))
                    .setCellValue(12.34);
            Sheet lines = book.getSheet("补充-科目数据");
            TestWorkbooks.cell(lines, "A2").setCellValue(2010301); // typed as a number
            TestWorkbooks.cell(lines, "G2").setCellValue("1200");
        }));
        assertThat(result.issues().toString()).isEmpty();
        Dataset dataset = result.value().orElseThrow();
        assertThat(dataset.lines()).hasSize(1);
        assertThat(dataset.lines()
                        .get(0)
                        .spending(Fund.GENERAL_BUDGET, SpendingKind.BASIC)
                        .orElseThrow()
                        .amount())
                .isEqualTo(Amount.parse("1000.50"));
        assertThat(dataset.lines().get(0).annualBudgetFigure().orElseThrow().amount())
                .isEqualTo(Amount.parse("1200"));
        assertThat(dataset.basicByEconomic()).containsOnlyKeys(ClassCode.of("30201"));
    }

    private static void fillUnit(Workbook book) {
        Sheet unit = book.getSheet("单位信息");
        TestWorkbooks.cell(unit, "B2").setCellValue("武汉市青山区某局");
        TestWorkbooks.cell(unit, "B3").setCellValue("青山区某局");
        TestWorkbooks.cell(unit, "B4").setCellValue("湖北省武汉市青山区");
        TestWorkbooks.cell(unit, "B5").setCellValue("区");
        TestWorkbooks.cell(unit, "B7").setCellValue("本级");
    }
}
