package org.juesuan.importer.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.performance.Scorecard;
import org.juesuan.core.performance.Scorer;
import org.juesuan.core.performance.ScoringLoader;
import org.junit.jupiter.api.Test;

/**
 * Self-evaluation forms entered in the workbook: the scoring findings point at the cell holding the value they are
 * about, and a qualitative indicator's achievement (完成情况) is read from its column.
 */
class WorkbookPerformancePositionsTest {

    private static Scorecard score(Dataset dataset) {
        return Scorer.score(ScoringLoader.load(TestWorkbooks.HUBEI).value().orElseThrow(), dataset);
    }

    /** Returns the row (from 1) of every indicator row whose 三级指标 (column G) is {@code name}. */
    private static List<Integer> rows(Sheet sheet, String name) {
        List<Integer> rows = new java.util.ArrayList<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(6) != null && name.equals(row.getCell(6).getStringCellValue())) {
                rows.add(row.getRowNum() + 1);
            }
        }
        return rows;
    }

    @Test
    void aUnitMismatchPointsAtTheActualValueCell() {
        byte[] workbook = TestWorkbooks.write(SampleDatasets.example(), TestWorkbooks.HUBEI);
        Dataset imported = TestWorkbooks.read(workbook).value().orElseThrow();
        List<Integer> rows;
        try (var book = TestWorkbooks.open(workbook)) {
            rows = rows(book.getSheet(WorkbookLayout.PERFORMANCE), "走访服务驻区大企业大单位");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(rows).hasSize(2);
        // column I is 实际完成值
        assertThat(score(imported).issues().sorted())
                .filteredOn(i -> i.code().equals("PERFORMANCE_UNIT_MISMATCH"))
                .extracting(i -> i.where().display())
                .containsExactly(
                        TestWorkbooks.NAME + "!" + WorkbookLayout.PERFORMANCE + "!I" + rows.get(0),
                        TestWorkbooks.NAME + "!" + WorkbookLayout.PERFORMANCE + "!I" + rows.get(1));
        // the 10-point goal header at its 目标分值 cell (column D)
        assertThat(score(imported).issues().sorted())
                .filteredOn(i -> i.code().equals("PERFORMANCE_GOAL_POINTS"))
                .extracting(Issue::where)
                .allSatisfy(where -> assertThat(where.display()).matches(".*!D[0-9]+"));
    }

    @Test
    void readsTheAchievementOfAQualitativeIndicator() {
        byte[] workbook = TestWorkbooks.write(SampleDatasets.example(), TestWorkbooks.HUBEI);
        // the qualitative indicator of project 2: actual value changed so it no longer equals its target, with an
        // achievement of 部分达成 and a score inside that tier (50%–80% of 10)
        byte[] edited = TestWorkbooks.edit(workbook, book -> {
            Sheet sheet = book.getSheet(WorkbookLayout.PERFORMANCE);
            int row = rows(sheet, "服务驻区大企业、大单位，协调推进全区重点项目、重点工作").get(1);
            TestWorkbooks.cell(sheet, "I" + row).setCellValue("基本及时");
            TestWorkbooks.cell(sheet, "J" + row).setCellValue(10);
            TestWorkbooks.cell(sheet, "K" + row).setCellValue(6);
            TestWorkbooks.cell(sheet, "L" + row).setCellValue("部分达成");
        });
        Dataset imported = TestWorkbooks.read(edited).value().orElseThrow();
        var indicator =
                imported.projectEvaluations().get(1).goals().get(0).indicators().get(3);
        assertThat(indicator.achievementText()).contains("部分达成");
        var scored =
                score(imported).projects().get(1).goals().get(0).indicators().get(3);
        assertThat(scored.tier().name()).isEqualTo("部分达成");
        assertThat(scored.scoreValue()).contains(new java.math.BigDecimal("6.00"));
    }
}
