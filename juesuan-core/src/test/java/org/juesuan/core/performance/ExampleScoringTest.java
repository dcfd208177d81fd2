package org.juesuan.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.performance.Scorecard.FormScore;
import org.juesuan.core.performance.Scorecard.IndicatorScore;
import org.junit.jupiter.api.Test;

/**
 * The bundled example's forms (published.txt, 第六部分 附件) scored by the seed's own rules: the printed scores that
 * follow the rules are recomputed, and each place where the forms contradict them is reported.
 */
class ExampleScoringTest {

    private static final Dataset EXAMPLE = new DatasetReader(ScoringFixture.CATALOGS)
            .read(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"), "dataset.yaml")
            .value()
            .orElseThrow();
    private static final Scorecard CARD = Scorer.score(ScoringFixture.rules("hubei-2024"), EXAMPLE);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<String> findings(String code) {
        return CARD.issues().sorted().stream()
                .filter(i -> i.code().equals(code))
                .map(Issue::message)
                .toList();
    }

    @Test
    void budgetExecutionScoresAsPrinted() {
        // 207.87/207.87, 6.24/6.24 and 29.44/29.44: 100%, 20 points on each form
        FormScore overall = CARD.overallForm().orElseThrow();
        assertThat(overall.rateValue()).contains(d("100.00"));
        assertThat(overall.budgetScoreValue()).contains(d("20.00"));
        for (FormScore project : CARD.projects()) {
            assertThat(project.rateValue()).contains(d("100.00"));
            assertThat(project.budgetScoreValue()).contains(d("20.00"));
        }
        assertThat(findings("PERFORMANCE_RATE_DIFFERS")).isEmpty();
    }

    @Test
    void projectOneScoresItsPrinted80ButItsHeaderSays10() {
        FormScore project = CARD.projects().get(0);
        // 3家→4家, 12期→12期, 1013万→1550万, 1次→1次: every target met, each printed 20
        List<IndicatorScore> indicators = project.goals().get(0).indicators();
        assertThat(indicators).extracting(i -> i.scoreValue().orElseThrow()).containsOnly(d("20.00"));
        assertThat(project.goals().get(0).weightValue()).contains(d("80"));
        assertThat(project.totalValue()).contains(d("100.00"));
        assertThat(findings("PERFORMANCE_GOAL_POINTS"))
                .containsExactly("项目“大企业协调服务工作经费”自评表的“年度绩效目标1”标明10分，其指标分值合计为80分");
        assertThat(findings("PERFORMANCE_WEIGHT_TOTAL"))
                .containsExactly("项目“大企业协调服务工作经费”自评表的分值合计为30分（预算执行率20分加各年度目标分值），应为100分");
    }

    @Test
    void projectTwoCannotScoreVisitsCountedInADifferentUnit() {
        FormScore project = CARD.projects().get(1);
        List<IndicatorScore> indicators = project.goals().get(0).indicators();
        // 4次→4次 and 10期→10期 score their printed 30; 20次→39个 is not scored; 及时有效 has no weight
        assertThat(indicators.get(0).scoreValue()).contains(d("30.00"));
        assertThat(indicators.get(1).scoreValue()).contains(d("30.00"));
        assertThat(indicators.get(2).scoreValue()).isEmpty();
        assertThat(indicators.get(3).tier().name()).isEqualTo("达成");
        assertThat(indicators.get(3).scoreValue()).isEmpty();
        assertThat(project.totalValue()).isEmpty();
        // the header's 80 already equals the three printed scores; the fourth indicator has no weight
        assertThat(findings("PERFORMANCE_GOAL_POINTS")).noneMatch(m -> m.contains("国资监管业务经费"));
    }

    /** Returns the positions (line:column, from 1) of {@code value} on the lines of the example containing {@code line}. */
    private static List<String> positions(String line, String value) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(line)) {
                found.add("dataset.yaml:" + (i + 1) + ":"
                        + (lines.get(i).indexOf(value, lines.get(i).indexOf(line)) + 1));
            }
        }
        return found;
    }

    @Test
    void findingsPointAtTheValueTheyAreAbout() throws IOException {
        // the unit mismatch at the actual value “39个”, on both forms
        assertThat(CARD.issues().sorted().stream().filter(i -> i.code().equals("PERFORMANCE_UNIT_MISMATCH")))
                .extracting(i -> i.where().display())
                .containsExactlyElementsOf(positions("name: 走访服务驻区大企业大单位", "39个"));
        // the 10-point header at its “points: 10”
        assertThat(CARD.issues().sorted().stream().filter(i -> i.code().equals("PERFORMANCE_GOAL_POINTS")))
                .extracting(i -> i.where().display())
                .containsExactlyElementsOf(positions("points: 10", "10"));
        // a weight read from a printed score at that score
        assertThat(CARD.issues().sorted().stream().filter(i -> i.code().equals("PERFORMANCE_WEIGHT_FROM_SCORE")))
                .extracting(i -> i.where().display())
                .contains(positions("name: 企业专项审计", "40").get(0));
    }

    @Test
    void theUnitMismatchIsReportedOnBothForms() {
        assertThat(findings("PERFORMANCE_UNIT_MISMATCH"))
                .containsExactly(
                        "整体绩效自评表的指标“走访服务驻区大企业大单位”的目标值“20次”与完成值“39个”单位不一致（“次”与“个”），不能计分",
                        "项目“国资监管业务经费”自评表的指标“走访服务驻区大企业大单位”的目标值“20次”与完成值“39个”单位不一致（“次”与“个”），不能计分");
    }

    @Test
    void theOverallFormPrintsOneScorePerGoalSoOtherIndicatorsHaveNoWeight() {
        FormScore overall = CARD.overallForm().orElseThrow();
        assertThat(overall.goals().get(0).indicators().get(0).scoreValue()).contains(d("40.00"));
        assertThat(overall.goals()).allSatisfy(g -> assertThat(g.weightValue()).isEmpty());
        // 企业快报, 国有资本收益, 公开国企名录; 编印《大企动态》, 走访服务…, 服务驻区…: six indicators without weight,
        // plus 及时有效 of project 2
        assertThat(findings("PERFORMANCE_WEIGHT_MISSING")).hasSize(7);
        assertThat(CARD.issues().sorted())
                .filteredOn(i -> i.severity() != Severity.INFO)
                .extracting(Issue::code)
                .containsOnly(
                        "PERFORMANCE_WEIGHT_MISSING",
                        "PERFORMANCE_UNIT_MISMATCH",
                        "PERFORMANCE_GOAL_POINTS",
                        "PERFORMANCE_WEIGHT_TOTAL");
        assertThat(findings("PERFORMANCE_SCORE_DIFFERS")).isEmpty();
        assertThat(findings("PERFORMANCE_SCORE_ABOVE_WEIGHT")).isEmpty();
    }
}
