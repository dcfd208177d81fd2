package org.juesuan.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.rule.CompiledRule;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.RuleEngine;
import org.juesuan.core.rule.RuleSet;
import org.juesuan.core.rule.UnitView;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offset rules {@code C-1} and {@code C-2} (consolidation-2024) on the working paper {@code C01} of a small
 * department, under both shipped profiles: silent when both sides match, an error with both amounts, the difference
 * and the working paper's cell when they do not.
 */
class OffsetRulesTest {

    private static final Profiles PROFILES = Profiles.bundled(Catalogs.bundled());

    private static Consolidation consolidate(String kindergartenSubsidy, String schoolRemittance) {
        return Consolidator.consolidate(ConsolidatorTest.department(kindergartenSubsidy, schoolRemittance), TREE)
                .orElseThrow(issues -> new IllegalStateException(issues.toString()));
    }

    private static final SourceRef TREE = SourceRef.file("consolidation.yaml");

    /** Evaluates one rule on the consolidation's view; its findings go to {@code findings}. */
    private static RuleEngine.Outcome evaluate(
            String profileId, String ruleId, Consolidation consolidation, List<Finding> findings) {
        Profile profile = PROFILES.require(profileId);
        CompiledRule rule =
                RuleSet.loadForConsolidation(profile, List.of()).rule(ruleId).orElseThrow();
        UnitView view = consolidation.view(profile);
        return RuleEngine.evaluate(rule, view, findings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void bothRulesPassWhenTheSidesMatch(String profile) {
        Consolidation consolidation = consolidate("40.00", "5.00");
        List<Finding> findings = new ArrayList<>();

        assertThat(evaluate(profile, "C-1", consolidation, findings)).isEqualTo(RuleEngine.Outcome.PASSED);
        assertThat(evaluate(profile, "C-2", consolidation, findings)).isEqualTo(RuleEngine.Outcome.PASSED);
        assertThat(findings).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void c1ReportsTheSubsidiesThatDoNotMatchAtTheParentsCell(String profile) {
        Consolidation consolidation = consolidate("30.50", "5.00");
        List<Finding> findings = new ArrayList<>();

        assertThat(evaluate(profile, "C-2", consolidation, findings)).isEqualTo(RuleEngine.Outcome.PASSED);
        assertThat(evaluate(profile, "C-1", consolidation, findings)).isEqualTo(RuleEngine.Outcome.FAILED);

        Finding finding = findings.stream()
                .filter(f -> f.ruleId().equals("C-1"))
                .findFirst()
                .orElseThrow();
        assertThat(findings).singleElement().isSameAs(finding);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.title()).isEqualTo("对附属单位补助支出与所属单位上级补助收入抵销");
        assertThat(finding.left()).isEqualTo(Amount.parse("100.00"));
        assertThat(finding.right()).isEqualTo(Amount.parse("90.50"));
        assertThat(finding.difference()).contains(Amount.parse("9.50"));
        assertThat(finding.message())
                .isEqualTo("某局机关对附属单位补助支出 100.00 元，所属单位上级补助收入合计 90.50 元，相差 9.50 元；" + "汇总时两方均已抵销，汇总数据因此不平衡");
        assertThat(finding.table() + "/" + finding.row() + "/" + finding.column())
                .isEqualTo("C01/bureau.yaml/subsidyPaid");
        assertThat(finding.place()).startsWith("抵销工作底稿 某局机关 ").endsWith("（栏次1）");
        // the bureau records the subsidy on two lines: the finding points at its dataset
        assertThat(finding.source()).isEqualTo(SourceRef.file("bureau.yaml"));
        assertThat(finding.inputs()).containsExactly("C01/bureau.yaml/subsidyPaid", "C01/bureau.yaml/subsidyReceived");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void c2ReportsTheRemittancesThatDoNotMatchAtTheParentsCell(String profile) {
        Consolidation consolidation = consolidate("40.00", "7.50");
        List<Finding> findings = new ArrayList<>();

        assertThat(evaluate(profile, "C-1", consolidation, findings)).isEqualTo(RuleEngine.Outcome.PASSED);
        assertThat(evaluate(profile, "C-2", consolidation, findings)).isEqualTo(RuleEngine.Outcome.FAILED);

        Finding finding = findings.get(0);
        assertThat(findings).hasSize(1);
        assertThat(finding.ruleId()).isEqualTo("C-2");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.difference()).contains(Amount.parse("-2.50"));
        assertThat(finding.message())
                .isEqualTo("某局机关附属单位上缴收入 5.00 元，所属单位上缴上级支出合计 7.50 元，相差 -2.50 元；" + "汇总时两方均已抵销，汇总数据因此不平衡");
        assertThat(finding.table() + "/" + finding.row() + "/" + finding.column())
                .isEqualTo("C01/bureau.yaml/remittanceReceived");
        // the bureau's figure carries no position of its own here: the finding points at the bureau's dataset
        assertThat(finding.source()).isEqualTo(SourceRef.file("bureau.yaml"));
        assertThat(finding.place()).endsWith("（栏次4）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void theWorkingPaperShowsEachParentThenItsSubordinatesAndTheTotal(String profile) {
        Consolidation consolidation = consolidate("30.50", "7.50");
        ReportTable paper = consolidation.tables(PROFILES.require(profile)).get(0);

        assertThat(paper.id()).isEqualTo("C01");
        assertThat(paper.definition().title()).isEqualTo("抵销工作底稿");
        assertThat(paper.rows())
                .extracting(row -> row.id() + " " + row.label() + " " + row.level())
                .containsExactly(
                        "bureau.yaml 某局机关 1",
                        "bureau.yaml>school.yaml 某局所属学校 2",
                        "bureau.yaml>kindergarten.yaml 某局所属幼儿园 2",
                        "total 合计 0");
        assertThat(cells(paper, "bureau.yaml")).containsExactly("100.00", "90.50", "9.50", "5.00", "7.50", "-2.50");
        // a subordinate's row shows its own figures on the subordinates' side only
        assertThat(cells(paper, "bureau.yaml>school.yaml")).containsExactly("", "60.00", "", "", "7.50", "");
        assertThat(cells(paper, "bureau.yaml>kindergarten.yaml")).containsExactly("", "30.50", "", "", "", "");
        // the total adds up the parents' rows only, so each figure counts once
        assertThat(cells(paper, "total")).containsExactly("100.00", "90.50", "9.50", "5.00", "7.50", "-2.50");
        assertThat(paper.source("bureau.yaml>school.yaml", "subsidyReceived")).contains(SourceRef.file("school.yaml"));
    }

    private static List<String> cells(ReportTable table, String row) {
        ReportRow found = table.row(row).orElseThrow();
        return table.columns(found.section()).stream()
                .map(column -> table.cell(row, column.id())
                        .amount()
                        .map(amount -> amount.value().toPlainString())
                        .orElse(""))
                .toList();
    }
}
