package org.juesuan.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule file is reported at the exact character, with a caret, and every problem at once. */
class RuleFileProblemsTest {

    private static final Profile HUBEI = Profiles.bundled(RuleCases.CATALOGS).require("hubei-2024");

    @TempDir
    Path root;

    private Issues compile(String rules) throws IOException {
        Files.createDirectories(root.resolve("local"));
        Files.writeString(root.resolve("local/rules.yaml"), rules);
        Result<List<RuleDefinition>> loaded = RuleLoader.load(List.of(DataDirectory.of(root)), List.of("local"));
        Issues issues = Issues.create().addAll(loaded.issues());
        loaded.value()
                .ifPresent(definitions ->
                        issues.addAll(RuleSet.compile(HUBEI, definitions).issues()));
        return issues;
    }

    /** Compiles a rule file as a consolidation's rules: the working paper C01 readable beside the public tables. */
    private Issues compileForConsolidation(String rules) throws IOException {
        Files.createDirectories(root.resolve("local"));
        Files.writeString(root.resolve("local/rules.yaml"), rules);
        Result<List<RuleDefinition>> loaded = RuleLoader.load(List.of(DataDirectory.of(root)), List.of("local"));
        Issues issues = Issues.create().addAll(loaded.issues());
        loaded.value()
                .ifPresent(definitions ->
                        issues.addAll(RuleSet.compile(HUBEI, definitions, true).issues()));
        return issues;
    }

    @Test
    void aConsolidationRuleIsLocatedLikeAnyOther() throws IOException {
        Issues issues = compileForConsolidation("""
                rules:
                  - id: C-9
                    title: 测试
                    severity: ERROR
                    each: {rows: C01, where: top}
                    check: C01[row].subsidyPaid == C01[row].subsidyReceivd
                    message: "{row} 相差 {diff:元} 元，合计 {C01[total].subsidyPayd:元} 元"
                    at: C01[row].subsidyPaid
                """);
        // each at the reference that names the unknown column, the placeholder's past its 元 suffix
        assertThat(issues.sorted())
                .extracting(Issue::toString)
                .containsExactly(
                        "错误 RULE_FORMULA " + file() + ":6:36: 规则 C-9 的 check 有误：表 C01 的表块“main”中没有栏“subsidyReceivd”"
                                + "（逐行检查多表块的表时，请用 each.section 限定表块）",
                        "错误 RULE_MESSAGE " + file() + ":7:39: 规则 C-9 的 message 占位符有误：表 C01 的表块“main”中没有栏“subsidyPayd”");
    }

    @Test
    void theWorkingPaperIsNotATableOfTheProfilesOwnRules() throws IOException {
        String rules = """
                rules:
                  - id: C-9
                    title: 测试
                    severity: ERROR
                    check: C01[total].subsidyPaid == C01[total].subsidyReceived
                    message: "相差 {diff:元} 元"
                """;
        assertThat(compileForConsolidation(rules).sorted()).isEmpty();
        assertThat(compile(rules).sorted())
                .extracting(Issue::code, i -> i.where().display())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RULE_FORMULA", file() + ":5:12"));
    }

    @Test
    void theShippedConsolidationRulesCompileUnderEveryProfile() {
        Profiles profiles = Profiles.bundled(RuleCases.CATALOGS);
        for (String id : profiles.ids()) {
            RuleSet rules = RuleSet.loadForConsolidation(profiles.require(id), List.of());
            assertThat(rules.rule("C-1")).as(id).isPresent();
            assertThat(rules.rule("C-2")).as(id).isPresent();
            assertThat(RuleSet.load(profiles.require(id), List.of()).rule("C-1"))
                    .as(id)
                    .isEmpty();
        }
    }

    private String file() {
        return root.resolve("local/rules.yaml").toString();
    }

    @Test
    void aTypoInARowNameIsShownWithACaretUnderIt() throws IOException {
        Issues issues = compile("""
                rules:
                  - id: L-1
                    title: 测试
                    severity: ERROR
                    check: T01[I27] == sum(T01[I1..I8]) + T01[I82]
                    message: 不符
                """);
        assertThat(issues.sorted())
                .extracting(Issue::toString)
                .containsExactly("错误 RULE_FORMULA " + file() + ":5:43: 规则 L-1 的 check 有误：表 T01 中没有行“I82”");
        // the caret stands under the I of I82, column 43
        assertThat(new IssueFormatter().format(issues))
                .contains("    5 |     check: T01[I27] == sum(T01[I1..I8]) + T01[I82]\n" + "      | " + " ".repeat(42)
                        + "^\n");
    }

    @Test
    void anUnknownFunctionInAQuotedFormula() throws IOException {
        Issues issues = compile("""
                rules:
                  - id: L-2
                    title: 测试
                    severity: WARNING
                    check: "T01[I27] == total(T01[I1..I8])"
                    message: 不符
                """);
        assertThat(issues.sorted())
                .extracting(Issue::toString)
                .singleElement()
                .asString()
                .startsWith("错误 RULE_FORMULA " + file() + ":5:25: 规则 L-2 的 check 有误：未知的函数“total”");
    }

    @Test
    void unbalancedParenthesesInABlockFormula() throws IOException {
        Issues issues = compile("""
                rules:
                  - id: L-3
                    title: 测试
                    severity: INFO
                    check: |
                      (T01[I27] == sum(T01[I1..I8])
                    message: 不符
                """);
        assertThat(issues.sorted())
                .extracting(Issue::toString)
                .containsExactly("错误 RULE_FORMULA " + file() + ":6:36: 规则 L-3 的 check 有误：缺少右括号“)”，实为公式结尾");
    }

    @Test
    void everyProblemOfAFileTogether() throws IOException {
        Issues issues = compile("""
                rules:
                  - id: L-4
                    title: 测试
                    severity: FATAL
                    check: T01[I27] == 0
                    message: 不符
                  - id: L-5
                    title: 测试
                    severity: ERROR
                    check: T01[I27] +
                    message: "{nothing}"
                  - id: L-5
                    title: 重复
                    severity: ERROR
                    check: T01[I27] == 0
                    message: 不符
                    hint: 未知字段
                """);
        assertThat(issues.sorted())
                .extracting(Issue::code)
                .containsExactlyInAnyOrder("RULE_SEVERITY", "RULE_UNKNOWN_FIELD", "RULE_DUPLICATE_ID");
    }

    @Test
    void aMessagePlaceholderIsCheckedLikeAFormula() throws IOException {
        Issues issues = compile("""
                rules:
                  - id: L-6
                    title: 测试
                    severity: ERROR
                    check: T01[I27] == 0
                    message: "本年收入合计 {T01[I28X]} 万元"
                """);
        assertThat(issues.sorted())
                .extracting(Issue::toString)
                .containsExactly("错误 RULE_MESSAGE " + file() + ":6:23: 规则 L-6 的 message 占位符有误：表 T01 中没有行“I28X”");
    }

    @Test
    void aCheckThatIsNotATruth() throws IOException {
        Issues issues = compile("""
                rules:
                  - id: L-7
                    title: 测试
                    severity: ERROR
                    check: T01[I27] - T01[I1]
                    message: 不符
                """);
        assertThat(issues.sorted())
                .extracting(Issue::toString)
                .singleElement()
                .asString()
                .contains("RULE_TYPE", "的 check 应得出真假值，实为金额");
    }
}
