package org.juesuan.audit.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;

/** The layouts and misprints the forms come in, one at a time, on small forms written as tab-separated text. */
class FormRecognizerTest {

    private static FormRecognizer.Forms read(String... lines) {
        return FormRecognizer.recognize(
                TabText.read("t.txt", String.join("\n", lines)).blocks());
    }

    private static final String TITLE = "2024年度某局项目自评表";
    private static final String NAME = "项目名称\t\t测试项目";
    private static final String BUDGET_HEADER = "预算执行情况（万元）（20分）\t\t\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分";
    private static final String BUDGET = "\t\t年度财政资金总额\t10.00\t9.00\t90%\t18";
    private static final String HEADER = "年度绩效目标1（80分）\t一级指标\t二级指标\t三级指标\t\t年初目标值（A）\t实际完成值（B）\t得分";

    private static Evaluation only(FormRecognizer.Forms forms) {
        assertThat(forms.overallForm()).isEmpty();
        assertThat(forms.projects()).hasSize(1);
        return forms.projects().get(0);
    }

    private static List<String> codes(FormRecognizer.Forms forms) {
        return forms.issues().sorted().stream().map(Issue::code).toList();
    }

    @Test
    void nothingIsReadBeforeTheAttachmentsOrAFormTitle() {
        FormRecognizer.Forms forms = read(NAME, BUDGET_HEADER, BUDGET, HEADER, "\t产出指标\t数量指标\t甲\t\t1次\t1次\t80");
        assertThat(forms.overallForm()).isEmpty();
        assertThat(forms.projects()).isEmpty();
        assertThat(forms.issues().sorted()).isEmpty();
    }

    @Test
    void aScoreThatIsNoNumberIsReportedAtItsCell() {
        FormRecognizer.Forms forms = read(TITLE, NAME, BUDGET_HEADER, BUDGET, HEADER, "\t产出指标\t数量指标\t甲\t\t1次\t1次\t优");
        Evaluation.Indicator indicator = only(forms).goals().get(0).indicators().get(0);
        assertThat(indicator.score()).isNull();
        assertThat(forms.issues().sorted()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("AUDIT_FORM_SCORE_NOT_A_NUMBER");
            assertThat(i.message()).isEqualTo("项目“测试项目”自评表的指标“甲”得分“优”不是数值，未读取");
            assertThat(i.where()).isEqualTo(SourceRef.text("t.txt", 6, "\t产出指标\t数量指标\t甲\t\t1次\t1次\t".length() + 1));
        });
    }

    @Test
    void aFormWithoutIndicatorsIsReported() {
        FormRecognizer.Forms forms = read(TITLE, NAME, BUDGET_HEADER, BUDGET, "总分\t18");
        assertThat(only(forms).goals()).isEmpty();
        assertThat(only(forms).printed()).containsEntry("totalScore", "18");
        assertThat(forms.issues().sorted())
                .extracting(Issue::code, Issue::message, Issue::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "AUDIT_FORM_NO_INDICATORS", "项目“测试项目”自评表没有可识别的绩效指标", SourceRef.text("t.txt", 1, 1)));
    }

    @Test
    void aRowBrokenOverTwoLinesIsOneIndicator() {
        Evaluation form = only(read(
                TITLE,
                NAME,
                BUDGET_HEADER,
                BUDGET,
                HEADER,
                "\t产出指标\t数量指标\t走访服务驻区\t\t20次\t20次\t40",
                "\t\t\t大企业大单位\t\t\t\t",
                "\t效益\t社会效益\t服务驻区大企业\t\t及时有效\t及时有效\t40",
                "\t指标\t指标\t协调推进重点工作\t\t\t\t"));
        assertThat(form.goals().get(0).indicators())
                .extracting(Evaluation.Indicator::level1, Evaluation.Indicator::level2, Evaluation.Indicator::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标", "走访服务驻区大企业大单位"),
                        org.assertj.core.groups.Tuple.tuple("效益指标", "社会效益指标", "服务驻区大企业协调推进重点工作"));
    }

    @Test
    void aMergedCellPrintedOnceStandsForEveryRowItCovers() {
        // 一级指标 printed in the middle of its rows (as a PDF centres it), 二级指标 on the first row only
        Evaluation form = only(read(
                TITLE,
                NAME,
                BUDGET_HEADER,
                BUDGET,
                HEADER,
                "\t\t数量指标\t甲\t\t1次\t1次\t20",
                "\t产出指标\t\t乙\t\t2次\t2次\t20",
                "\t\t质量指标\t丙\t\t100%\t100%\t20",
                "\t效益指标\t社会效益指标\t丁\t\t好\t好\t20"));
        assertThat(form.goals().get(0).indicators())
                .extracting(Evaluation.Indicator::level1, Evaluation.Indicator::level2)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标"),
                        org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标"),
                        org.assertj.core.groups.Tuple.tuple("产出指标", "质量指标"),
                        org.assertj.core.groups.Tuple.tuple("效益指标", "社会效益指标"));
        // the first row's 一级指标 is located where it is printed
        assertThat(form.goals().get(0).indicators().get(0).source("level1")).isEqualTo(SourceRef.text("t.txt", 7, 2));
    }

    @Test
    void checkBoxesComeInManyPrints() {
        FormRecognizer.Forms forms = read(
                TITLE,
                NAME,
                "项目类别\t\t☑部门预算项目 ☐区级专项 ☐上级转移支付项目",
                "项目属性\t\t1、持续性项目□ 2、新增性项目■",
                "项目类型\t\t1、常年性项目 <input type=\"checkbox\"/> 2、延续性项目 <INPUT TYPE=\"checkbox\" CHECKED/> 3、一次性项目",
                "主管部门\t\t\t项目实施单位\t某中心",
                BUDGET_HEADER,
                BUDGET,
                HEADER,
                "\t产出指标\t数量指标\t甲\t\t1次\t1次\t80");
        assertThat(only(forms).attributes())
                .containsEntry("项目类别", "部门预算项目")
                .containsEntry("项目属性", "新增性项目")
                .containsEntry("项目类型", "延续性项目")
                .containsEntry("项目实施单位", "某中心")
                .doesNotContainKey("主管部门")
                .doesNotContainKey("项目名称");
        assertThat(forms.issues().sorted()).isEmpty();
    }

    @Test
    void boxesNoneOrSeveralTickedAreReported() {
        FormRecognizer.Forms forms = read(
                TITLE,
                NAME,
                "项目类别\t\t1、部门预算项目☐ 2、区级专项☐",
                "项目属性\t\t1、持续性项目☑ 2、新增性项目☑",
                BUDGET_HEADER,
                BUDGET,
                HEADER,
                "\t产出指标\t数量指标\t甲\t\t1次\t1次\t80");
        assertThat(only(forms).attributes()).doesNotContainKey("项目类别").containsEntry("项目属性", "持续性项目、新增性项目");
        assertThat(forms.issues().sorted())
                .extracting(Issue::code, Issue::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "AUDIT_FORM_NO_OPTION", "项目“测试项目”自评表的项目类别未勾选任何一项（部门预算项目、区级专项）"),
                        org.assertj.core.groups.Tuple.tuple("AUDIT_FORM_OPTIONS", "项目“测试项目”自评表的项目属性勾选了2项：持续性项目、新增性项目"));
    }

    @Test
    void budgetFiguresTakeTheirUnitFromTheCellOrTheHeader() {
        Evaluation wan = only(read(
                TITLE,
                NAME,
                BUDGET_HEADER,
                "\t\t年度财政资金总额\t10 万\t9.5万元\t95%\t19",
                HEADER,
                "\t产出指标\t数量指标\t甲\t\t1次\t1次\t80"));
        assertThat(wan.planned().amount()).isEqualTo(Amount.parse("10", AmountUnit.WAN_YUAN));
        assertThat(wan.executed().amount()).isEqualTo(Amount.parse("9.5", AmountUnit.WAN_YUAN));
        Evaluation yuan = only(read(
                TITLE,
                NAME,
                "预算执行情况（元）\t年初预算数\t全年预算数(A)\t全年执行数(B)\t执行率\t得分",
                "\t90000\t100,000.00\t95000元\t95%\t19",
                HEADER,
                "\t产出指标\t数量指标\t甲\t\t1次\t1次\t80"));
        // the adjusted budget (全年预算数), not the budget at the start of the year
        assertThat(yuan.planned().amount()).isEqualTo(Amount.parse("100000", AmountUnit.YUAN));
        assertThat(yuan.executed().amount()).isEqualTo(Amount.parse("95000", AmountUnit.YUAN));
        assertThat(yuan.printed()).containsEntry("executionRate", "95%").containsEntry("budgetScore", "19");
    }

    @Test
    void anAmountThatIsNoNumberIsReported() {
        FormRecognizer.Forms forms = read(
                TITLE,
                NAME,
                BUDGET_HEADER,
                "\t\t年度财政资金总额\t约十万\t9.00\t90%\t18",
                HEADER,
                "\t产出指标\t数量指标\t甲\t\t1次\t1次\t80");
        assertThat(only(forms).planned()).isNull();
        assertThat(only(forms).executed()).isNotNull();
        assertThat(forms.issues().sorted())
                .extracting(Issue::code, Issue::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "AUDIT_FORM_NOT_AN_AMOUNT", "项目“测试项目”自评表的预算数“约十万”不是金额，未读取"));
    }

    @Test
    void pointsThatAreNoNumberAreReported() {
        FormRecognizer.Forms forms = read(
                TITLE,
                NAME,
                BUDGET_HEADER,
                BUDGET,
                "年度目标1（八十分）\t\t完成监管任务",
                "年度绩效指标\t一级指标\t二级指标\t三级指标\t\t年初目标值\t实际完成值\t得分",
                "年度目标1\t产出指标\t数量指标\t甲\t\t1次\t1次\t80");
        Evaluation.Goal goal = only(forms).goals().get(0);
        assertThat(goal.title()).isEqualTo("年度目标1");
        assertThat(goal.description()).isEqualTo("完成监管任务");
        assertThat(goal.points()).isNull();
        assertThat(goal.indicators()).hasSize(1);
        assertThat(codes(forms)).containsExactly("AUDIT_FORM_POINTS_NOT_A_NUMBER");
    }

    @Test
    void weightsAndAchievementsAreReadWhereTheFormPrintsThem() {
        Evaluation form = only(read(
                TITLE,
                NAME,
                BUDGET_HEADER,
                BUDGET,
                "年度绩效目标1\t一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t分值\t完成情况\t得分",
                "\t产出指标\t数量指标\t甲\t≥3家\t4家\t40\t\t40",
                "\t效益指标\t社会效益指标\t乙\t及时有效\t基本及时\t40\t部分达成\t30分"));
        assertThat(form.goals().get(0).indicators())
                .extracting(
                        Evaluation.Indicator::target,
                        i -> i.weight().toPlainString(),
                        Evaluation.Indicator::achievement,
                        i -> i.score().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("≥3家", "40", null, "40"),
                        org.assertj.core.groups.Tuple.tuple("及时有效", "40", "部分达成", "30"));
    }

    @Test
    void aFormBrokenByAPageIsOneFormAndATableOfTwoFormsIsTwo() {
        FormRecognizer.Forms forms = read(
                "第六部分 附件",
                TITLE,
                NAME,
                BUDGET_HEADER,
                BUDGET,
                HEADER,
                "\t产出指标\t数量指标\t甲\t\t1次\t1次\t40",
                "- 12 -",
                "\t效益指标\t社会效益指标\t乙\t\t好\t好\t40",
                "总分\t98",
                "项目名称\t\t第二个项目",
                BUDGET_HEADER,
                BUDGET,
                HEADER,
                "\t产出指标\t数量指标\t丙\t\t1次\t1次\t80");
        assertThat(forms.projects()).extracting(Evaluation::name).containsExactly("测试项目", "第二个项目");
        assertThat(forms.projects().get(0).goals().get(0).indicators())
                .extracting(Evaluation.Indicator::name)
                .containsExactly("甲", "乙");
        assertThat(forms.projects().get(0).printed()).containsEntry("totalScore", "98");
        assertThat(forms.projects().get(1).source()).isEqualTo(SourceRef.text("t.txt", 11, 1));
        assertThat(forms.issues().sorted()).isEmpty();
    }

    @Test
    void aRowTheFormDoesNotHaveIsReported() {
        FormRecognizer.Forms forms = read(
                TITLE,
                NAME,
                BUDGET_HEADER,
                BUDGET,
                "\t\t其中：财政拨款\t8.00\t8.00\t100%\t",
                HEADER,
                "\t产出指标\t数量指标\t甲\t\t1次\t1次\t80");
        assertThat(only(forms).planned().amount()).isEqualTo(Amount.parse("10", AmountUnit.WAN_YUAN));
        assertThat(forms.issues().sorted())
                .extracting(Issue::code, Issue::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AUDIT_FORM_UNREAD_ROW", SourceRef.text("t.txt", 5, 1)));
    }

    @Test
    void aSecondOverallFormIsReportedAndTheFirstKept() {
        FormRecognizer.Forms forms = read(
                "2024年度某局整体绩效自评表",
                "部门名称\t\t某局",
                BUDGET_HEADER,
                "\t\t部门整体支出总额\t10.00\t10.00\t100%\t20",
                "2024年度另一局整体绩效自评表",
                "部门名称\t\t另一局",
                BUDGET_HEADER,
                "\t\t部门整体支出总额\t20.00\t20.00\t100%\t20");
        assertThat(forms.overallForm().orElseThrow().name()).isEqualTo("某局");
        assertThat(forms.projects()).isEmpty();
        assertThat(codes(forms))
                .containsExactly("AUDIT_FORM_NO_INDICATORS", "AUDIT_FORM_NO_INDICATORS", "AUDIT_FORM_SECOND_OVERALL");
    }

    @Test
    void theUnitsCaptionNamesAnOverallFormThatPrintsNoName() {
        FormRecognizer.Forms forms = read(
                "2024年度某局整体绩效自评表",
                "部门名称： 某局",
                BUDGET_HEADER,
                "\t\t部门整体支出总额\t10.00\t10.00\t100%\t20",
                HEADER,
                "\t产出指标\t数量指标\t甲\t\t1次\t1次\t80");
        Evaluation overall = forms.overallForm().orElseThrow();
        assertThat(overall.name()).isEqualTo("某局");
        assertThat(overall.source("name")).isEqualTo(SourceRef.text("t.txt", 2, 7));
        assertThat(overall.goals().get(0).points()).isEqualByComparingTo(new BigDecimal("80"));
        assertThat(forms.issues().sorted()).isEmpty();
    }
}
