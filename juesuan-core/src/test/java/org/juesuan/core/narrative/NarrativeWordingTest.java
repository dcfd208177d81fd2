package org.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.narrative.NarrativeFixture.dataset;
import static org.juesuan.core.narrative.NarrativeFixture.figure;
import static org.juesuan.core.narrative.NarrativeFixture.hasFigure;
import static org.juesuan.core.narrative.NarrativeFixture.narrative;
import static org.juesuan.core.narrative.NarrativeFixture.section;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.FigureRun;
import org.junit.jupiter.api.Test;

/**
 * The wording rules of the 情况说明 on small units written by hand (amounts in 元): direction words follow the sign, a
 * zero base gets no percentage, a zero 年初预算 gets no completion rate, a missing prior year or reason leaves its clause
 * out, items of nothing are listed (hubei-2024) or left out (shanghai-2024, “不涉及的不列”), and shares listed together
 * add up to exactly 100.
 */
class NarrativeWordingTest {

    /**
     * 120.00 万元 in two 项 of 201 03: 行政运行 100.00 (基本支出, 年初预算 80.00) and 一般行政管理事务 20.00 (项目支出, 年初预算
     * 0.00).
     */
    private static final String UNIT = """
            lines:
              - code: "2010301"
                income: {generalBudget: 1000000.00}
                spending: {generalBudget: {basic: 1000000.00}}
                annualBudget: 800000.00
              - code: "2010302"
                income: {generalBudget: 200000.00}
                spending: {generalBudget: {project: 200000.00}}
                annualBudget: 0.00
            basicByEconomic: {"30101": 800000.00, "30201": 200000.00}
            operatingCost: {actual: 200000.00, budget: 200000.00}
            """;

    private static List<Block> hubei(String extra) {
        return narrative(dataset(UNIT + extra), "hubei-2024");
    }

    private static List<Block> shanghai(String extra) {
        return narrative(dataset(UNIT + extra).withProfile("shanghai-2024"), "shanghai-2024");
    }

    private static String totalSection(List<Block> blocks) {
        return section(blocks, "一、收入支出决算总体情况说明").get(0);
    }

    @Test
    void anIncreaseIsAnIncreaseInAmountAndRate() {
        List<Block> blocks = hubei("prior: {total: 1000000.00}\nreasons: {total: 业务量增加}\n");
        // 120.00 − 100.00 = 20.00; 20.00 ÷ 100.00 = 20.00%
        assertThat(totalSection(blocks))
                .isEqualTo("2024年度收、支总计均为120.00万元。与2023年度相比，收、支总计增加20.00万元，增长20.00%，主要原因是业务量增加。");
        assertThat(figure(blocks, "total.change").value()).isEqualByComparingTo("20.00");
        assertThat(figure(blocks, "total.rate").value()).isEqualByComparingTo("20.00");
    }

    @Test
    void aDecreaseIsWordedAsADecreaseAndPrintedWithoutItsSign() {
        // 120.00 − 150.00 = −30.00; 30.00 ÷ 150.00 = 20.00%
        List<Block> hubei = hubei("prior: {total: 1500000.00}\nreasons: {total: 压减支出}\n");
        assertThat(totalSection(hubei)).isEqualTo("2024年度收、支总计均为120.00万元。与2023年度相比，收、支总计减少30.00万元，减少20.00%，主要原因是压减支出。");
        assertThat(figure(hubei, "total.change").value()).isEqualByComparingTo("30.00");
        assertThat(totalSection(shanghai("prior: {total: 1500000.00}\nreasons: {total: 压减支出}\n")))
                .isEqualTo("测试局2024年度收入支出总计120.00万元。与2023年度相比，收入支出总计减少30.00万元，下降20.00%。主要原因：压减支出。");
    }

    @Test
    void noChangeIsStatedAsHoldingStillWithoutFigures() {
        List<Block> blocks = hubei("prior: {total: 1200000.00}\nreasons: {total: 不应出现}\n");
        assertThat(totalSection(blocks)).isEqualTo("2024年度收、支总计均为120.00万元。与2023年度相比，收、支总计持平。");
        assertThat(hasFigure(blocks, "total.change")).isFalse();
        assertThat(hasFigure(blocks, "total.rate")).isFalse();
    }

    @Test
    void aZeroPriorYearGetsNoPercentage() {
        List<Block> blocks = hubei("prior: {total: 0.00}\n");
        assertThat(totalSection(blocks)).isEqualTo("2024年度收、支总计均为120.00万元。与2023年度相比，收、支总计增加120.00万元，2023年度无收支，无可比性。");
        assertThat(hasFigure(blocks, "total.rate")).isFalse();
        assertThat(totalSection(shanghai("prior: {total: 0.00}\n")))
                .doesNotContain("%")
                .contains("无可比性");
    }

    @Test
    void aMissingPriorYearLeavesTheComparisonOut() {
        List<Block> blocks = hubei("");
        assertThat(totalSection(blocks)).isEqualTo("2024年度收、支总计均为120.00万元。");
        assertThat(section(blocks, "二、收入决算情况说明").get(0)).doesNotContain("2023");
        assertThat(hasFigure(blocks, "total.change")).isFalse();
    }

    @Test
    void aMissingReasonLeavesTheReasonClauseOut() {
        assertThat(totalSection(hubei("prior: {total: 1500000.00}\n")))
                .isEqualTo("2024年度收、支总计均为120.00万元。与2023年度相比，收、支总计减少30.00万元，减少20.00%。");
    }

    @Test
    void aZeroAnnualBudgetGetsNoCompletionRate() {
        List<Block> blocks = hubei("");
        List<String> detail = section(blocks, "（三）一般公共预算财政拨款支出决算具体情况");
        // 行政运行: 100.00 ÷ 80.00 = 125%
        assertThat(detail)
                .contains(
                        "（1）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为80.00万元，支出决算为100.00万元，完成年初预算的125%。",
                        "（2）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。年初预算为0.00万元，支出决算为20.00万元。");
        assertThat(hasFigure(blocks, "generalBudget.line.2010301.completion")).isTrue();
        assertThat(hasFigure(blocks, "generalBudget.line.2010302.completion")).isFalse();
        // the whole: 年初预算 80.00 + 0.00, 决算 120.00: 150.0%
        assertThat(figure(blocks, "generalBudget.detail.budget").value()).isEqualByComparingTo("80.00");
        assertThat(figure(blocks, "generalBudget.detail.completion").value()).isEqualByComparingTo("150.0");
    }

    @Test
    void hubeiListsKindsOfExpenditureOfNothingShanghaiLeavesThemOut() {
        assertThat(section(hubei(""), "三、支出决算情况说明").get(0))
                .contains("项目支出20.00万元，占本年支出16.7%；上缴上级支出0.00万元，占本年支出0.0%；经营支出0.00万元");
        String shanghai = section(shanghai(""), "三、支出决算情况说明").get(0);
        assertThat(shanghai).isEqualTo("本年支出合计120.00万元，其中：基本支出100.00万元，占83.33%；项目支出20.00万元，占16.67%。");
        // income of nothing is left out in both (二、收入决算 of the seed names only 财政拨款收入)
        assertThat(section(hubei(""), "二、收入决算情况说明").get(0))
                .doesNotContain("事业收入")
                .doesNotContain("其他收入");
    }

    @Test
    void aPartOfBasicExpenditureOfNothingIsListedByHubeiAndLeftOutByShanghai() {
        String unit = UNIT.replace(
                "basicByEconomic: {\"30101\": 800000.00, \"30201\": 200000.00}",
                "basicByEconomic: {\"30201\": 1000000.00}");
        assertThat(section(narrative(dataset(unit), "hubei-2024"), "六、一般公共预算财政拨款基本支出决算情况说明"))
                .containsExactly("2024年度一般公共预算财政拨款基本支出100.00万元，其中：", "人员经费0.00万元。", "公用经费100.00万元，主要包括：办公费等。");
        assertThat(section(
                        narrative(dataset(unit).withProfile("shanghai-2024"), "shanghai-2024"),
                        "六、一般公共预算财政拨款基本支出决算情况说明"))
                .containsExactly("一般公共预算财政拨款基本支出100.00万元。其中：公用经费100.00万元，主要包括：办公费。");
    }

    @Test
    void aLineWithNeitherBudgetNorGeneralBudgetSpendingIsNotStated() {
        String unit = """
                lines:
                  - code: "2010301"
                    income: {generalBudget: 1000000.00}
                    spending: {generalBudget: {basic: 1000000.00}}
                    annualBudget: 1000000.00
                  - code: "2010350"
                    income: {governmentFund: 50000.00}
                    spending: {governmentFund: {project: 50000.00}}
                    annualBudget: 0.00
                basicByEconomic: {"30101": 1000000.00}
                """;
        List<String> detail = section(narrative(dataset(unit), "hubei-2024"), "（三）一般公共预算财政拨款支出决算具体情况");
        assertThat(detail).hasSize(2);
        assertThat(detail.get(1)).contains("行政运行（项）");
        assertThat(detail).noneMatch(paragraph -> paragraph.contains("事业运行"));
    }

    /** Three equal parts: each is 33.33…%, which rounded on its own would add up to 99.9 (99.99). */
    private static final String THIRDS = """
            lines:
              - code: "2010301"
                income: {generalBudget: 100000.00, business: 100000.00, other: 100000.00}
                spending: {generalBudget: {basic: 100000.00}, nonFiscal: {basic: 100000.00, operating: 100000.00}}
                annualBudget: 100000.00
              - code: "2080801"
                income: {generalBudget: 100000.00}
                spending: {generalBudget: {basic: 100000.00}}
                annualBudget: 100000.00
              - code: "2210201"
                income: {generalBudget: 100000.00}
                spending: {generalBudget: {basic: 100000.00}}
                annualBudget: 100000.00
            basicByEconomic: {"30101": 300000.00}
            """;

    @Test
    void sharesListedTogetherAddUpToExactlyOneHundred() {
        List<Block> hubei = narrative(dataset(THIRDS), "hubei-2024");
        // income: 财政拨款 30.00, 事业 10.00, 其他 10.00 of 50.00 — 60.0 + 20.0 + 20.0 (exact)
        assertThat(sum(hubei, "income.fiscal.share", "income.business.share", "income.other.share"))
                .isEqualByComparingTo("100.0");
        // three 类 of 10.00 each: 33.34 + 33.33 + 33.33 (the largest remainder goes to the first)
        List<BigDecimal> classes = List.of(
                figure(hubei, "generalBudget.class.201.share").value(),
                figure(hubei, "generalBudget.class.208.share").value(),
                figure(hubei, "generalBudget.class.221.share").value());
        assertThat(classes)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(sum(
                        hubei,
                        "generalBudget.class.201.share",
                        "generalBudget.class.208.share",
                        "generalBudget.class.221.share"))
                .isEqualByComparingTo("100.00");
        // expenditure: 基本 40.00 and 经营 10.00 of 50.00, with three kinds of nothing: 80.0 + 0.0 + 0.0 + 20.0 + 0.0
        assertThat(sum(
                        hubei,
                        "expenditure.basic.share",
                        "expenditure.project.share",
                        "expenditure.remittance.share",
                        "expenditure.operating.share",
                        "expenditure.subsidy.share"))
                .isEqualByComparingTo("100.0");

        List<Block> shanghai = narrative(dataset(THIRDS).withProfile("shanghai-2024"), "shanghai-2024");
        assertThat(sum(
                        shanghai,
                        "generalBudget.class.201.share",
                        "generalBudget.class.208.share",
                        "generalBudget.class.221.share"))
                .isEqualByComparingTo("100.00");
    }

    @Test
    void everyPercentagePrintsAtItsSentencePrecision() {
        List<Block> blocks = narrative(dataset(THIRDS), "hubei-2024");
        assertThat(figure(blocks, "expenditure.basic.share").value().scale()).isEqualTo(1);
        assertThat(figure(blocks, "generalBudget.class.201.share").value().scale())
                .isEqualTo(2);
        assertThat(figure(blocks, "generalBudget.line.2010301.completion")
                        .value()
                        .scale())
                .isZero();
        assertThat(figure(blocks, "generalBudget.line.2010301.completion").kind())
                .isEqualTo(FigureRun.Kind.PERCENT);
    }

    private static BigDecimal sum(List<Block> blocks, String... keys) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String key : keys) {
            sum = sum.add(figure(blocks, key).value());
        }
        return sum;
    }
}
