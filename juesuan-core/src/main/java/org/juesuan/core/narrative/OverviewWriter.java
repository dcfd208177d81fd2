package org.juesuan.core.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.money.Amount;

/**
 * Writes the overview sections (总体情况): 收入支出决算总体情况, 收入决算, 支出决算, 财政拨款收入支出决算总体情况, with
 * their charts.
 *
 * <p>Stateless and thread-safe.
 */
final class OverviewWriter {

    /** Income rows of 收入支出决算总表 by item key. */
    private static final Map<String, List<String>> INCOME_ROWS = Map.of(
            "fiscal", List.of("I1", "I2", "I3"),
            "generalBudget", List.of("I1"),
            "governmentFund", List.of("I2"),
            "stateCapital", List.of("I3"),
            "superiorSubsidy", List.of("I4"),
            "business", List.of("I5"),
            "operating", List.of("I6"),
            "affiliated", List.of("I7"),
            "other", List.of("I8"));

    /** The income row of 财政拨款收入支出决算总表 and the prior-year fact of each fund. */
    private static final Map<String, String> FUND_ROWS =
            Map.of("generalBudget", "I1", "governmentFund", "I2", "stateCapital", "I3");

    private static final Map<String, UnitFact> FUND_PRIOR = Map.of(
            "generalBudget", UnitFact.PRIOR_GENERAL_BUDGET_INCOME,
            "governmentFund", UnitFact.PRIOR_GOVERNMENT_FUND_INCOME,
            "stateCapital", UnitFact.PRIOR_STATE_CAPITAL_INCOME);

    private OverviewWriter() {}

    /** 收入支出决算总体情况. */
    static void total(SectionOutput out) {
        Values v = out.values();
        Amount income = v.cell("T01", "I30", "amount");
        Amount expenditure = v.cell("T01", "E60", "amount");
        Optional<Amount> prior = v.fact(UnitFact.PRIOR_TOTAL);
        Bindings bindings = out.bind("statement").amount("total", "total", income);
        bindings.runs(
                "comparison",
                () -> Comparison.render(out, "comparison", "", income, prior, v.text(UnitFact.REASON_TOTAL)));
        out.paragraph("statement", bindings);
        bars(out, income, expenditure, prior, prior);
    }

    /** 收入决算情况. */
    static void income(SectionOutput out) {
        Values v = out.values();
        List<Amount> amounts = new ArrayList<>();
        for (String key : out.names().keySet()) {
            Amount sum = Amount.ZERO;
            for (String row : INCOME_ROWS.get(key)) {
                sum = sum.plus(v.cell("T01", row, "amount"));
            }
            amounts.add(sum);
        }
        listSection(
                out,
                v.cell("T01", "I27", "amount"),
                v.fact(UnitFact.PRIOR_INCOME),
                v.text(UnitFact.REASON_INCOME),
                amounts);
    }

    /** 支出决算情况. */
    static void expenditure(SectionOutput out) {
        Values v = out.values();
        List<Amount> amounts = new ArrayList<>();
        for (String key : out.names().keySet()) {
            amounts.add(v.cell("T03", "total", key));
        }
        listSection(
                out,
                v.cell("T01", "E57", "amount"),
                v.fact(UnitFact.PRIOR_EXPENDITURE),
                v.text(UnitFact.REASON_EXPENDITURE),
                amounts);
    }

    /** 财政拨款收入支出决算总体情况. */
    static void fiscal(SectionOutput out) {
        Values v = out.values();
        Amount income = v.cell("T04", "I32", "amount");
        Amount expenditure = v.cell("T04", "E64", "subtotal");
        Optional<Amount> prior = v.fact(UnitFact.PRIOR_FISCAL_TOTAL);
        Bindings statement = out.bind("statement").amount("total", "total", income);
        statement.runs(
                "comparison",
                () -> Comparison.render(out, "comparison", "", income, prior, v.text(UnitFact.REASON_FISCAL_TOTAL)));
        out.paragraph("statement", statement);
        List<SectionOutput.Item> funds = new ArrayList<>();
        for (Map.Entry<String, String> name : out.names().entrySet()) {
            String fund = name.getKey();
            Amount amount = v.cell("T04", FUND_ROWS.get(fund), "amount");
            if (amount.isZero() && out.omitsZero()) {
                continue;
            }
            Bindings item = out.bind("fund").text("name", name.getValue());
            String variant = "zero";
            if (!amount.isZero()) {
                Comparison comparison = Comparison.of(amount, v.fact(FUND_PRIOR.get(fund)));
                variant = comparison.variant();
                comparison.bind(item, fund + ".");
                item.amount("amount", fund, amount);
                if (fund.equals("generalBudget")) {
                    item.text("reason", v.text(UnitFact.REASON_GENERAL_BUDGET_INCOME));
                }
            }
            funds.add(new SectionOutput.Item(variant, item));
        }
        out.paragraph("funds", out.bind("funds").runs("fund", () -> out.list("fund", funds)));
        bars(out, income, expenditure, prior, prior);
    }

    /** A total, its comparison with the prior year, and its parts with their shares (二、三). */
    private static void listSection(
            SectionOutput out, Amount total, Optional<Amount> prior, Optional<String> reason, List<Amount> amounts) {
        List<String> keys = new ArrayList<>(out.names().keySet());
        List<String> listedKeys = new ArrayList<>();
        List<Amount> listed = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!amounts.get(i).isZero() || !out.omitsZero()) {
                listedKeys.add(keys.get(i));
                listed.add(amounts.get(i));
            }
        }
        List<BigDecimal> shares = Numbers.shares(listed, out.decimals("item"));
        List<SectionOutput.Item> items = new ArrayList<>();
        // with nothing to share (all parts zero) the parts are not listed: a share of nothing has no value
        for (int i = 0; i < shares.size(); i++) {
            String key = listedKeys.get(i);
            Bindings item = out.bind("item")
                    .text("name", out.names().get(key))
                    .amount("amount", key, listed.get(i))
                    .percent("share", key + ".share", shares.get(i));
            items.add(new SectionOutput.Item("text", item));
        }
        Bindings statement = out.bind("statement").amount("total", "total", total);
        statement.runs("comparison", () -> Comparison.render(out, "comparison", "", total, prior, reason));
        statement.runs("item", () -> out.list("item", items));
        out.paragraph("statement", statement);
        out.paragraphs("item", items);
        pie(out, keys, amounts);
    }

    /** The bars of the prior and the current year (图1, 图4); the prior year's bars only if its figures are known. */
    private static void bars(
            SectionOutput out,
            Amount income,
            Amount expenditure,
            Optional<Amount> priorIncome,
            Optional<Amount> priorExpenditure) {
        if (!out.hasChart()) {
            return;
        }
        int number = out.nextChart();
        Values v = out.values();
        int year = v.dataset().fiscalYear();
        List<String> categories = new ArrayList<>();
        List<BigDecimal> incomes = new ArrayList<>();
        List<BigDecimal> expenditures = new ArrayList<>();
        if (priorIncome.isPresent() && priorExpenditure.isPresent()) {
            categories.add(yearLabel(out, number, year - 1));
            incomes.add(Numbers.wan(priorIncome.get()));
            expenditures.add(Numbers.wan(priorExpenditure.get()));
        }
        categories.add(yearLabel(out, number, year));
        incomes.add(Numbers.wan(income));
        expenditures.add(Numbers.wan(expenditure));
        out.chart(new ChartBlock(
                number,
                out.chartText("caption", number),
                ChartBlock.Kind.BAR,
                categories,
                List.of(
                        new ChartBlock.Series(out.chartText("income", number), incomes),
                        new ChartBlock.Series(out.chartText("expenditure", number), expenditures)),
                "万元"));
    }

    /** Returns a bar group's label: the {@code category} text with {@code {year}} standing for that group's year. */
    private static String yearLabel(SectionOutput out, int number, int year) {
        return out.chartText("category", number, year);
    }

    /** The pie of the non-zero parts (图2, 图3). */
    private static void pie(SectionOutput out, List<String> keys, List<Amount> amounts) {
        if (!out.hasChart()) {
            return;
        }
        List<String> categories = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!amounts.get(i).isZero()) {
                categories.add(out.names().get(keys.get(i)));
                values.add(Numbers.wan(amounts.get(i)));
            }
        }
        if (categories.isEmpty()) {
            return;
        }
        int number = out.nextChart();
        out.chart(new ChartBlock(
                number,
                out.chartText("caption", number),
                ChartBlock.Kind.PIE,
                categories,
                List.of(new ChartBlock.Series(out.chartText("series", number), values)),
                "万元"));
    }
}
