package org.juesuan.importer.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.junit.jupiter.api.Test;

class WorkbookRoundTripTest {

    private static Dataset roundTrip(Dataset dataset, Profile profile) {
        Result<Dataset> result = TestWorkbooks.read(TestWorkbooks.write(dataset, profile));
        assertThat(result.issues().toString()).isEmpty();
        return result.value().orElseThrow();
    }

    @Test
    void richDatasetInYuanReadsBackIdentical() {
        Dataset original = SampleDatasets.rich(AmountUnit.YUAN);
        assertThat(TestWorkbooks.yaml(roundTrip(original, TestWorkbooks.HUBEI)))
                .isEqualTo(TestWorkbooks.yaml(original));
    }

    @Test
    void richDatasetInWanYuanReadsBackIdentical() {
        Dataset original = SampleDatasets.rich(AmountUnit.WAN_YUAN);
        String yaml = TestWorkbooks.yaml(original);
        assertThat(yaml).contains("amountUnit: 万元").contains("123.456789");
        assertThat(TestWorkbooks.yaml(roundTrip(original, TestWorkbooks.HUBEI))).isEqualTo(yaml);
    }

    @Test
    void richDatasetReadsBackIdenticalUnderAProfileWithOtherTables() {
        Dataset original = SampleDatasets.rich(AmountUnit.YUAN).withProfile("shanghai-2024");
        assertThat(TestWorkbooks.yaml(roundTrip(original, TestWorkbooks.SHANGHAI)))
                .isEqualTo(TestWorkbooks.yaml(original));
    }

    @Test
    void transcribedExampleReadsBackIdentical() {
        Dataset original = SampleDatasets.example();
        assertThat(TestWorkbooks.yaml(roundTrip(original, TestWorkbooks.HUBEI)))
                .isEqualTo(TestWorkbooks.yaml(original));
    }

    @Test
    void figuresPointAtTheCellsTheyWereReadFrom() {
        Dataset imported = roundTrip(SampleDatasets.rich(AmountUnit.YUAN), TestWorkbooks.HUBEI);
        FunctionLine line = imported.line(ClassCode.of("2010301")).orElseThrow();
        assertThat(line.source().display()).isEqualTo("填报.xlsx!公开02表!A7");
        assertThat(line.spending(Fund.GENERAL_BUDGET, SpendingKind.BASIC)
                        .orElseThrow()
                        .source()
                        .display())
                .isEqualTo("填报.xlsx!公开05表!D7");
        assertThat(line.income().get(IncomeSource.GENERAL_BUDGET).source().display())
                .isEqualTo("填报.xlsx!补充-科目数据!C2");
        assertThat(imported.facts()
                        .amount(UnitFact.NON_FISCAL_BALANCE_USED)
                        .orElseThrow()
                        .source()
                        .display())
                .isEqualTo("填报.xlsx!公开01表!C33");
        assertThat(imported.basicByEconomic()
                        .get(ClassCode.of("31101"))
                        .source()
                        .display())
                .isEqualTo("填报.xlsx!公开06表!C38");
        assertThat(imported.source().display()).isEqualTo("填报.xlsx");
    }

    @Test
    void sameCodeInSeveralSheetsBecomesOneLine() {
        Dataset imported = roundTrip(SampleDatasets.rich(AmountUnit.YUAN), TestWorkbooks.HUBEI);
        FunctionLine line = imported.line(ClassCode.of("2010301")).orElseThrow();
        // 公开02表 (事业收入), 公开05表 (基本支出) and 补充-科目数据 (一般公共预算财政拨款收入, 年初预算, texts)
        assertThat(line.income()).containsKeys(IncomeSource.GENERAL_BUDGET, IncomeSource.BUSINESS);
        assertThat(line.spending(Fund.GENERAL_BUDGET, SpendingKind.BASIC)).isPresent();
        assertThat(line.annualBudgetFigure()).isPresent();
        assertThat(line.purpose()).isNotNull();
    }

    @Test
    void writingTheSameDatasetTwiceGivesTheSameCells() {
        Dataset dataset = SampleDatasets.rich(AmountUnit.YUAN);
        assertThat(cells(TestWorkbooks.write(dataset, TestWorkbooks.HUBEI)))
                .isEqualTo(cells(TestWorkbooks.write(dataset, TestWorkbooks.HUBEI)));
    }

    private static List<String> cells(byte[] workbook) {
        List<String> cells = new ArrayList<>();
        try (Workbook book = TestWorkbooks.open(workbook)) {
            for (Sheet sheet : book) {
                cells.add(sheet.getSheetName() + " " + sheet.getMergedRegions());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.getAddress() + "=" + cell + " "
                                + cell.getCellStyle().getIndex());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cells;
    }
}
