package org.juesuan.importer.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems in a filled workbook, each injected into a workbook written from the rich sample (公开05表 lists 2010301 in
 * row 7 and 2010302 in row 8) and reported at its cell.
 */
class WorkbookImportErrorsTest {

    private static final byte[] FILLED = TestWorkbooks.write(SampleDatasets.rich(AmountUnit.YUAN), TestWorkbooks.HUBEI);

    private static Result<Dataset> readEdited(Consumer<Workbook> change) {
        return TestWorkbooks.read(TestWorkbooks.edit(FILLED, change));
    }

    /** Asserts the import failed with exactly one error and returns it. */
    private static Issue onlyError(Result<Dataset> result) {
        assertThat(result.value()).isEmpty();
        List<Issue> errors = result.issues().sorted().stream()
                .filter(i -> i.severity() == Severity.ERROR)
                .collect(Collectors.toList());
        assertThat(errors).as(result.issues().toString()).hasSize(1);
        return errors.get(0);
    }

    private static Consumer<Workbook> set(String sheet, String address, String text) {
        return book -> TestWorkbooks.cell(book.getSheet(sheet), address).setCellValue(text);
    }

    @Nested
    class Amounts {

        @Test
        void textInAnAmountCellIsAnErrorQuotingTheText() {
            Issue error = onlyError(readEdited(set("公开05表", "D7", "一百二十万")));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!公开05表!D7");
            assertThat(error.message()).contains("“一百二十万”不是金额");
        }

        @Test
        void threeDecimalsInYuanIsAnErrorNotARounding() {
            Issue error = onlyError(readEdited(
                    book -> TestWorkbooks.cell(book.getSheet("公开05表"), "D7").setCellValue(1200000.555)));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!公开05表!D7");
            assertThat(error.message()).contains("1200000.555").contains("小数位超过2位");
        }

        @Test
        void amountTypedAsTextWithGroupingIsRead() {
            Result<Dataset> result = readEdited(set("公开05表", "D7", "1,200,000.55"));
            assertThat(result.issues().toString()).isEmpty();
            assertThat(result.value()
                            .orElseThrow()
                            .line(ClassCode.of("2010301"))
                            .orElseThrow()
                            .spending(Fund.GENERAL_BUDGET, SpendingKind.BASIC)
                            .orElseThrow()
                            .amount())
                    .isEqualTo(Amount.parse("1200000.55"));
        }

        @Test
        void formulaInAnInputCellGivesItsResult() {
            Result<Dataset> result = readEdited(book -> {
                TestWorkbooks.cell(book.getSheet("公开05表"), "D7").setCellFormula("1000000.2+200000.35");
                XSSFFormulaEvaluator.evaluateAllFormulaCells((org.apache.poi.xssf.usermodel.XSSFWorkbook) book);
            });
            assertThat(result.issues().toString()).isEmpty();
            assertThat(result.value()
                            .orElseThrow()
                            .line(ClassCode.of("2010301"))
                            .orElseThrow()
                            .spending(Fund.GENERAL_BUDGET, SpendingKind.BASIC)
                            .orElseThrow()
                            .amount())
                    .isEqualTo(Amount.parse("1200000.55"));
        }

        @Test
        void anotherNumberInAComputedCellIsOnlyAWarning() {
            Result<Dataset> result = readEdited(book -> {
                org.apache.poi.ss.usermodel.Cell subtotal = TestWorkbooks.cell(book.getSheet("公开05表"), "C7");
                subtotal.setBlank(); // typing over the formula
                subtotal.setCellValue(1.0);
            });
            assertThat(result.isClean()).isTrue();
            List<Issue> issues = result.issues().sorted();
            assertThat(issues).hasSize(1);
            assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(issues.get(0).where().display()).isEqualTo("填报.xlsx!公开05表!C7");
            assertThat(issues.get(0).message()).contains("1.00 元").contains("应为 1200000.55 元");
        }
    }

    @Nested
    class Codes {

        @Test
        void unknownCodeIsAnError() {
            Issue error = onlyError(readEdited(set("公开05表", "A8", "2010398")));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!公开05表!A8");
            assertThat(error.message()).isEqualTo("2024 年支出功能分类科目中没有 2010398");
        }

        @Test
        void nameThatIsNotTheCatalogsIsAnErrorAtTheNameCell() {
            Issue error = onlyError(readEdited(set("公开05表", "B7", "一般行政管理事务")));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!公开05表!B7");
            assertThat(error.message()).contains("2010301 的名称应为“行政运行”，实为“一般行政管理事务”");
        }

        @Test
        void fiveDigitCodeIsAnErrorSayingTotalsAreComputed() {
            Issue error = onlyError(readEdited(set("公开05表", "A8", "20103")));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!公开05表!A8");
            assertThat(error.message())
                    .contains("项级科目（7 位编码）")
                    .contains("20103 是款级科目")
                    .contains("汇总");
        }

        @Test
        void sameCodeTwiceInASheetIsAnErrorCitingTheFirst() {
            Issue error = onlyError(readEdited(set("公开05表", "A8", "2010301")));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!公开05表!A8");
            assertThat(error.message()).contains("2010301 在本表重复（首次出现于 填报.xlsx!公开05表!A7）");
        }
    }

    @Test
    void sameFactInTwoPlacesIsAnErrorCitingTheFirst() {
        Issue error = onlyError(readEdited(book -> {
            Sheet facts = book.getSheet("补充-单位数据");
            Row row = facts.createRow(facts.getLastRowNum() + 1);
            row.createCell(0).setCellValue("threePublic.actual.reception");
            row.createCell(2).setCellValue(1.0);
        }));
        assertThat(error.where()).isInstanceOf(SourceRef.Cell.class);
        assertThat(((SourceRef.Cell) error.where()).sheet()).isEqualTo("补充-单位数据");
        assertThat(error.message()).contains("公务接待费决算数").contains("已在 填报.xlsx!公开09表!L7 填写");
    }

    @Test
    void publishedRowWithAndWithoutColumnsIsAnError() {
        // the sample lists T05 合计 with no 栏 in row 4 of 原文所列数; a second T05 合计 cell with a 栏 contradicts it
        Issue error = onlyError(readEdited(book -> {
            Sheet published = book.getSheet("原文所列数");
            published.shiftRows(5, published.getLastRowNum(), 1);
            Row row = published.createRow(5);
            row.createCell(0).setCellValue("T05");
            row.createCell(1).setCellValue("合计");
            row.createCell(2).setCellValue("1");
            row.createCell(3).setCellValue(1.0);
        }));
        assertThat(error.where().display()).isEqualTo("填报.xlsx!原文所列数!C6");
        assertThat(error.message()).contains("T05 合计").contains("填报.xlsx!原文所列数!C4");
    }

    @Test
    void corruptFileIsOneErrorAtTheFileAndNoException(@TempDir Path directory) throws Exception {
        byte[] noise = new byte[4096];
        new Random(20240101L).nextBytes(noise);
        Path file = directory.resolve("坏文件.xlsx");
        Files.write(file, noise);
        Result<Dataset> result = new WorkbookImporter(TestWorkbooks.CATALOGS).read(file, "坏文件.xlsx");
        assertThat(result.value()).isEmpty();
        assertThat(result.issues().sorted()).hasSize(1);
        Issue error = result.issues().sorted().get(0);
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        assertThat(error.where()).isEqualTo(SourceRef.file("坏文件.xlsx"));
        assertThat(error.message()).contains(".xlsx");
    }

    @Test
    void zipThatIsNotAWorkbookIsOneErrorAtTheFile() {
        byte[] zip = {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Result<Dataset> result =
                new WorkbookImporter(TestWorkbooks.CATALOGS).read(new ByteArrayInputStream(zip), "空.xlsx");
        assertThat(onlyError(result).where()).isEqualTo(SourceRef.file("空.xlsx"));
    }

    @Nested
    class Structure {

        @Test
        void missingTableSheetIsAnErrorAtTheWorkbook() {
            Issue error = onlyError(readEdited(book -> book.removeSheetAt(book.getSheetIndex("公开05表"))));
            assertThat(error.where()).isEqualTo(SourceRef.file("填报.xlsx"));
            assertThat(error.message()).isEqualTo("缺少工作表“公开05表”");
        }

        @Test
        void missingRequiredFieldIsAnErrorAtTheSheet() {
            Issue error = onlyError(readEdited(book -> {
                Sheet unit = book.getSheet("单位信息");
                unit.removeRow(unit.getRow(1)); // 单位名称
            }));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!单位信息!A1");
            assertThat(error.message()).contains("单位名称");
        }

        @Test
        void unknownProfileIsAnErrorAtItsCell() {
            Issue error = onlyError(readEdited(book -> {
                Sheet unit = book.getSheet("单位信息");
                TestWorkbooks.cell(unit, TestWorkbooks.find(unit, "hubei-2024")).setCellValue("mars-2024");
            }));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!单位信息!B10");
            assertThat(error.message()).contains("mars-2024");
        }

        @Test
        void rowInsertedIntoAFixedTableIsAnError() {
            Issue error = onlyError(readEdited(book -> {
                Sheet sheet = book.getSheet("公开01表");
                sheet.shiftRows(10, sheet.getLastRowNum(), 1);
            }));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!公开01表!A11");
            assertThat(error.message()).contains("此处应为“六、经营收入”").contains("不能插入");
        }

        @Test
        void changedHeaderIsAnError() {
            Issue error = onlyError(readEdited(set("公开05表", "D4", "人员支出")));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!公开05表!D4");
            assertThat(error.message()).contains("表头应为“基本支出”，实为“人员支出”");
        }

        @Test
        void unknownSupplementColumnIsAnErrorWhenStrictAndAWarningWhenLenient() {
            byte[] edited = TestWorkbooks.edit(FILLED, book -> {
                Sheet lines = book.getSheet("补充-科目数据");
                int column = lines.getRow(0).getLastCellNum();
                lines.getRow(0).createCell(column).setCellValue("备注");
                lines.getRow(1).createCell(column).setCellValue("随便写写");
            });
            Issue error = onlyError(TestWorkbooks.read(edited));
            assertThat(error.where().display()).isEqualTo("填报.xlsx!补充-科目数据!M1");
            assertThat(error.message()).contains("无法识别的列“备注”");
            Result<Dataset> lenient = new WorkbookImporter(TestWorkbooks.CATALOGS, TestWorkbooks.PROFILES::load)
                    .withStrictness(WorkbookImporter.Strictness.LENIENT)
                    .read(new ByteArrayInputStream(edited), TestWorkbooks.NAME);
            assertThat(lenient.isClean()).isTrue();
            assertThat(lenient.issues().sorted()).extracting(Issue::severity).containsExactly(Severity.WARNING);
        }
    }
}
