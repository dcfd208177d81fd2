package org.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.narrative.NarrativeFixture.figures;
import static org.juesuan.core.narrative.NarrativeFixture.section;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * 预算绩效 in the narrative from the computed scores: each form's 总分, the projects' 平均得分 weighted as the profile's
 * rules say, and (Shanghai) the number of projects in each grade, as the template words it.
 */
class PerformanceNarrativeTest {

    private static final String UNIT = "武汉市青山区人民政府国有资产监督管理局";

    private static Evaluation form(String name, String planned, String executed, String target, String actual) {
        return new Evaluation(
                name,
                Map.of(),
                new Figure(Amount.parse(planned, AmountUnit.WAN_YUAN), SourceRef.NONE),
                new Figure(Amount.parse(executed, AmountUnit.WAN_YUAN), SourceRef.NONE),
                List.of(new Evaluation.Goal(
                        "年度目标1",
                        "",
                        null,
                        List.of(new Evaluation.Indicator(
                                "产出指标",
                                "数量指标",
                                "培训人次",
                                target,
                                actual,
                                new BigDecimal("80"),
                                null,
                                null,
                                SourceRef.NONE)),
                        SourceRef.NONE)),
                null,
                null,
                null,
                Map.of(),
                SourceRef.NONE);
    }

    /** The example with two scored projects: 甲 10/10 and all met, 乙 30/15 and 10 of 50 人次. */
    private static Dataset scored(String profile) {
        Dataset example = NarrativeFixture.example();
        return example.withEvaluations(
                        example.overallEvaluation(),
                        List.of(form("甲项目", "10", "10", "≥100人次", "120人次"), form("乙项目", "30", "15", "≥50人次", "10人次")))
                .withProfile(profile);
    }

    private static List<FigureRun> scores(List<Block> blocks) {
        return figures(blocks).stream()
                .filter(f -> f.kind() == FigureRun.Kind.SCORE)
                .toList();
    }

    @Test
    void shanghaiStatesTheAverageAndTheGradesAsTheTemplateDoes() {
        List<Block> blocks = NarrativeFixture.narrative(scored("shanghai-2024"), "shanghai-2024");
        // national rules: 10 × 10/10 + 80 = 90 (优) and 10 × 15/30 + 80 × 10/50 = 21 (不合格); simple average 55.5
        assertThat(section(blocks, "十、预算绩效管理情况")).singleElement().satisfies(text -> assertThat(text)
                .startsWith(UNIT + "2024年度预算绩效管理工作开展情况如下：")
                .endsWith("绩效自评的2024年度项目2个，涉及预算金额40.00万元，平均得分55.5分（其中，绩效评级为“优”的项目1个；"
                        + "绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目1个）。"));
        assertThat(scores(blocks)).extracting(FigureRun::text).containsExactly("55.5");
    }

    @Test
    void hubeiStatesEachProjectsScoreAndTheAverageWeightedByFunds() {
        List<Block> blocks = NarrativeFixture.narrative(scored("hubei-2024"), "hubei-2024");
        // seed rules: 20 + 80 = 100 and 20 × 15/30 + 80 × 10/50 = 26; by 预算数 (100 × 10 + 26 × 30) ÷ 40 = 44.5
        List<String> section = section(blocks, "十三、预算绩效情况说明");
        assertThat(section.get(0)).contains("，平均得分44.5分。");
        assertThat(section)
                .anySatisfy(p -> assertThat(p).startsWith("1. 甲项目绩效自评综述：").contains("完成预算的100%。自评得分100分。"))
                .anySatisfy(p -> assertThat(p).startsWith("2. 乙项目绩效自评综述：").contains("完成预算的50%。自评得分26分。"));
        assertThat(scores(blocks))
                .extracting(FigureRun::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("44.5"), new BigDecimal("100"), new BigDecimal("26"));
    }

    @Test
    void noAverageWhileAProjectCannotBeScored() {
        // the example's second project counts its visits in 次 against 个: it has no total, so no average is stated
        List<Block> blocks =
                NarrativeFixture.narrative(NarrativeFixture.example().withProfile("shanghai-2024"), "shanghai-2024");
        assertThat(String.join("", section(blocks, "十、预算绩效管理情况")))
                .contains("绩效自评的2024年度项目2个，涉及预算金额35.68万元。")
                .doesNotContain("平均得分", "绩效评级");
    }
}
