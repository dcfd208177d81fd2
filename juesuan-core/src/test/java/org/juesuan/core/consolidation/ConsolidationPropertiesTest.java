package org.juesuan.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.rule.RuleEngine;
import org.juesuan.core.rule.RuleSet;
import org.juesuan.core.rule.UnitView;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.Deriver;

/**
 * Consolidating random unit trees: every ERROR rule of the profile holds on the consolidated dataset, the offsets
 * cancel fund by fund, and a perturbed transfer shows up as exactly that difference.
 */
class ConsolidationPropertiesTest {

    private static final Profile PROFILE = Profiles.bundled(Catalogs.bundled()).require("hubei-2024");
    private static final RuleSet RULES = RuleSet.load(PROFILE, List.of());
    private static final RuleSet CONSOLIDATION_RULES = RuleSet.loadForConsolidation(PROFILE, List.of());
    private static final SourceRef TREE = SourceRef.file("consolidation.yaml");

    @Property(tries = 60)
    void consolidatedTreesKeepEveryErrorRuleAndTheOffsetsCancel(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        List<Member> members = SyntheticTrees.of(seed);
        for (Member member : members) {
            assertThat(errors(member.dataset()))
                    .as("unit %s on its own", member.id())
                    .isEmpty();
        }
        Consolidation consolidation = consolidate(members);

        assertThat(offsetFindings(consolidation)).isEmpty();
        assertThat(errors(consolidation.dataset())).isEmpty();
        WorkingPaper paper = consolidation.paper();
        assertThat(paper.removedIncome()).isEqualTo(paper.removedSpending());
        for (Offset offset : paper.offsets()) {
            assertThat(offset.difference()).isEqualTo(Amount.ZERO);
        }
        // each fund rolls forward on the consolidated dataset: 年末 = 年初 + 收入 − 支出
        Dataset dataset = consolidation.dataset();
        for (Fund fund : Fund.values()) {
            Amount opening = balance(dataset, "balances.opening." + fund.key(), FunctionLine::opening, fund);
            Amount closing = balance(dataset, "balances.closing." + fund.key(), FunctionLine::closing, fund);
            assertThat(opening.plus(income(dataset, fund)).minus(spending(dataset, fund)))
                    .as(fund.label())
                    .isEqualTo(closing);
        }
        // the generated transfers are all inside the department: none of the four is left after the offsets
        for (FunctionLine line : dataset.lines()) {
            assertThat(line.income()).doesNotContainKeys(IncomeSource.SUPERIOR_SUBSIDY, IncomeSource.AFFILIATED);
            assertThat(line.spending().keySet())
                    .extracting(FunctionLine.SpendingKey::kind)
                    .doesNotContain(SpendingKind.SUBSIDY, SpendingKind.REMITTANCE);
        }
        Amount fiscal = Amount.ZERO;
        for (Member member : members) {
            fiscal = fiscal.plus(income(member.dataset(), Fund.GENERAL_BUDGET));
        }
        assertThat(income(dataset, Fund.GENERAL_BUDGET)).isEqualTo(fiscal);
        assertThat(dataset.unit().subordinates())
                .hasSize(members.size())
                .startsWith(members.get(0).name());
        // what is removed is exactly what the subordinates and their parents recorded as transfers
        Amount recorded = Amount.ZERO;
        for (Member member : members) {
            if (member.parent() != null) {
                for (FunctionLine line : member.dataset().lines()) {
                    Figure figure = line.income().get(IncomeSource.SUPERIOR_SUBSIDY);
                    recorded = figure == null ? recorded : recorded.plus(figure.amount());
                }
            }
        }
        Amount removedSubsidy = Amount.ZERO;
        for (Offset offset : paper.offsets()) {
            if (offset.kind() == OffsetKind.SUBSIDY) {
                removedSubsidy = removedSubsidy.plus(offset.childrenSide());
            }
        }
        assertThat(removedSubsidy).isEqualTo(recorded);
    }

    @Property(tries = 40)
    void aPerturbedTransferIsFoundWithExactlyThePerturbationAsDifference(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @LongRange(min = 1, max = 99_999_999) long deltaFen,
            @ForAll boolean remittance) {
        List<Member> members = new ArrayList<>(SyntheticTrees.of(seed));
        int index = 1 + Math.floorMod(seed, members.size() - 1);
        Member child = members.get(index);
        Amount delta = Amount.ofFen(deltaFen);
        members.set(
                index,
                new Member(
                        child.id(), perturb(child.dataset(), remittance, delta), child.parent(), child.declaredAt()));

        Consolidation consolidation = consolidate(members);

        OffsetKind kind = remittance ? OffsetKind.REMITTANCE : OffsetKind.SUBSIDY;
        List<Finding> findings = offsetFindings(consolidation);
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.ruleId()).isEqualTo(kind.ruleId());
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        // the subordinate records more than its parent: parent side − subordinates' side = −delta
        assertThat(finding.difference()).contains(delta.negated());
        // at the parent's row of the working paper, on the parent's side, pointing into the parent's dataset
        assertThat(finding.table()).isEqualTo("C01");
        assertThat(finding.row()).isEqualTo(child.parent());
        assertThat(finding.column()).isEqualTo(remittance ? "remittanceReceived" : "subsidyPaid");
        assertThat(finding.source().display()).startsWith(child.parent());
        assertThat(finding.message()).contains("相差 " + delta.negated().value().toPlainString() + " 元");
        assertThat(finding.inputs())
                .contains("C01/" + child.parent() + "/" + (remittance ? "remittancePaid" : "subsidyReceived"));
        Offset offset = consolidation.paper().offsets().stream()
                .filter(o -> !o.difference().isZero())
                .findFirst()
                .orElseThrow();
        assertThat(offset.parentId()).isEqualTo(child.parent());
        assertThat(offset.children()).contains(child.id());
        assertThat(offset.difference()).isEqualTo(delta.negated());
    }

    /** Adds {@code delta} to the subordinate's 上级补助收入 (or 上缴上级支出) on its first line. */
    private static Dataset perturb(Dataset dataset, boolean remittance, Amount delta) {
        List<FunctionLine> lines = new ArrayList<>(dataset.lines());
        FunctionLine first = lines.get(0);
        if (remittance) {
            Map<FunctionLine.SpendingKey, Figure> spending = new java.util.TreeMap<>(first.spending());
            spending.merge(
                    new FunctionLine.SpendingKey(Fund.NON_FISCAL, SpendingKind.REMITTANCE),
                    Figure.computed(delta),
                    (a, b) -> a.withAmount(a.amount().plus(b.amount())));
            lines.set(0, first.withFlows(first.income(), spending));
        } else {
            Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
            income.putAll(first.income());
            income.merge(
                    IncomeSource.SUPERIOR_SUBSIDY,
                    Figure.computed(delta),
                    (a, b) -> a.withAmount(a.amount().plus(b.amount())));
            lines.set(0, first.withFlows(income, first.spending()));
        }
        return dataset.withFigures(lines, dataset.basicByEconomic(), dataset.facts());
    }

    static Consolidation consolidate(List<Member> members) {
        Result<Consolidation> result = Consolidator.consolidate(members, TREE);
        return result.orElseThrow(issues -> new IllegalStateException("consolidation refused: " + issues));
    }

    /** The findings of the offset rules ({@code C-…}) on the consolidation's working paper. */
    static List<Finding> offsetFindings(Consolidation consolidation) {
        return RuleEngine.check(CONSOLIDATION_RULES, consolidation.view(PROFILE)).list().stream()
                .filter(finding -> finding.ruleId().startsWith("C-"))
                .toList();
    }

    static List<String> errors(Dataset dataset) {
        Findings findings = RuleEngine.check(RULES, UnitView.of(Deriver.derive(PROFILE, dataset), List.of()));
        return findings.list().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::toString)
                .toList();
    }

    /** Returns a balance of a fund: the unit-level fact (if any) plus the lines' own balances. */
    private static Amount balance(
            Dataset dataset, String key, Function<FunctionLine, Map<Fund, Figure>> lines, Fund fund) {
        Amount total = dataset.facts()
                .amount(UnitFact.ofKey(key).orElseThrow())
                .map(Figure::amount)
                .orElse(Amount.ZERO);
        for (FunctionLine line : dataset.lines()) {
            Figure figure = lines.apply(line).get(fund);
            total = figure == null ? total : total.plus(figure.amount());
        }
        return total;
    }

    private static Amount income(Dataset dataset, Fund fund) {
        Amount total = Amount.ZERO;
        for (FunctionLine line : dataset.lines()) {
            for (Map.Entry<IncomeSource, Figure> entry : line.income().entrySet()) {
                if (entry.getKey().fund() == fund) {
                    total = total.plus(entry.getValue().amount());
                }
            }
        }
        return total;
    }

    private static Amount spending(Dataset dataset, Fund fund) {
        Amount total = Amount.ZERO;
        for (Map.Entry<FunctionLine.SpendingKey, Figure> entry : dataset.lines().stream()
                .flatMap(line -> line.spending().entrySet().stream())
                .toList()) {
            if (entry.getKey().fund() == fund) {
                total = total.plus(entry.getValue().amount());
            }
        }
        return total;
    }
}
