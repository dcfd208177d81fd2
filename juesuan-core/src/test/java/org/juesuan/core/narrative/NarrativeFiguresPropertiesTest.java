package org.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.SyntheticDatasets;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TextRun;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.CellValue;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;

/**
 * Properties of the narrative of synthetic units (with prior-year figures and budgets drawn from the same seed, some
 * zero, some absent; the prior 收、支总计 always stated and not zero): every amount it states is a cell of the tables as printed or a unit fact rounded for display, every
 * change is the difference of the displayed figure and its displayed base, and the direction word before a change or a
 * rate agrees with the sign of the difference.
 */
class NarrativeFiguresPropertiesTest {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    /** The prior-year (or budget) fact each compared figure is compared with, by figure key without its suffix. */
    private static final Map<String, List<UnitFact>> BASES = Map.ofEntries(
            Map.entry("total", List.of(UnitFact.PRIOR_TOTAL)),
            Map.entry("income", List.of(UnitFact.PRIOR_INCOME)),
            Map.entry("expenditure", List.of(UnitFact.PRIOR_EXPENDITURE)),
            Map.entry("fiscal", List.of(UnitFact.PRIOR_FISCAL_TOTAL)),
            Map.entry("fiscal.generalBudget", List.of(UnitFact.PRIOR_GENERAL_BUDGET_INCOME)),
            Map.entry("fiscal.governmentFund", List.of(UnitFact.PRIOR_GOVERNMENT_FUND_INCOME)),
            Map.entry("fiscal.stateCapital", List.of(UnitFact.PRIOR_STATE_CAPITAL_INCOME)),
            Map.entry("generalBudget", List.of(UnitFact.PRIOR_GENERAL_BUDGET_EXPENDITURE)),
            Map.entry(
                    "threePublic",
                    List.of(
                            UnitFact.PRIOR_THREE_PUBLIC_ABROAD,
                            UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_PURCHASE,
                            UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_OPERATION,
                            UnitFact.PRIOR_THREE_PUBLIC_RECEPTION)),
            Map.entry("threePublic.abroad", List.of(UnitFact.PRIOR_THREE_PUBLIC_ABROAD)),
            Map.entry(
                    "threePublic.vehicle",
                    List.of(
                            UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_PURCHASE,
                            UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_OPERATION)),
            Map.entry("threePublic.reception", List.of(UnitFact.PRIOR_THREE_PUBLIC_RECEPTION)));

    /** The three “三公” items, each stated even when nothing (公开09表's items are all covered, 0.00 included). */
    private static final Set<String> THREE_PUBLIC_ITEMS =
            Set.of("threePublic.abroad.actual", "threePublic.vehicle.actual", "threePublic.reception.actual");

    @Provide
    Arbitrary<String> profiles() {
        return Arbitraries.of("hubei-2024", "shanghai-2024");
    }

    @Property(tries = 100)
    void everyAmountIsAPrintedCellOrADisplayedFact(
            @ForAll long seed, @ForAll("profiles") String profileId, @ForAll DisplayRoundingPolicy rounding) {
        Profile profile = NarrativeFixture.profile(profileId);
        Dataset dataset =
                withBases(SyntheticDatasets.of(seed), new Random(seed)).withProfile(profileId);
        TableSet display = Deriver.derive(profile, dataset, rounding);
        List<Block> blocks = NarrativeFixture.write(profile, display);

        // the facts as the tables round them: already rounded (舍位平衡) or exact (逐项四舍五入), then rounded half-up
        Set<BigDecimal> printed = printed(display, display.dataset());
        List<FigureRun> figures = NarrativeFixture.figures(blocks);
        assertThat(figures).isNotEmpty();
        for (FigureRun figure : figures) {
            assertThat(figure.text()).isEqualTo(figure.value().toPlainString());
            if (figure.kind() != FigureRun.Kind.AMOUNT || figure.key().endsWith(".change")) {
                continue;
            }
            assertThat(figure.value().scale()).as(figure.key()).isEqualTo(2);
            assertThat(figure.value().signum()).as(figure.key()).isNotNegative();
            assertThat(printed).as(figure.key()).contains(figure.value());
            // “不涉及的不列”: every item shanghai-2024 lists is there (a total is stated even if nothing, a budget of
            // nothing may still be compared with spending, a 项 budgeted but not spent is stated, and a fund spending
            // its carry-over states its income of nothing beside its spending)
            if (profileId.equals("shanghai-2024")
                    && !figure.key().endsWith(".total")
                    && !figure.key().endsWith(".budget")
                    && !figure.key().endsWith(".income")
                    && !figure.key().endsWith(".spending")
                    && !THREE_PUBLIC_ITEMS.contains(figure.key().replaceFirst("#[0-9]+$", ""))
                    && !budgeted(figures, figure.key())) {
                assertThat(figure.value().signum()).as(figure.key()).isPositive();
            }
        }
    }

    /** Seed 102334155: 公务用车运行维护费 37.35 元 prints as 0.00 万元 while the vehicle total does not. */
    @Example
    void aVehiclePartThatPrintsAsNothingIsLeftOut() {
        everyAmountIsAPrintedCellOrADisplayedFact(102334155L, "shanghai-2024", DisplayRoundingPolicy.LARGEST_REMAINDER);
    }

    /** Seed 12990085955947: no 一般公共预算财政拨款支出 and no 年初预算, so 五(三) has nothing to state. */
    @Example
    void aGeneralBudgetOfNothingHasNoDetail() {
        everyAmountIsAPrintedCellOrADisplayedFact(
                12990085955947L, "shanghai-2024", DisplayRoundingPolicy.LARGEST_REMAINDER);
    }

    /** Seed −2223354: 因公出国（境）费 of less than 50 元 prints as 0.00 万元, and is stated as one of the three items. */
    @Example
    void aThreePublicItemOfNothingIsStillStated() {
        everyAmountIsAPrintedCellOrADisplayedFact(-2223354L, "shanghai-2024", DisplayRoundingPolicy.INDEPENDENT);
    }

    @Property(tries = 100)
    void everyChangeIsTheDifferenceOfDisplayedFiguresAndItsWordsFollowItsSign(
            @ForAll long seed, @ForAll("profiles") String profileId, @ForAll DisplayRoundingPolicy rounding) {
        Profile profile = NarrativeFixture.profile(profileId);
        Dataset dataset =
                withBases(SyntheticDatasets.of(seed), new Random(seed)).withProfile(profileId);
        TableSet display = Deriver.derive(profile, dataset, rounding);
        List<Block> blocks = NarrativeFixture.write(profile, display);
        Dataset displayed = display.dataset();

        boolean totalCompared = false;
        for (Block block : blocks) {
            if (!(block instanceof Paragraph)) {
                continue;
            }
            List<Run> runs = ((Paragraph) block).runs();
            for (int i = 0; i < runs.size(); i++) {
                if (!(runs.get(i) instanceof FigureRun)) {
                    continue;
                }
                FigureRun figure = (FigureRun) runs.get(i);
                String key = figure.key();
                if (!key.endsWith(".change") && !key.endsWith(".rate")) {
                    continue;
                }
                String prefix = key.substring(0, key.lastIndexOf('.'));
                BigDecimal base = base(displayed, profileId, prefix);
                BigDecimal current = current(runs, blocks, prefix);
                int sign = current.compareTo(base);
                String before = i > 0 && runs.get(i - 1) instanceof TextRun
                        ? runs.get(i - 1).text()
                        : "";
                assertThat(sign).as(key + " in " + ((Paragraph) block).text()).isNotZero();
                if (key.endsWith(".change")) {
                    assertThat(figure.value())
                            .as(key)
                            .isEqualByComparingTo(current.subtract(base).abs());
                    assertThat(before).as(key).endsWith(sign > 0 ? "增加" : "减少");
                    totalCompared |= key.equals("total.change");
                } else {
                    assertThat(base.signum())
                            .as(key + ": a rate of a zero base")
                            .isPositive();
                    assertThat(figure.value())
                            .as(key)
                            .isEqualByComparingTo(current.subtract(base)
                                    .abs()
                                    .multiply(BigDecimal.valueOf(100))
                                    .divide(base, figure.value().scale(), RoundingMode.HALF_UP));
                    if (sign > 0) {
                        assertThat(before).as(key).endsWith("增长");
                    } else {
                        assertThat(before).as(key).matches(".*(减少|下降)$");
                    }
                }
            }
            // a clause that says 持平 says nothing of an increase or a decrease
            for (String clause : ((Paragraph) block).text().split("[；。]|其中：")) {
                if (clause.contains("持平")) {
                    assertThat(clause).doesNotContainPattern("增加|增长|减少|下降");
                }
            }
        }
        // the prior-year 收、支总计 is always drawn, and is not zero: it is compared, unless it happens to be equal
        assertThat(totalCompared
                        || NarrativeFixture.section(blocks, "一、收入支出决算总体情况说明")
                                .get(0)
                                .contains("持平"))
                .isTrue();
    }

    /** Returns whether an actual figure is stated beside a budget that is not zero (一个有预算而未支出的项). */
    private static boolean budgeted(List<FigureRun> figures, String key) {
        if (!key.endsWith(".actual")) {
            return false;
        }
        String budget = key.substring(0, key.length() - ".actual".length()) + ".budget";
        return figures.stream()
                .anyMatch(f -> f.key().equals(budget) && f.value().signum() > 0);
    }

    /** The displayed base of a compared figure: its prior-year fact (or, for hubei's 机关运行经费, its budget). */
    private static BigDecimal base(Dataset dataset, String profileId, String prefix) {
        List<UnitFact> facts;
        if (prefix.equals("operatingCost")) {
            facts = List.of(
                    profileId.equals("hubei-2024") ? UnitFact.OPERATING_COST_BUDGET : UnitFact.PRIOR_OPERATING_COST);
        } else {
            facts = BASES.get(prefix);
        }
        assertThat(facts).as("the base of " + prefix).isNotNull();
        // a group (the “三公” items) is the sum of its items as displayed, so that the items' changes add up to its own
        BigDecimal sum = BigDecimal.ZERO;
        for (UnitFact fact : facts) {
            sum = sum.add(wan(dataset.facts().amount(fact).map(Figure::amount).orElse(Amount.ZERO)));
        }
        return sum;
    }

    /** The compared figure: in the same paragraph as its change, or else where the narrative states it. */
    private static BigDecimal current(List<Run> runs, List<Block> blocks, String prefix) {
        List<Run> all = new ArrayList<>(runs);
        all.addAll(NarrativeFixture.figures(blocks));
        for (Run run : all) {
            if (run instanceof FigureRun) {
                String key = ((FigureRun) run).key();
                if (key.equals(prefix)
                        || key.equals(prefix + ".total")
                        || key.equals(prefix + ".amount")
                        || key.equals(prefix + ".actual")) {
                    return ((FigureRun) run).value();
                }
            }
        }
        throw new AssertionError("no figure for " + prefix + " beside its change");
    }

    /** Every amount the narrative may state, in 万元 as displayed. */
    private static Set<BigDecimal> printed(TableSet display, Dataset dataset) {
        Set<BigDecimal> printed = new HashSet<>();
        printed.add(new BigDecimal("0.00"));
        for (ReportTable table : display.tables()) {
            for (ReportRow row : table.rows()) {
                table.columns(row.section()).forEach(column -> {
                    CellValue cell = table.cell(row.id(), column.id());
                    cell.amount().ifPresent(amount -> printed.add(wan(amount).abs()));
                });
            }
        }
        // 财政拨款收入 is the sum of the three fund rows 公开01表 prints
        display.table("T01")
                .ifPresent(table -> printed.add(wan(Amount.total(List.of(
                        table.cell("I1", "amount").amount().orElse(Amount.ZERO),
                        table.cell("I2", "amount").amount().orElse(Amount.ZERO),
                        table.cell("I3", "amount").amount().orElse(Amount.ZERO))))));
        dataset.facts()
                .amounts()
                .values()
                .forEach(figure -> printed.add(wan(figure.amount()).abs()));
        Amount budgets = Amount.ZERO;
        for (FunctionLine line : dataset.lines()) {
            Optional<Figure> budget = line.annualBudgetFigure();
            if (budget.isPresent()) {
                printed.add(wan(budget.get().amount()));
                budgets = budgets.plus(budget.get().amount());
            }
        }
        printed.add(wan(budgets));
        Amount planned = Amount.ZERO;
        Amount executed = Amount.ZERO;
        for (Evaluation evaluation : dataset.projectEvaluations()) {
            if (evaluation.plannedFigure().isPresent()) {
                printed.add(wan(evaluation.plannedFigure().get().amount()));
                planned = planned.plus(evaluation.plannedFigure().get().amount());
            }
            if (evaluation.executedFigure().isPresent()) {
                printed.add(wan(evaluation.executedFigure().get().amount()));
                executed = executed.plus(evaluation.executedFigure().get().amount());
            }
        }
        // the 政府采购 total is the sum of its kinds, rounded once as a table rounds a total
        Amount procurement = Amount.ZERO;
        for (UnitFact kind :
                List.of(UnitFact.PROCUREMENT_GOODS, UnitFact.PROCUREMENT_WORKS, UnitFact.PROCUREMENT_SERVICES)) {
            procurement = procurement.plus(
                    dataset.facts().amount(kind).map(Figure::amount).orElse(Amount.ZERO));
        }
        printed.add(wan(procurement));
        printed.add(wan(planned));
        printed.add(wan(executed));
        return printed;
    }

    /** An amount in 万元 rounded half-up to two decimals, as a table prints a fact. */
    private static BigDecimal wan(Amount amount) {
        return amount.value().divide(WAN, 2, RoundingMode.HALF_UP);
    }

    /**
     * Adds prior-year figures and budgets to a synthetic unit: each absent, zero, or an amount in 元 with fen (so that
     * display rounding matters); the prior 收、支总计 is always present and not zero.
     */
    private static Dataset withBases(Dataset dataset, Random random) {
        Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
        amounts.putAll(dataset.facts().amounts());
        List<UnitFact> bases = new ArrayList<>(List.of(
                UnitFact.PRIOR_INCOME,
                UnitFact.PRIOR_EXPENDITURE,
                UnitFact.PRIOR_FISCAL_TOTAL,
                UnitFact.PRIOR_GENERAL_BUDGET_INCOME,
                UnitFact.PRIOR_GOVERNMENT_FUND_INCOME,
                UnitFact.PRIOR_STATE_CAPITAL_INCOME,
                UnitFact.PRIOR_GENERAL_BUDGET_EXPENDITURE,
                UnitFact.PRIOR_THREE_PUBLIC_ABROAD,
                UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_PURCHASE,
                UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_OPERATION,
                UnitFact.PRIOR_THREE_PUBLIC_RECEPTION,
                UnitFact.PRIOR_OPERATING_COST,
                UnitFact.OPERATING_COST_BUDGET));
        for (UnitFact fact : bases) {
            int draw = random.nextInt(4);
            if (draw == 0) {
                continue;
            }
            amounts.put(fact, Figure.computed(draw == 1 ? Amount.ZERO : Amount.ofFen(random.nextInt(500_000_000))));
        }
        amounts.put(UnitFact.PRIOR_TOTAL, Figure.computed(Amount.ofFen(1 + random.nextInt(500_000_000))));
        return dataset.withFigures(
                dataset.lines(), dataset.basicByEconomic(), dataset.facts().withAmounts(amounts));
    }
}
