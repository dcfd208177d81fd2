package org.juesuan.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DisplayRounding;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.SyntheticDatasets;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.LargestRemainder;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;

/** Largest-remainder display rounding, over random consistent datasets in 元. */
class DisplayRoundingPropertiesTest {

    private static final Catalogs CATALOGS = Catalogs.bundled();
    private static final Profile HUBEI = Profiles.bundled(CATALOGS).require("hubei-2024");
    private static final Profile SHANGHAI = Profiles.bundled(CATALOGS).require("shanghai-2024");

    @Property(tries = 300)
    void everyPrintedTableFootsAtEveryLevel(@ForAll long seed) {
        Dataset dataset = SyntheticDatasets.of(seed);
        for (Profile profile : List.of(HUBEI, SHANGHAI)) {
            TableSet tables = Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
            for (ReportTable table : tables.tables()) {
                assertThat(Footing.violations(table))
                        .as(profile.id() + " " + table.id())
                        .isEmpty();
            }
        }
    }

    /** Every figure read from the dataset; totals tied to other printed totals are checked for equality instead. */
    @Property(tries = 300)
    void everyRoundedFigureIsWithinOneStepOfItsExactValue(@ForAll long seed) {
        Dataset exact = SyntheticDatasets.of(seed);
        Dataset rounded = DisplayRounding.round(exact);
        List<Amount[]> pairs = new ArrayList<>();
        for (int i = 0; i < exact.lines().size(); i++) {
            FunctionLine a = exact.lines().get(i);
            FunctionLine b = rounded.lines().get(i);
            a.spending()
                    .forEach((key, figure) -> pairs.add(
                            new Amount[] {figure.amount(), b.spending().get(key).amount()}));
            a.income()
                    .forEach((key, figure) -> pairs.add(
                            new Amount[] {figure.amount(), b.income().get(key).amount()}));
            a.annualBudgetFigure()
                    .ifPresent(f -> pairs.add(new Amount[] {
                        f.amount(), b.annualBudgetFigure().orElseThrow().amount()
                    }));
        }
        exact.basicByEconomic()
                .forEach((code, figure) -> pairs.add(new Amount[] {
                    figure.amount(), rounded.basicByEconomic().get(code).amount()
                }));
        for (Map.Entry<UnitFact, Figure> entry : exact.facts().amounts().entrySet()) {
            if (entry.getKey() == UnitFact.OPERATING_COST_ACTUAL) {
                continue; // tied to 公用经费 as printed, a sum of rounded items (see the balance property)
            }
            pairs.add(new Amount[] {
                entry.getValue().amount(),
                rounded.facts().amount(entry.getKey()).orElseThrow().amount()
            });
        }
        for (Amount[] pair : pairs) {
            assertThat(pair[1].isWholeIn(org.juesuan.core.money.AmountUnit.WAN_YUAN))
                    .isTrue();
            assertThat(pair[1].minus(pair[0]).abs()).isLessThan(DisplayRounding.STEP);
        }
    }

    @Property(tries = 300)
    void accountsThatBalanceInYuanStillBalanceAsPrinted(@ForAll long seed) {
        TableSet tables = Deriver.derive(HUBEI, SyntheticDatasets.of(seed), DisplayRoundingPolicy.LARGEST_REMAINDER);
        ReportTable t01 = tables.table("T01").orElseThrow();
        ReportTable t04 = tables.table("T04").orElseThrow();
        ReportTable t05 = tables.table("T05").orElseThrow();
        ReportTable t06 = tables.table("T06").orElseThrow();
        // 总计: income side = expenditure side, in both totals tables
        assertThat(Footing.printed(t01, "I30")).isEqualByComparingTo(Footing.printed(t01, "E60"));
        assertThat(Footing.printed(t04, "I32")).isEqualByComparingTo(Footing.printed(t04, "E64", "subtotal"));
        // each fiscal fund rolls forward: 年末 = 年初 + 收入 − 支出
        for (String[] fund : new String[][] {
            {"I29", "I1", "generalBudget", "E61"},
            {"I30", "I2", "governmentFund", "E62"},
            {"I31", "I3", "stateCapital", "E63"}
        }) {
            BigDecimal expected = Footing.printed(t04, fund[0])
                    .add(Footing.printed(t04, fund[1]))
                    .subtract(Footing.printed(t04, "E59", fund[2]));
            assertThat(Footing.printed(t04, fund[3], fund[2])).isEqualByComparingTo(expected);
        }
        // basic expenditure by economic code (table 06) = by function code (table 05)
        assertThat(Footing.printed(t06, "P").add(Footing.printed(t06, "G")))
                .isEqualByComparingTo(Footing.printed(t05, "total", "basic"));
        // 机关运行经费 equals 公用经费 in yuan here, so it does as printed
        Amount operating = tables.dataset()
                .facts()
                .amount(UnitFact.OPERATING_COST_ACTUAL)
                .orElseThrow()
                .amount();
        assertThat(AmountFormat.wan(operating)).isEqualByComparingTo(Footing.printed(t06, "G"));
    }

    @Property(tries = 200)
    void theGrandTotalIsTheExactGrandTotalRoundedHalfUp(@ForAll long seed) {
        Dataset exact = SyntheticDatasets.of(seed);
        Amount exactTotal = Deriver.derive(HUBEI, exact)
                .table("T01")
                .orElseThrow()
                .cell("I30", "amount")
                .amount()
                .orElseThrow();
        TableSet tables = Deriver.derive(HUBEI, exact, DisplayRoundingPolicy.LARGEST_REMAINDER);
        assertThat(Footing.printed(tables.table("T01").orElseThrow(), "I30"))
                .isEqualByComparingTo(AmountFormat.wan(LargestRemainder.round(exactTotal, DisplayRounding.STEP)));
    }

    @Example
    void independentRoundingLeavesTablesThatDoNotFoot() {
        // legacy practice, kept as an option: each printed cell rounded on its own
        int notFooting = 0;
        for (long seed = 0; seed < 50; seed++) {
            TableSet tables = Deriver.derive(HUBEI, SyntheticDatasets.of(seed), DisplayRoundingPolicy.INDEPENDENT);
            for (ReportTable table : tables.tables()) {
                notFooting += Footing.violations(table).isEmpty() ? 0 : 1;
            }
        }
        assertThat(notFooting).isPositive();
    }

    @Example
    void aDatasetAlreadyInDisplayStepsIsLeftAsItIs() {
        Dataset rounded = DisplayRounding.round(SyntheticDatasets.of(7));
        assertThat(DisplayRounding.round(rounded)).isSameAs(rounded);
    }
}
