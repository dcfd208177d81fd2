package org.juesuan.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutation test of the rule set: in the example as printed, change any one figure of any table by 1.00 万元 and some
 * rule must fail on that cell — a finding, not a rounding remark, that names the cell among the cells it compared. A
 * figure no rule watches would let a misprint through unnoticed.
 */
class RuleMutationTest {

    private static final Profiles PROFILES = Profiles.bundled(RuleCases.CATALOGS);
    private static final Map<String, RuleSet> RULES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every printed figure of the example, and for a table printed empty its total row. */
    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String profileId : PROFILES.ids()) {
            Profile profile = PROFILES.require(profileId);
            Dataset example = RuleCases.dataset(RuleCases.base("example"), profileId);
            UnitView view = RuleCases.view(example, profile);
            for (ReportTable table : view.tables().tables()) {
                boolean empty = table.isEmpty();
                for (ReportRow row : table.rows()) {
                    for (ColumnDefinition column : table.columns(row.section())) {
                        boolean printed = table.cell(row.id(), column.id())
                                .amount()
                                .filter(a -> !a.isZero())
                                .isPresent();
                        boolean emptyTotal = empty && (row.total() || row.id().equals("amount"));
                        if ((printed || emptyTotal) && column.number() != null || printed && column.number() == null) {
                            BigDecimal value = table.cell(row.id(), column.id())
                                    .amount()
                                    .map(Amount::toWanYuan)
                                    .orElse(BigDecimal.ZERO);
                            cells.add(Arguments.of(
                                    profileId,
                                    table.id(),
                                    row.id(),
                                    column.id(),
                                    column.number() == null
                                            ? column.id()
                                            : column.number().toString(),
                                    value));
                        }
                    }
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1}[{2}].{3}")
    @MethodSource("cells")
    void aFigureChangedByOneTenThousandYuanIsCaughtWhereItStands(
            String profileId, String table, String row, String column, String columnKey, BigDecimal printed) {
        Map<String, Object> tree = RuleCases.base("example");
        Map<String, Object> change = new LinkedHashMap<>();
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put(columnKey, printed.add(BigDecimal.ONE).toPlainString());
        change.put(row, cell);
        Map<String, Object> testCase = new LinkedHashMap<>();
        testCase.put("printed", Map.of(table, change));
        Profile profile = PROFILES.require(profileId);
        RuleSet rules = RULES.computeIfAbsent(profileId, id -> RuleSet.load(profile, List.of()));
        UnitView view = RuleCases.view(RuleCases.dataset(RuleCases.patch(tree, testCase), profileId), profile);
        Findings findings = RuleEngine.check(rules, view, 10_000);
        // the example already has findings of its own: only one the change brings about counts
        Set<String> before = BASELINE.computeIfAbsent(
                profileId,
                id -> keys(RuleEngine.check(
                        rules, RuleCases.view(RuleCases.dataset(RuleCases.base("example"), id), profile), 10_000)));
        assertThat(findings.list())
                .as("a rule must fire at %s[%s].%s", table, row, column)
                .anyMatch(f -> f.inputs().contains(table + "/" + row + "/" + column)
                        && f.severity() != org.juesuan.core.issue.Severity.INFO
                        && !before.contains(key(f)));
    }

    private static final Map<String, Set<String>> BASELINE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A finding by rule, severity and place: the same rule firing as before at the same place is no news. */
    private static String key(Finding finding) {
        return finding.ruleId() + " " + finding.severity() + " " + finding.table() + "/" + finding.row() + "/"
                + finding.column();
    }

    private static Set<String> keys(Findings findings) {
        Set<String> keys = new java.util.HashSet<>();
        findings.list().forEach(f -> keys.add(key(f)));
        return keys;
    }
}
