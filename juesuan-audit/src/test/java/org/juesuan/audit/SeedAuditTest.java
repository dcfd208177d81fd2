package org.juesuan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.Readers;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example's published text audited: the findings expected are written from the document itself (each
 * with the line it is about), and the 0.01 differences of rounding to 万元 are remarks, never warnings or errors.
 */
class SeedAuditTest {

    static final Path SEED = Path.of("../examples/qingshan-guozi-2024/published.txt");
    static Auditor.Audit audit;
    static List<String> lines;

    @BeforeAll
    static void audit() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        lines = List.of(text.split("\n", -1));
        PublishedDocument document = Readers.bundled().read("published.txt", Files.readAllBytes(SEED));
        audit = AuditFixture.auditor().audit(document, 500);
    }

    /** Returns the findings of a rule as “severity line” strings. */
    private static List<String> found(String rule) {
        return audit.findings().list().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(f -> f.severity() + " " + line(f))
                .toList();
    }

    private static int line(Finding finding) {
        return finding.source() instanceof org.juesuan.core.source.SourceRef.Text t ? t.line() : 0;
    }

    /** Returns the line number (from 1) of the first line containing all of {@code parts}. */
    private static int lineOf(String... parts) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (java.util.Arrays.stream(parts).allMatch(line::contains)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + String.join(" ", parts));
    }

    @Test
    void theBodyOfTable03IsPrintedEmpty() {
        // 公开 03 表 prints its headers and no row; the other tables give 265.19 of expenditure
        assertThat(found("AUDIT_EMPTY_TABLE")).containsExactly("ERROR " + lineOf("本年支出合计\t基本支出\t项目支出\t上缴上级支出"));
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().equals("AUDIT_EMPTY_TABLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("公开03表", "265.19"));
    }

    @Test
    void theTruncatedCodesAreReported() {
        assertThat(found("AUDIT_TRUNCATED_CODE"))
                .containsExactly("WARNING " + lineOf("201030\t", "行政运行"), "WARNING " + lineOf("3010\t", "基本工资"));
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().equals("AUDIT_TRUNCATED_CODE"))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("201030", "210110"))
                .anySatisfy(m -> assertThat(m).contains("3010", "3020", "3021"));
    }

    @Test
    void aDistrictsGlossarySpeaksOfTheCity() {
        assertThat(found("AUDIT_GLOSSARY_LEVEL"))
                .containsExactly(
                        "WARNING " + lineOf("（一）一般公共预算财政拨款收入：", "市级财政"), "WARNING " + lineOf("“三公”经费：", "市直部门"));
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().equals("AUDIT_GLOSSARY_LEVEL"))
                .extracting(Finding::message)
                .containsExactly("名词解释称“市级财政”（3处），本单位为区级单位，应为“区级财政”", "名词解释称“市直部门”，本单位为区级单位，应为“区直部门”");
    }

    @Test
    void theReceptionExpensesAreNotExplained() {
        // 九（二） explains 1. 因公出国（境）费 and 2. 公务用车购置及运行费, and stops
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().equals("AUDIT_THREE_PUBLIC_ITEM"))
                .extracting(Finding::message)
                .containsExactly("“三公”经费说明逐项列出了其他项目，却没有说明公务接待费（预算数、决算数及有关情况）");
    }

    @Test
    void theGlossaryListsOutdatedAndUnusedItems() {
        // 2101101 and 2101103 listed under 医疗卫生与计划生育支出(类)医疗保障(款), the 2024 names being 卫生健康支出 and
        // 行政事业单位医疗; five listed 科目 have no figure in any table
        assertThat(found("AUDIT_GLOSSARY_NAME"))
                .containsExactly("WARNING " + lineOf("医疗保障(款)行政单位医疗"), "WARNING " + lineOf("医疗保障(款)公务员医疗补助"));
        assertThat(found("AUDIT_GLOSSARY_ITEM_UNUSED")).hasSize(5).allMatch(f -> f.startsWith("INFO"));
    }

    @Test
    void roundingToWanYuanIsOnlyARemark() {
        // 265.19 vs 265.18 (01, 02, 03, 04, 05), 198.72 vs 198.73 (301), 7.57 vs 7.56 (302)
        List<Finding> rounding = audit.findings().list().stream()
                .filter(f -> f.difference()
                        .map(d -> d.abs().toWanYuan().compareTo(new java.math.BigDecimal("0.01")) == 0)
                        .orElse(false))
                .toList();
        assertThat(rounding).isNotEmpty().allMatch(f -> f.severity() == Severity.INFO);
        assertThat(rounding).extracting(Finding::ruleId).contains("T01-3", "T02-3", "T05-1", "T06-1");
        assertThat(rounding)
                .filteredOn(f -> f.ruleId().equals("T06-1"))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("198.73", "198.72"))
                .anySatisfy(m -> assertThat(m).contains("7.56", "7.57"));
    }

    @Test
    void theSelfEvaluationFormsContradictTheirOwnRules() {
        // 项目“大企业协调服务工作经费”: 年度绩效目标1 printed “(10分)” while its four indicators score 20 each
        assertThat(found("PERFORMANCE_GOAL_POINTS")).containsExactly("WARNING " + lineOf("年度绩效 目标 1 (10分)"));
        // 走访服务驻区大企业大单位: target 20次, actual 39个, on the overall form and on project 2's
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().equals("PERFORMANCE_UNIT_MISMATCH"))
                .extracting(Finding::message)
                .hasSize(2)
                .allSatisfy(m -> assertThat(m).contains("20次", "39个"));
    }

    @Test
    void theNarrativeContradictsTheTables() {
        // 五（一）: 年初预算 245.07 stated; the 项 budgets of 五（三） add up to 207.87 + 56.81 + 0.09 + 0.42 = 265.19
        assertThat(found("N-8a")).containsExactly("ERROR " + lineOf("年初预算为 245.07"));
        // 完成年初预算的 108.2%: 265.18 ÷ 265.19 is 100.0%
        assertThat(found("N-8b")).hasSize(1).allMatch(f -> f.startsWith("ERROR"));
        // 十三（一）: 57.32 万元 of self-evaluated projects; the two forms execute 6.24 + 29.44 = 35.68
        assertThat(found("N-17b")).containsExactly("ERROR " + lineOf("共涉及项目 2 个，资金 57.32 万元"));
        // 21.62% = 57.32 ÷ 265.18, the share of 本年支出, not of 项目支出
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().equals("N-17c"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("21.62", "以本年支出合计 265.18 万元为分母则为 21.62%"));
    }

    @Test
    void theItemsListedInSectionSixAreNotThoseThatHaveAmounts() {
        // 人员经费 lists 职业年金缴费 and 其他对个人和家庭的补助 (blank in 公开06表), leaves out 其他社会保障缴费 0.19 and
        // 退休费 1.15 (the list ends with 等); 公用经费 lists 印刷费, 维修（护）费, 培训费 (blank)
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().equals("AUDIT_LISTED_WITHOUT_AMOUNT"))
                .extracting(Finding::message)
                .extracting(m -> m.substring(m.indexOf('“') + 1, m.indexOf('”')))
                .containsExactly("职业年金缴费", "其他对个人和家庭的补助", "印刷费", "维修（护）费", "培训费");
        assertThat(audit.findings().list())
                .filteredOn(f -> f.ruleId().equals("AUDIT_AMOUNT_NOT_LISTED"))
                .allMatch(f -> f.severity() == Severity.INFO)
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("其他社会保障缴费", "0.19"))
                .anySatisfy(m -> assertThat(m).contains("退休费", "1.15"));
    }

    @Test
    void aLineAmountTheNarrativeStatesOtherwiseThanTheTableIsReported() throws Exception {
        // the seed's 五（三） states each 项 as 公开05表 prints it; changed here to 217.87 for 行政运行
        String text = String.join("\n", lines)
                .replace("行政运行（项）。年初预算为207.87万元，支出决算为207.87万元", "行政运行（项）。年初预算为207.87万元，支出决算为217.87万元");
        Auditor.Audit changed = AuditFixture.auditor()
                .audit(Readers.bundled().read("published.txt", text.getBytes(StandardCharsets.UTF_8)), 500);
        assertThat(changed.findings().list())
                .filteredOn(f -> f.ruleId().equals("AUDIT_NARRATIVE_AMOUNT"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("行政运行（项）支出决算为217.87万元", "207.87万元", "相差10.00万元");
                    assertThat(line(f)).isEqualTo(lineOf("行政运行（项）。年初预算为207.87万元"));
                });
        assertThat(audit.findings().list()).noneMatch(f -> f.ruleId().equals("AUDIT_NARRATIVE_AMOUNT"));
    }

    @Test
    void aUseTheNarrativeNamesWithoutSpendingInTheTableIsReported() throws Exception {
        // 五（二）1: 一般公共服务支出 “主要是用于行政运行和一般行政管理事务支出”, both 项 printed under 201; changed here
        String text = String.join("\n", lines).replace("主要是用于行政运行和一般行政管理事务支出", "主要是用于行政运行和机关服务支出");
        Auditor.Audit changed = AuditFixture.auditor()
                .audit(Readers.bundled().read("published.txt", text.getBytes(StandardCharsets.UTF_8)), 500);
        assertThat(changed.findings().list())
                .filteredOn(f -> f.ruleId().equals("AUDIT_LISTED_WITHOUT_AMOUNT")
                        && f.message().contains("主要用于"))
                .extracting(Finding::message)
                .containsExactly("情况说明称一般公共服务支出类支出主要用于“机关服务”，但公开05表在“201 一般公共服务支出”下没有该科目的支出");
        assertThat(audit.findings().list())
                .noneMatch(f -> f.ruleId().equals("AUDIT_LISTED_WITHOUT_AMOUNT")
                        && f.message().contains("主要用于"));
    }

    @Test
    void isNotReadyForInspection() {
        assertThat(audit.readiness().errors())
                .isEqualTo(audit.findings().count(Severity.ERROR))
                .isGreaterThanOrEqualTo(7);
        assertThat(audit.readiness().score()).isZero();
        assertThat(audit.readiness().verdict()).isEqualTo("不宜公开");
    }

    @Test
    void theReportQuotesThePrintedText() {
        String text = AuditReport.text(audit);
        assertThat(text)
                .contains("识别结果：武汉市青山区人民政府国有资产监督管理局（汇总），区级，2024年度")
                .contains("原文：201030 | 行政运行 | 207.87 | 207.87")
                .contains("迎检准备度：" + audit.readiness().score() + " 分");
        assertThat(AuditReport.json(audit)).contains("\"evidence\" : \"201030 | 行政运行 | 207.87 | 207.87\"");
        assertThat(AuditReport.html(audit))
                .contains("<td class=\"ERROR\">错误</td>")
                .doesNotContain("<script");
    }
}
