package org.juesuan.core.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.performance.ScoringFixture.form;
import static org.juesuan.core.performance.ScoringFixture.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.performance.Scorecard.FormScore;
import org.juesuan.core.performance.Scorecard.IndicatorScore;
import org.junit.jupiter.api.Test;

/** Every scoring branch of the seed's rules (hubei-2024) and of the national variant's tiers (shanghai-2024). */
class ScorerTest {

    private static final ScoringRules HUBEI = ScoringFixture.rules("hubei-2024");
    private static final ScoringRules NATIONAL = ScoringFixture.rules("shanghai-2024");

    private final Issues issues = Issues.create();

    private FormScore score(ScoringRules rules, Evaluation form) {
        return Scorer.score(rules, form, false, issues);
    }

    private IndicatorScore only(ScoringRules rules, Evaluation.Indicator indicator) {
        return score(rules, form("100", "100", indicator))
                .goals()
                .get(0)
                .indicators()
                .get(0);
    }

    private List<String> codes() {
        return issues.sorted().stream()
                .filter(i -> i.severity() != org.juesuan.core.issue.Severity.INFO)
                // a one-indicator form does not add up to 100; that finding is tested on its own below
                .filter(i -> !i.code().equals("PERFORMANCE_WEIGHT_TOTAL"))
                .map(Issue::code)
                .toList();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void budgetExecutionIsWeightTimesRateCappedAtTheWeight() {
        FormScore under = score(HUBEI, form("300", "200", indicator("1次", "1次", "80", null, null)));
        assertThat(under.rateValue()).contains(d("66.67"));
        assertThat(under.budgetScoreValue()).contains(d("13.33")); // 20 × 200/300, half up
        FormScore over = score(HUBEI, form("200", "250", indicator("1次", "1次", "80", null, null)));
        assertThat(over.rateValue()).contains(d("125.00"));
        assertThat(over.budgetScoreValue()).contains(d("20.00"));
        assertThat(over.totalValue()).contains(d("100.00"));
        FormScore national = score(NATIONAL, form("300", "200", indicator("1次", "1次", "80", null, null)));
        assertThat(national.budgetScoreValue()).contains(d("6.67")); // 10 × 200/300
    }

    @Test
    void aZeroBudgetIsReportedNotScored() {
        FormScore form = score(HUBEI, form("0", "0", indicator("1次", "1次", "80", null, null)));
        assertThat(form.rateValue()).isEmpty();
        assertThat(form.budgetScoreValue()).isEmpty();
        assertThat(form.totalValue()).isEmpty();
        assertThat(codes()).containsExactly("PERFORMANCE_ZERO_BUDGET");
        assertThat(issues.sorted().stream().filter(i -> i.code().equals("PERFORMANCE_ZERO_BUDGET")))
                .extracting(i -> i.where().display())
                .containsExactly("case.yaml:3:12");
    }

    @Test
    void aNegativeExecutionIsReportedNotScored() {
        FormScore form = score(HUBEI, form("100", "-5", indicator("1次", "1次", "80", null, null)));
        assertThat(form.budgetScoreValue()).isEmpty();
        assertThat(codes()).containsExactly("PERFORMANCE_NEGATIVE_VALUE");
    }

    @Test
    void positiveIndicatorsScoreByActualOverTargetAndAreCapped() {
        assertThat(only(HUBEI, indicator("≥8家", "6家", "20", null, null)).scoreValue())
                .contains(d("15.00"));
        assertThat(only(HUBEI, indicator("3家", "4家", "20", null, null)).scoreValue())
                .contains(d("20.00"));
        assertThat(only(HUBEI, indicator("1013万", "1550万", "20", null, null)).scoreValue())
                .contains(d("20.00"));
        assertThat(only(HUBEI, indicator("3家", "2家", "10", null, null)).scoreValue())
                .contains(d("6.67"));
        assertThat(codes()).isEmpty();
    }

    @Test
    void negativeIndicatorsScoreByTargetOverActual() {
        IndicatorScore over = only(HUBEI, indicator("≤5天", "8天", "16", null, null));
        assertThat(over.target().comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(over.scoreValue()).contains(d("10.00")); // 16 × 5/8
        assertThat(only(HUBEI, indicator("≤5天", "3天", "16", null, null)).scoreValue())
                .contains(d("16.00"));
        assertThat(only(HUBEI, indicator("不超过5%", "10%", "10", null, null)).scoreValue())
                .contains(d("5.00"));
        assertThat(only(HUBEI, indicator("≤5天", "0天", "16", null, null)).scoreValue())
                .contains(d("16.00"));
    }

    @Test
    void exactIndicatorsScoreTheSmallerOverTheLarger() {
        assertThat(only(HUBEI, indicator("=10期", "10期", "10", null, null)).scoreValue())
                .contains(d("10.00"));
        assertThat(only(HUBEI, indicator("=10期", "12期", "12", null, null)).scoreValue())
                .contains(d("10.00"));
    }

    @Test
    void aZeroTargetIsMetByAnyActualValue() {
        assertThat(only(HUBEI, indicator("≥0次", "0次", "10", null, null)).scoreValue())
                .contains(d("10.00"));
        assertThat(codes()).isEmpty();
    }

    @Test
    void aMissingActualValueIsAFindingNotAZero() {
        IndicatorScore missing = only(HUBEI, indicator("3家", "", "20", null, null));
        assertThat(missing.scoreValue()).isEmpty();
        assertThat(codes()).containsExactly("PERFORMANCE_ACTUAL_MISSING");
        assertThat(issues.sorted().stream().filter(i -> i.code().equals("PERFORMANCE_ACTUAL_MISSING")))
                .extracting(i -> i.where().display())
                .containsExactly("case.yaml:7:9");
    }

    @Test
    void unitsThatDifferAreAFindingNotADivision() {
        IndicatorScore mismatch = only(HUBEI, indicator("20次", "39个", "20", null, null));
        assertThat(mismatch.scoreValue()).isEmpty();
        assertThat(codes()).containsExactly("PERFORMANCE_UNIT_MISMATCH");
        assertThat(issues.sorted().stream().filter(i -> i.code().equals("PERFORMANCE_UNIT_MISMATCH")))
                .singleElement()
                .satisfies(i -> assertThat(i.message()).contains("“次”与“个”"));
    }

    @Test
    void aQualitativeIndicatorScoresInsideTheTierOfItsAchievement() {
        // the top of the first tier unless a score is recorded
        assertThat(only(HUBEI, indicator("及时有效", "及时有效", "10", null, null)).scoreValue())
                .contains(d("10.00"));
        assertThat(only(HUBEI, indicator("及时有效", "基本及时", "10", null, "达成")).scoreValue())
                .contains(d("10.00"));
        // boundaries: 80% and 50% belong to the upper tier
        assertThat(only(HUBEI, indicator("较好", "一般", "10", "8", "达成")).scoreValue())
                .contains(d("8.00"));
        assertThat(only(HUBEI, indicator("较好", "一般", "10", "7.99", "部分达成")).scoreValue())
                .contains(d("7.99"));
        assertThat(only(HUBEI, indicator("较好", "一般", "10", "5", "部分达成")).scoreValue())
                .contains(d("5.00"));
        assertThat(only(HUBEI, indicator("较好", "差", "10", "4.9", "未达成")).scoreValue())
                .contains(d("4.90"));
        assertThat(only(HUBEI, indicator("较好", "差", "10", "0", "未达成预期指标")).scoreValue())
                .contains(d("0.00"));
        assertThat(codes()).isEmpty();
    }

    @Test
    void aRecordedScoreOutsideItsTierIsAFinding() {
        assertThat(only(HUBEI, indicator("较好", "一般", "10", "8", "部分达成")).scoreValue())
                .isEmpty();
        assertThat(only(HUBEI, indicator("较好", "差", "10", "5", "未达成")).scoreValue())
                .isEmpty();
        assertThat(only(HUBEI, indicator("较好", "一般", "10", "7.9", "达成")).scoreValue())
                .isEmpty();
        assertThat(codes())
                .containsExactly(
                        "PERFORMANCE_SCORE_OUTSIDE_TIER",
                        "PERFORMANCE_SCORE_OUTSIDE_TIER",
                        "PERFORMANCE_SCORE_OUTSIDE_TIER");
    }

    @Test
    void theNationalTiersAre80And60() {
        // 5 of 10 is partly met under the seed's rules but not met under the national ones
        assertThat(only(HUBEI, indicator("较好", "一般", "10", "5", "部分达成")).scoreValue())
                .contains(d("5.00"));
        assertThat(only(NATIONAL, indicator("较好", "一般", "10", "5", "部分达成")).scoreValue())
                .isEmpty();
        assertThat(only(NATIONAL, indicator("较好", "一般", "10", "6", "部分达成")).scoreValue())
                .contains(d("6.00"));
        assertThat(only(NATIONAL, indicator("较好", "差", "10", "5", "未达成")).scoreValue())
                .contains(d("5.00"));
    }

    @Test
    void aLowerTierWithoutARecordedScoreOrAnUnknownAchievementIsAFinding() {
        assertThat(only(HUBEI, indicator("较好", "一般", "10", null, "部分达成")).scoreValue())
                .isEmpty();
        assertThat(only(HUBEI, indicator("较好", "一般", "10", null, "还行")).scoreValue())
                .isEmpty();
        assertThat(only(HUBEI, indicator("较好", "一般", "10", null, null)).scoreValue())
                .isEmpty();
        assertThat(codes())
                .containsExactlyInAnyOrder(
                        "PERFORMANCE_QUALITATIVE_SCORE_MISSING",
                        "PERFORMANCE_UNKNOWN_ACHIEVEMENT",
                        "PERFORMANCE_ACHIEVEMENT_MISSING");
    }

    @Test
    void printedScoresAboveTheirWeightOrDifferentFromTheRulesAreFindings() {
        only(HUBEI, indicator("3家", "4家", "10", "20", null));
        only(HUBEI, indicator("4家", "2家", "20", "20", null));
        // 20 printed on a weight of 10 is both above the weight and not the rules' 10; 20 for 2 of 4 is not 10
        assertThat(codes())
                .containsExactly(
                        "PERFORMANCE_SCORE_ABOVE_WEIGHT", "PERFORMANCE_SCORE_DIFFERS", "PERFORMANCE_SCORE_DIFFERS");
    }

    @Test
    void weightsMustAddUpToTheGoalsPointsAndTheProfilesTotal() {
        Evaluation.Indicator a = indicator("3家", "3家", "30", null, null);
        Evaluation.Indicator b = indicator("3家", "3家", "30", null, null);
        Evaluation base = form("100", "100", a, b);
        Evaluation form = new Evaluation(
                base.name(),
                base.attributes(),
                base.planned(),
                base.executed(),
                List.of(new Evaluation.Goal(
                        "年度绩效目标1",
                        "",
                        d("80"),
                        List.of(a, b),
                        base.goals().get(0).source())),
                null,
                null,
                null,
                java.util.Map.of("totalScore", "100"),
                base.source());
        FormScore score = score(HUBEI, form);
        assertThat(score.goals().get(0).weightValue()).contains(d("60"));
        assertThat(score.totalValue()).contains(d("80.00"));
        assertThat(codes()).containsExactlyInAnyOrder("PERFORMANCE_GOAL_POINTS", "PERFORMANCE_SCORE_DIFFERS");
        // an indicator without a weight is reported and not scored, unless its printed score stands for it
        Issues more = Issues.create();
        Scorer.score(HUBEI, form("100", "100", indicator("3家", "3家", null, null, null)), false, more);
        assertThat(more.sorted()).extracting(Issue::code).containsExactly("PERFORMANCE_WEIGHT_MISSING");
        // budget 20 + a goal of 30 is not the profile's 100
        Issues total = Issues.create();
        Scorer.score(HUBEI, form("100", "100", indicator("3家", "3家", "30", null, null)), false, total);
        assertThat(total.sorted()).extracting(Issue::code).containsExactly("PERFORMANCE_WEIGHT_TOTAL");
        // the national budget weight is 10: 10 + 90 = 100
        Issues national = Issues.create();
        Scorer.score(NATIONAL, form("100", "100", indicator("3家", "3家", "90", null, null)), false, national);
        assertThat(national.sorted()).extracting(Issue::code).doesNotContain("PERFORMANCE_WEIGHT_TOTAL");
    }

    @Test
    void aZeroActualScoresNothingOnAPositiveIndicatorAndFullMarksOnANegativeOne() {
        assertThat(only(HUBEI, indicator("3家", "0家", "20", null, null)).scoreValue())
                .contains(d("0.00"));
        assertThat(only(HUBEI, indicator("≤3家", "0家", "20", null, null)).scoreValue())
                .contains(d("20.00"));
        assertThat(codes()).isEmpty();
    }

    @Test
    void theNationalRulesRemarkOnFirstLevelWeightsOtherThan50And30And10() {
        Evaluation.Indicator output = indicator("3家", "3家", "50", null, null);
        Evaluation.Indicator effect =
                new Evaluation.Indicator("效益指标", "社会效益指标", "效益", "及时有效", "及时有效", d("40"), null, output.source());
        Issues national = Issues.create();
        Scorer.score(NATIONAL, form("100", "100", output, effect), false, national);
        assertThat(national.sorted())
                .filteredOn(i -> i.code().equals("PERFORMANCE_LEVEL_WEIGHT"))
                .extracting(Issue::message)
                .containsExactly("项目“测试项目”自评表的效益指标分值合计为40分，计分规则原则上为30分", "项目“测试项目”自评表的满意度指标分值合计为0分，计分规则原则上为10分");
        // the seed's rules set no first-level weights
        Issues hubei = Issues.create();
        Scorer.score(HUBEI, form("100", "100", output, effect), false, hubei);
        assertThat(hubei.sorted()).extracting(Issue::code).doesNotContain("PERFORMANCE_LEVEL_WEIGHT");
    }
}
