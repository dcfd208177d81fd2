package org.juesuan.audit.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The checks a narrative's own figures allow, each on small sentences set under their heading: what holds gives no
 * finding, a difference the 0.01 万元 rounding explains only a remark, a contradiction an error at its number.
 */
class NarrativeChecksTest {

    /** Returns the findings on paragraphs read with the Hubei phrasing. */
    private static List<Issue> check(String... paragraphs) {
        NarrativeClaims claims = Paragraphs.extractor("hubei-2024").extract(Paragraphs.of(paragraphs));
        return NarrativeChecks.check(claims, Paragraphs.profile("hubei-2024").tolerance());
    }

    @Nested
    class ChangeRate {

        @Test
        void acceptsTheSeedsDecreaseOfOnePointSevenFour() {
            // 4.69 ÷ (265.18 + 4.69) = 4.69 ÷ 269.87 = 1.7379% → 1.74%
            assertThat(check("一、收入支出决算总体情况说明", "2024年度收、支总计均为265.18万元。与2023年度相比，收、支总计减少4.69万元，下降1.74%。"))
                    .isEmpty();
        }

        @Test
        void remarksOnADifferenceTheRoundingOfTheAmountsExplains() {
            // 0.10 ÷ (0.50 − 0.10) = 25.00%, but 0.09…0.11 over 0.38…0.42 gives 21.4%…28.9%: 25.5% is rounding
            String[] text = {"二、收入决算情况说明", "2024年度收入合计0.50万元，与2023年度相比，收入合计增加0.10万元，增长25.5%。"};
            List<Issue> issues = check(text);

            assertThat(issues).hasSize(1);
            assertThat(issues.get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(issues.get(0).code()).isEqualTo("AUDIT_NARRATIVE_CHANGE_RATE");
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "25.5"));
            assertThat(issues.get(0).message()).contains("0.10 ÷ 0.40 = 25.000%", "舍入范围");
        }

        @Test
        void remarksOnARateOneUnitOffInItsLastDecimal() {
            String[] text = {"一、收入支出决算总体情况说明", "2024年度收、支总计均为265.18万元。与2023年度相比，收、支总计减少4.69万元，减少1.73%。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::severity).containsExactly(Severity.INFO);
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "1.73"));
        }

        @Test
        void reportsARateTheFiguresCannotGive() {
            String[] text = {"二、收入决算情况说明", "2024年度收入合计0.50万元，与2023年度相比，收入合计增加0.10万元，增长40.0%。"};
            List<Issue> issues = check(text);

            assertThat(issues).hasSize(1);
            assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(issues.get(0).code()).isEqualTo("AUDIT_NARRATIVE_CHANGE_RATE");
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "40.0"));
            assertThat(issues.get(0).message())
                    .contains("按本年 0.50 万元减所述变动 0.10 万元推得上年 0.40 万元", "保留 1 位小数为 25.0%", "不符");
        }

        @Test
        void takesTheBaseFromAStatedPriorYearAmount() {
            // 比上年的 20.00 万元 增加 5.00 万元: 5.00 ÷ 20.00 = 25%, not 30%
            String[] text = {"十、机关运行经费支出说明", "2024年度机关运行经费支出25.00万元，比上年的20.00万元增加5.00万元，增长30.0%。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_CHANGE_RATE");
            assertThat(issues.get(0).message()).contains("上年 20.00 万元", "5.00 ÷ 20.00 = 25.000%");
        }
    }

    @Nested
    class DirectionWords {

        @Test
        void reportsARateWordAgainstTheAmountsWord() {
            String[] text = {"一、收入支出决算总体情况说明", "2024年度收、支总计均为265.18万元。与2023年度相比，收、支总计减少4.69万元，增长1.74%。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_DIRECTION");
            assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "1.74"));
            assertThat(issues.get(0).message()).contains("减少 4.69 万元", "增长 1.74%", "自相矛盾");
        }

        @Test
        void reportsAWordAgainstTheStatedFigures() {
            // 8.00 against 10.00 is a decrease, however worded
            String[] text = {"十、机关运行经费支出说明", "2024年度机关运行经费支出8.00万元，比上年的10.00万元增加2.00万元。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_DIRECTION");
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "2.00"));
            assertThat(issues.get(0).message()).contains("实为减少 2.00 万元", "方向相反");
        }

        @Test
        void reportsAWordAgainstTheSignOfItsNumber() {
            String[] text = {"三、支出决算情况说明", "2024年度支出合计265.18万元，与2023年度相比，支出合计增加-4.69万元。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_DIRECTION");
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "-4.69"));
        }
    }

    @Nested
    class ZeroBase {

        @Test
        void warnsOfARateOnAPriorYearOfNothing() {
            // 5.00 − 5.00 = 0: there was nothing to grow from
            String[] text = {"三、支出决算情况说明", "2024年度支出合计5.00万元，与2023年度相比，支出合计增加5.00万元，增长100.00%。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_ZERO_BASE");
            assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "100.00"));
            assertThat(issues.get(0).message()).contains("上年为零", "无可比性");
        }

        @Test
        void warnsOfARateBesideNoComparison() {
            String[] text = {"三、支出决算情况说明", "2024年度支出合计6.00万元，与2023年度相比，支出合计增加1.00万元，增长20.00%，2023年度无此项支出，无可比性。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_ZERO_BASE");
            assertThat(issues.get(0).message()).contains("无可比性");
        }
    }

    @Nested
    class Flat {

        @Test
        void reportsFlatBetweenDifferentAmounts() {
            String[] text = {"十、机关运行经费支出说明", "2024年度机关运行经费支出7.56万元，上年为7.20万元，与上年持平。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_FLAT");
            assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "7.56"));
            assertThat(issues.get(0).message()).contains("增加 0.36 万元");
        }

        @Test
        void reportsFlatWithAChange() {
            String[] text = {"九、财政拨款“三公”经费支出决算情况说明", "2024年度“三公”经费财政拨款支出决算为3.00万元，较上年持平，增长5.0%。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_FLAT");
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "5.0"));
        }

        @Test
        void acceptsFlatWithNothingElse() {
            assertThat(check("九、财政拨款“三公”经费支出决算情况说明", "2024年度“三公”经费财政拨款支出全年预算为0.00万元，支出决算为0.00万元。较上年持平。"))
                    .isEmpty();
        }
    }

    @Nested
    class Completion {

        @Test
        void reportsACompletionRateOnABudgetOfNothing() {
            String[] text = {
                "五、一般公共预算财政拨款支出决算情况说明", "（1）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为0.00万元，支出决算为3.00万元，完成年初预算的100%。"
            };
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_COMPLETION_ZERO_BUDGET");
            assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "100%"));
            assertThat(issues.get(0).message()).contains("“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”", "年初未安排预算");
        }

        @Test
        void reportsACompletionRateTheAmountsDoNotGive() {
            // 150.00 ÷ 200.00 = 75.0%
            String[] text = {"五、一般公共预算财政拨款支出决算情况说明", "2024年度一般公共预算财政拨款支出年初预算为200.00万元，支出决算为150.00万元，完成年初预算的80.0%。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_COMPLETION_RATE");
            assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(issues.get(0).message()).contains("150.00 ÷ 200.00 = 75.000%");
        }

        @Test
        void acceptsTheSeedsCompletionAgainstItsStatedBudget() {
            // 265.18 ÷ 245.07 = 108.21% → 108.2% (the budget itself is wrong against the tables, not the arithmetic)
            assertThat(check("五、一般公共预算财政拨款支出决算情况说明", "2024年度一般公共预算财政拨款支出年初预算为245.07万元，支出决算为265.18万元，完成年初预算的108.2%。"))
                    .isEmpty();
        }
    }

    @Nested
    class Shares {

        @Test
        void warnsOfSharesShortOfOneHundred() {
            String[] text = {"三、支出决算情况说明", "其中：基本支出207.87万元，占本年支出78.4%；项目支出57.32万元，占本年支出20.6%。"};
            List<Issue> issues = check(text);

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_SHARE_SUM");
            assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(issues.get(0).where()).isEqualTo(Paragraphs.at(text, 2, "78.4"));
            assertThat(issues.get(0).message()).contains("78.4% + 20.6% = 99.0%", "不足100%");
        }

        @Test
        void reportsSharesOverOneHundred() {
            List<Issue> issues = check("三、支出决算情况说明", "其中：基本支出207.87万元，占本年支出78.4%；项目支出57.32万元，占本年支出22.6%。");

            assertThat(issues).extracting(Issue::severity).containsExactly(Severity.ERROR);
            assertThat(issues.get(0).message()).contains("= 101.0%", "超过100%");
        }

        @Test
        void remarksOnSharesOffByTheirOwnRounding() {
            List<Issue> issues = check("三、支出决算情况说明", "其中：基本支出207.87万元，占本年支出78.4%；项目支出57.32万元，占本年支出21.7%。");

            assertThat(issues).extracting(Issue::severity).containsExactly(Severity.INFO);
        }

        @Test
        void addsSharesOfConsecutiveNumberedParagraphs() {
            List<Issue> issues = check(
                    "五、一般公共预算财政拨款支出决算情况说明",
                    "（二）一般公共预算财政拨款支出决算结构情况",
                    "1. 一般公共服务支出类支出264.68万元，占99.81%。",
                    "2. 卫生健康支出类支出0.51万元，占0.29%。");

            assertThat(issues).extracting(Issue::code).containsExactly("AUDIT_NARRATIVE_SHARE_SUM");
            assertThat(issues.get(0).message()).contains("99.81% + 0.29% = 100.10%");
        }

        @Test
        void doesNotAddSharesOfDifferentWholes() {
            assertThat(check(
                            "十一、政府采购支出说明",
                            "授予中小企业合同金额31.36万元，占政府采购支出总额的100.0%，其中：授予小微企业合同金额31.36万元，占授予中小企业合同金额的100.0%。"))
                    .isEmpty();
        }
    }
}
