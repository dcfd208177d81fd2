package org.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.narrative.NarrativeFixture.figure;
import static org.juesuan.core.narrative.NarrativeFixture.headings;
import static org.juesuan.core.narrative.NarrativeFixture.section;

import java.util.List;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example written under shanghai-2024: the eleven sections of 第三部分 of the official Shanghai 2024 template
 * (附件2), in its order, worded as the template words them, with the items that do not apply left out (“不涉及的不列”).
 * The figures are the example's as corrected under hubei-2024 (the 项 add up to 265.19; the prior year is 269.87).
 */
class ShanghaiNarrativeTest {

    private static final String UNIT = "武汉市青山区人民政府国有资产监督管理局";
    private static List<Block> blocks;

    @BeforeAll
    static void write() {
        blocks = NarrativeFixture.narrative(NarrativeFixture.example().withProfile("shanghai-2024"), "shanghai-2024");
    }

    @Test
    void hasTheElevenSectionsOfTheTemplateInItsOrder() {
        assertThat(headings(blocks, 1))
                .containsExactly(
                        "一、收入支出决算总体情况说明",
                        "二、收入决算情况说明",
                        "三、支出决算情况说明",
                        "四、财政拨款收入支出决算总体情况说明",
                        "五、一般公共预算财政拨款支出决算情况说明",
                        "六、一般公共预算财政拨款基本支出决算情况说明",
                        "七、财政拨款“三公”经费支出决算情况说明",
                        "八、政府性基金预算财政拨款收入支出决算情况说明",
                        "九、国有资本经营预算财政拨款收入支出决算情况说明",
                        "十、预算绩效管理情况",
                        "十一、其他重要事项的情况说明");
        assertThat(headings(blocks, 2)).containsSubsequence("（一）机关运行经费支出情况", "（二）政府采购支出情况", "（三）国有资产占有使用情况说明");
    }

    @Test
    void hasNoCharts() {
        assertThat(blocks).noneMatch(block -> block instanceof ChartBlock);
    }

    @Test
    void statesTheTotalsAsTheTemplateWordsThem() {
        // 265.19 − 269.87 = −4.68; 4.68 ÷ 269.87 = 1.73%
        assertThat(section(blocks, "一、收入支出决算总体情况说明"))
                .containsExactly(
                        UNIT + "2024年度收入支出总计265.19万元。与2023年度相比，收入支出总计减少4.68万元，下降1.73%。" + "主要原因：削减人员经费拨款与支出，厉行节约。");
        assertThat(section(blocks, "四、财政拨款收入支出决算总体情况说明"))
                .containsExactly(UNIT + "2024年度财政拨款收入支出总计265.19万元。与2023年度相比，财政拨款收入支出总计减少4.68万元，下降1.73%。"
                        + "主要原因：削减人员经费拨款与支出，厉行节约。");
    }

    @Test
    void leavesOutTheSourcesAndKindsThatDoNotApply() {
        assertThat(section(blocks, "二、收入决算情况说明")).containsExactly("本年收入合计265.19万元，其中：财政拨款收入265.19万元，占100.00%。");
        // 207.87 ÷ 265.19 = 78.386% → 78.39; 57.32 ÷ 265.19 = 21.614% → 21.61; 78.39 + 21.61 = 100.00
        assertThat(section(blocks, "三、支出决算情况说明"))
                .containsExactly("本年支出合计265.19万元，其中：基本支出207.87万元，占78.39%；项目支出57.32万元，占21.61%。");
        // 264.68 ÷ 265.19 = 99.808% → 99.81; 0.51 ÷ 265.19 = 0.192% → 0.19
        assertThat(section(blocks, "（二）一般公共预算财政拨款支出决算结构情况"))
                .containsExactly(
                        "一般公共预算财政拨款支出265.19万元，主要用于以下方面：一般公共服务支出（类）264.68万元，占99.81%；" + "卫生健康支出（类）0.51万元，占0.19%。");
        // 工程 0.00 is not listed
        assertThat(section(blocks, "（二）政府采购支出情况").get(0))
                .isEqualTo(UNIT + "2024年度政府采购金额（以合同签订为准）为31.37万元，其中：货物采购金额0.20万元、服务采购金额31.17万元。");
    }

    @Test
    void statesThatThereIsNothingWhereTheUnitHadNothing() {
        assertThat(section(blocks, "七、财政拨款“三公”经费支出决算情况说明")).containsExactly(UNIT + "2024年度无“三公”经费财政拨款支出。");
        assertThat(section(blocks, "八、政府性基金预算财政拨款收入支出决算情况说明")).containsExactly(UNIT + "2024年度无政府性基金预算财政拨款收入和支出。");
        assertThat(section(blocks, "九、国有资本经营预算财政拨款收入支出决算情况说明")).containsExactly(UNIT + "2024年度无国有资本经营预算财政拨款收入和支出。");
    }

    @Test
    void listsTheBasicExpenditureItemsWithoutTheOnesOfNothing() {
        String basic = section(blocks, "六、一般公共预算财政拨款基本支出决算情况说明").get(0);
        assertThat(basic)
                .startsWith("一般公共预算财政拨款基本支出207.87万元。其中：人员经费200.30万元，主要包括：基本工资、")
                .contains("；公用经费7.57万元，主要包括：办公费、差旅费、")
                .doesNotContain("职业年金缴费")
                .doesNotContain("印刷费")
                .endsWith("其他商品和服务支出。");
        assertThat(figure(blocks, "basic.personnel")
                        .value()
                        .add(figure(blocks, "basic.public").value()))
                .isEqualByComparingTo("207.87");
    }

    @Test
    void comparesEachProjectBudgetAndLeavesOutCompletionRatesTheTemplateDoesNotPrint() {
        assertThat(section(blocks, "（三）一般公共预算财政拨款支出决算具体情况"))
                .contains("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为207.87万元，支出决算为207.87万元。");
    }
}
