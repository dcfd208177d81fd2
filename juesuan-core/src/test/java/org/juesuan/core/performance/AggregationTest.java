package org.juesuan.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.performance.Scorecard.IndicatorScore;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * Project forms added up (汇总) by the notes under the seed's forms: in the overall form, absolute values are added,
 * relative values and qualitative scores averaged with the funds as weights, quantities aggregated before they are
 * scored; and the projects' totals averaged and graded.
 */
class AggregationTest {

    private static final ScoringRules HUBEI = ScoringFixture.rules("hubei-2024");
    private static final ScoringRules NATIONAL = ScoringFixture.rules("shanghai-2024");
    private static final Dataset EXAMPLE = new DatasetReader(ScoringFixture.CATALOGS)
            .read(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"), "dataset.yaml")
            .value()
            .orElseThrow();

    static Evaluation.Indicator indicator(
            String name, String target, String actual, String weight, @Nullable String score) {
        return new Evaluation.Indicator(
                "产出指标",
                "数量指标",
                name,
                target,
                actual,
                new BigDecimal(weight),
                score == null ? null : new BigDecimal(score),
                null,
                SourceRef.text("case.yaml", 9, 9));
    }

    static Evaluation form(String name, String planned, String executed, Evaluation.Indicator... indicators) {
        return new Evaluation(
                name,
                Map.of(),
                new Figure(Amount.parse(planned, AmountUnit.WAN_YUAN), SourceRef.NONE),
                new Figure(Amount.parse(executed, AmountUnit.WAN_YUAN), SourceRef.NONE),
                List.of(new Evaluation.Goal("年度目标1", "", null, List.of(indicators), SourceRef.NONE)),
                null,
                null,
                null,
                Map.of(),
                SourceRef.text("case.yaml", 1, 1));
    }

    private static Scorecard score(ScoringRules rules, @Nullable Evaluation overall, Evaluation... projects) {
        return Scorer.score(rules, EXAMPLE.withEvaluations(overall, List.of(projects)));
    }

    private static IndicatorScore overallIndicator(Scorecard card) {
        return card.overallForm().orElseThrow().goals().get(0).indicators().get(0);
    }

    private static List<String> aggregateFindings(Scorecard card) {
        return card.issues().sorted().stream()
                .filter(i -> i.code().equals("PERFORMANCE_AGGREGATE_DIFFERS"))
                .map(Issue::message)
                .toList();
    }

    private static final Evaluation A = form("甲项目", "10", "10", indicator("培训人次", "≥100人次", "120人次", "80", null));
    private static final Evaluation B = form("乙项目", "30", "30", indicator("培训人次", "≥50人次", "10人次", "80", null));

    @Test
    void absoluteValuesAreAddedUpBeforeTheyAreScored() {
        // targets 100 + 50 = 150, actuals 120 + 10 = 130: 20 × 130/150 = 17.33
        Scorecard card = score(HUBEI, form("整体", "40", "40", indicator("培训人次", "≥150人次", "130人次", "20", null)), A, B);
        assertThat(overallIndicator(card).scoreValue()).contains(new BigDecimal("17.33"));
        assertThat(aggregateFindings(card)).isEmpty();
    }

    @Test
    void anOverallValueThatIsNotTheSumIsReportedAndTheSumIsScored() {
        Scorecard card = score(HUBEI, form("整体", "40", "40", indicator("培训 人次", "≥150人次", "140人次", "20", null)), A, B);
        // scored from the aggregate 130, not from the printed 140 (which would give 18.67)
        assertThat(overallIndicator(card).scoreValue()).contains(new BigDecimal("17.33"));
        assertThat(aggregateFindings(card))
                .containsExactly("整体绩效自评表的指标“培训 人次”的完成值为“140人次”，按项目自评表汇总应为130人次（绝对值直接累加：甲项目120人次 + 乙项目10人次）");
    }

    @Test
    void relativeValuesAreAveragedWithTheFundsAsWeights() {
        Evaluation a = form("甲项目", "10", "10", indicator("满意度", "≥90%", "95%", "80", null));
        Evaluation b = form("乙项目", "30", "30", indicator("满意度", "≥90%", "85%", "80", null));
        // (95 × 10 + 85 × 30) ÷ 40 = 87.5%: 10 × 87.5/90 = 9.72
        Scorecard weighted = score(HUBEI, form("整体", "40", "40", indicator("满意度", "≥90%", "87.5%", "10", null)), a, b);
        assertThat(overallIndicator(weighted).scoreValue()).contains(new BigDecimal("9.72"));
        assertThat(aggregateFindings(weighted)).isEmpty();
        // the simple mean 90% is not the aggregate
        Scorecard simple = score(HUBEI, form("整体", "40", "40", indicator("满意度", "≥90%", "90%", "10", null)), a, b);
        assertThat(aggregateFindings(simple))
                .containsExactly("整体绩效自评表的指标“满意度”的完成值为“90%”，按项目自评表汇总应为87.5%（相对值按资金额度加权平均：(95% × 10 + 85% × 30) ÷ 40）");
        assertThat(overallIndicator(simple).scoreValue()).contains(new BigDecimal("9.72"));
    }

    @Test
    void qualitativeScoresAreAveragedAsSharesOfTheirWeightsWithTheFundsAsWeights() {
        Evaluation a = form("甲项目", "10", "10", indicator("服务及时", "及时", "及时", "80", "80"));
        Evaluation.Indicator partly = new Evaluation.Indicator(
                "效益指标",
                "社会效益指标",
                "服务及时",
                "及时",
                "基本及时",
                new BigDecimal("80"),
                new BigDecimal("48"),
                "部分达成",
                SourceRef.NONE);
        Evaluation b = form("乙项目", "30", "30", partly);
        // shares 100% and 60%: (100 × 10 + 60 × 30) ÷ 40 = 70%, in 部分达成; 20 × 70% = 14
        Scorecard card = score(HUBEI, form("整体", "40", "40", indicator("服务及时", "及时", "及时", "20", "16")), a, b);
        IndicatorScore overall = overallIndicator(card);
        assertThat(overall.scoreValue()).contains(new BigDecimal("14.00"));
        assertThat(overall.tier().name()).isEqualTo("部分达成");
        assertThat(aggregateFindings(card))
                .containsExactly("整体绩效自评表的指标“服务及时”印有得分16，按项目自评表汇总应为20 × (100% × 10 + 60% × 30) ÷ 40 = 14");
    }

    @Test
    void valuesThatCannotBeAggregatedLeaveTheOverallIndicatorScoredOnItsOwn() {
        // the project's own form reports the unit mismatch; the overall form is scored from what it prints
        Evaluation mismatched = form("丙项目", "10", "10", indicator("培训人次", "≥100人次", "120人", "80", null));
        Scorecard card =
                score(HUBEI, form("整体", "40", "40", indicator("培训人次", "≥100人次", "110人次", "20", null)), mismatched);
        assertThat(overallIndicator(card).scoreValue()).contains(new BigDecimal("20.00"));
        assertThat(aggregateFindings(card)).isEmpty();
        assertThat(card.issues().sorted()).extracting(Issue::code).contains("PERFORMANCE_UNIT_MISMATCH");
    }

    @Test
    void theProjectsAverageScoreIsWeightedAsTheRulesSay() {
        // hubei: 20 × 10/10 + 80 = 100 and 20 × 15/30 + 80 × 10/50… = 10 + 16 = 26
        Evaluation a = form("甲项目", "10", "10", indicator("培训人次", "≥100人次", "120人次", "80", null));
        Evaluation b = form("乙项目", "30", "15", indicator("培训人次", "≥50人次", "10人次", "80", null));
        Scorecard hubei = score(HUBEI, null, a, b);
        assertThat(hubei.projects())
                .extracting(p -> p.totalValue().orElseThrow())
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("26.00"));
        // by funds (预算数): (100 × 10 + 26 × 30) ÷ 40 = 44.50
        assertThat(hubei.summary().averageValue()).contains(new BigDecimal("44.50"));
        assertThat(hubei.summary().grades()).isEmpty();
        // national: 10 + 80 = 90 and 5 + 16 = 21; simple average 55.50; grades 优 and 不合格
        Scorecard national = score(NATIONAL, null, a, b);
        assertThat(national.projects())
                .extracting(p -> p.totalValue().orElseThrow())
                .containsExactly(new BigDecimal("90.00"), new BigDecimal("21.00"));
        assertThat(national.summary().averageValue()).contains(new BigDecimal("55.50"));
        assertThat(national.summary().grades())
                .containsExactly(Map.entry("优", 1), Map.entry("良", 0), Map.entry("合格", 0), Map.entry("不合格", 1));
        assertThat(national.projects().get(0).gradeValue().orElseThrow().name()).isEqualTo("优");
    }

    @Test
    void noAverageIsGivenWhileAProjectCannotBeScored() {
        Evaluation a = form("甲项目", "10", "10", indicator("培训人次", "≥100人次", "120人次", "80", null));
        Evaluation unscored = form("丙项目", "10", "10", indicator("培训人次", "≥100人次", "", "80", null));
        Scorecard card = score(NATIONAL, null, a, unscored);
        assertThat(card.summary().count()).isEqualTo(2);
        assertThat(card.summary().scored()).isEqualTo(1);
        assertThat(card.summary().averageValue()).isEmpty();
        assertThat(card.summary().grades()).isEmpty();
    }
}
