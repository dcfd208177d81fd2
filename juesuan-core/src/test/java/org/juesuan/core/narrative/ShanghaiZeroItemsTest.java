package org.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.narrative.NarrativeFixture.dataset;
import static org.juesuan.core.narrative.NarrativeFixture.headings;
import static org.juesuan.core.narrative.NarrativeFixture.narrative;
import static org.juesuan.core.narrative.NarrativeFixture.section;

import java.util.List;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.FigureRun;
import org.junit.jupiter.api.Test;

/**
 * “不涉及的不列” under shanghai-2024 decided on the figure as printed: an item whose exact amount is not zero in 元 but
 * prints as 0.00 万元 is left out, and the sentences around it stay whole (no “其中：” or “主要用于以下方面：” with
 * nothing after it).
 */
class ShanghaiZeroItemsTest {

    private static final String THREE_PUBLIC_SECTION = "七、财政拨款“三公”经费支出决算情况说明";

    /** 100.00 万元 of general budget spending in one 项 (年初预算 100.00). */
    private static final String SPENT = """
            lines:
              - code: "2010301"
                income: {generalBudget: 1000000.00}
                spending: {generalBudget: {basic: 1000000.00}}
                annualBudget: 1000000.00
            basicByEconomic: {"30101": 1000000.00}
            """;

    private static List<Block> shanghai(String body) {
        return narrative(dataset(body).withProfile("shanghai-2024"), "shanghai-2024");
    }

    @Test
    void aVehiclePartOfLessThanFiftyYuanIsNotStatedButTheVehiclesHeldAre() {
        // 运行维护 37.35 元 = 0.0037 万元 → 0.00; 购置 34140.58 元 → 3.41
        String body = SPENT + """
                threePublic:
                  actual: {abroad: 36312.83, vehiclePurchase: 34140.58, vehicleOperation: 37.35, reception: 8245.27}
                  counts: {vehiclesPurchased: 1, vehiclesHeld: 2}
                """;
        List<String> threePublic = section(shanghai(body), THREE_PUBLIC_SECTION);
        assertThat(threePublic).contains("2、公务用车购置及运行维护费支出3.41万元。其中：", "公务用车购置支出为3.41万元。购置公务用车1辆。");
        assertThat(threePublic).noneMatch(paragraph -> paragraph.contains("运行维护支出"));
        // the vehicles held are still stated, on their own
        assertThat(threePublic).contains("2024年，测试局所属各预算单位开支财政拨款的公务用车保有量为2辆。");
        assertThat(figures(shanghai(body), "threePublic.vehicle.operation")).isEmpty();
    }

    @Test
    void aVehiclePartThatPrintsAsNothingWithNoVehiclesHeldLeavesNoParagraph() {
        String body = SPENT + """
                threePublic:
                  actual: {abroad: 36312.83, vehiclePurchase: 34140.58, vehicleOperation: 37.35, reception: 8245.27}
                """;
        List<String> threePublic = section(shanghai(body), THREE_PUBLIC_SECTION);
        int vehicle = threePublic.indexOf("2、公务用车购置及运行维护费支出3.41万元。其中：");
        assertThat(vehicle).isNotNegative();
        assertThat(threePublic.get(vehicle + 1)).isEqualTo("公务用车购置支出为3.41万元。");
        assertThat(threePublic.get(vehicle + 2)).startsWith("3、公务接待费支出");
    }

    @Test
    void aGeneralBudgetOfNothingWithNoBudgetHasNoStructureAndNoDetail() {
        // spending only from the government fund: 一般公共预算财政拨款支出 is 0.00 and no 项 has a 年初预算
        String body = """
                lines:
                  - code: "2010301"
                    income: {governmentFund: 500000.00}
                    spending: {governmentFund: {project: 500000.00}}
                prior: {total: 400000.00, generalBudgetExpenditure: 234000.00}
                """;
        List<Block> blocks = shanghai(body);
        // the overall paragraph states the 0.00 and the change from the prior year
        assertThat(section(blocks, "五、一般公共预算财政拨款支出决算情况说明"))
                .containsExactly("一般公共预算财政拨款支出0.00万元，占本年支出合计的0.00%。与2023年度相比，一般公共预算财政拨款支出减少23.40万元，下降100.00%。");
        assertThat(headings(blocks, 2))
                .contains("（一）一般公共预算财政拨款支出决算总体情况")
                .doesNotContain("（二）一般公共预算财政拨款支出决算结构情况", "（三）一般公共预算财政拨款支出决算具体情况");
        assertThat(NarrativeFixture.figures(blocks))
                .noneMatch(figure -> figure.key().startsWith("generalBudget.detail."));
        assertThat(NarrativeFixture.figures(blocks))
                .noneMatch(figure -> figure.key().equals("generalBudget.structure.total"));
    }

    @Test
    void aGeneralBudgetOfNothingWithABudgetStatesTheBudgetAndTheUnspentLine() {
        String body = """
                lines:
                  - code: "2010301"
                    income: {governmentFund: 500000.00}
                    spending: {governmentFund: {project: 500000.00}}
                    annualBudget: 300000.00
                """;
        List<String> detail = section(shanghai(body), "（三）一般公共预算财政拨款支出决算具体情况");
        assertThat(detail)
                .containsExactly(
                        "一般公共预算财政拨款支出年初预算为30.00万元，支出决算为0.00万元，完成年初预算的0.00%。其中：",
                        "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为30.00万元，支出决算为0.00万元。");
    }

    private static List<FigureRun> figures(List<Block> blocks, String key) {
        return NarrativeFixture.figures(blocks).stream()
                .filter(figure -> figure.key().equals(key))
                .toList();
    }
}
