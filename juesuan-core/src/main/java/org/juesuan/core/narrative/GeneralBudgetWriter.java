package org.juesuan.core.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.money.Amount;
import org.juesuan.core.table.ReportRow;

/**
 * Writes 一般公共预算财政拨款支出决算情况 (五): the overall figure and its change, the structure by 类, and the budget
 * against actual spending, overall and for every 项.
 *
 * <p>The 项 described are those the 一般公共预算财政拨款支出决算表 prints and those with a 年初预算 but no spending, so
 * that the 项 budgets add up to the overall budget stated.
 *
 * <p>Stateless and thread-safe.
 */
final class GeneralBudgetWriter {

    private GeneralBudgetWriter() {}

    static void write(SectionOutput out) {
        Values v = out.values();
        Amount total = v.cell("T05", "total", "subtotal");
        overall(out, total);
        structure(out, total);
        detail(out, total);
        lines(out);
    }

    private static void overall(SectionOutput out, Amount total) {
        Values v = out.values();
        out.heading("overallHeading");
        Bindings overall = out.bind("overall")
                .amount("total", "total", total)
                .percent("share", "share", total, v.cell("T01", "E57", "amount"));
        overall.runs(
                "comparison",
                () -> Comparison.render(
                        out,
                        "comparison",
                        "",
                        total,
                        v.fact(UnitFact.PRIOR_GENERAL_BUDGET_EXPENDITURE),
                        v.text(UnitFact.REASON_GENERAL_BUDGET_EXPENDITURE)));
        out.paragraph("overall", overall);
    }

    private static void structure(SectionOutput out, Amount total) {
        Values v = out.values();
        out.heading("structureHeading");
        List<ReportRow> classes = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        for (ReportRow row : v.codeRows("T05", 1)) {
            Amount amount = v.cell("T05", row.id(), "subtotal");
            // where items of nothing are left out, a 类 that prints 0.00 is not listed
            if (!(out.omitsZero() && amount.isZero())) {
                classes.add(row);
                amounts.add(amount);
            }
        }
        if (classes.isEmpty()) {
            // “主要用于以下方面：” with nothing after it says nothing: the overall paragraph already stated the total
            return;
        }
        List<BigDecimal> shares = Numbers.shares(amounts, out.decimals("classItem"));
        List<SectionOutput.Item> items = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            ReportRow row = classes.get(i);
            List<SectionOutput.Item> uses = new ArrayList<>();
            for (ReportRow item : v.codeRows("T05", 3)) {
                if (row.code() != null && item.code() != null && row.code().contains(item.code())) {
                    uses.add(new SectionOutput.Item("text", out.bind("use").text("name", item.label())));
                }
            }
            Bindings bindings = out.bind("classItem")
                    .text("number", String.valueOf(i + 1))
                    .text("name", row.label())
                    .amount("amount", "class." + row.id(), amounts.get(i))
                    .percent("share", "class." + row.id() + ".share", shares.get(i))
                    .runs("use", () -> out.list("use", uses));
            items.add(new SectionOutput.Item("text", bindings));
        }
        Bindings structure = out.bind("structure")
                .amount("total", "structure.total", total)
                .runs("classItem", () -> out.list("classItem", items));
        out.paragraph("structure", structure);
        out.paragraphs("classItem", items);
    }

    private static void detail(SectionOutput out, Amount total) {
        Values v = out.values();
        out.heading("detailHeading");
        Optional<Amount> budget = annualBudget(v);
        if (out.omitsZero() && total.isZero() && budget.map(Amount::isZero).orElse(true)) {
            // neither budgeted nor spent as printed: nothing to state (its heading gives way unless a 项 follows)
            return;
        }
        BudgetComparison comparison = BudgetComparison.of(total, budget);
        Bindings detail = comparison
                .bind(out.bind("detail"), "detail.")
                .amount("basic", "detail.basic", v.cell("T05", "total", "basic"))
                .amount("project", "detail.project", v.cell("T05", "total", "project"))
                .text("reason", v.text(UnitFact.REASON_BUDGET_EXECUTION))
                .text("projectUses", v.text(UnitFact.TEXT_PROJECT_SPENDING));
        out.paragraph("detail", comparison.variant(), detail);
    }

    /** Σ 年初预算 of the 项 lines as displayed, if any line states one. */
    private static Optional<Amount> annualBudget(Values v) {
        Amount sum = Amount.ZERO;
        boolean any = false;
        for (FunctionLine line : v.dataset().lines()) {
            if (line.annualBudgetFigure().isPresent()) {
                sum = sum.plus(line.annualBudgetFigure().get().amount());
                any = true;
            }
        }
        return any ? Optional.of(Numbers.displayed(sum)) : Optional.empty();
    }

    private static void lines(SectionOutput out) {
        if (!out.has("line")) {
            return;
        }
        Values v = out.values();
        TreeMap<ClassCode, Amount> spending = new TreeMap<>();
        for (ReportRow row : v.codeRows("T05", 3)) {
            Amount amount = v.cell("T05", row.id(), "subtotal");
            // where items of nothing are left out, a 项 that prints 0.00 is stated only if it was budgeted (below)
            if (!(out.omitsZero() && amount.isZero())) {
                spending.put(row.code(), amount);
            }
        }
        TreeMap<ClassCode, FunctionLine> budgeted = new TreeMap<>();
        for (FunctionLine line : v.dataset().lines()) {
            budgeted.put(line.code(), line);
            // a 项 budgeted but not spent is stated (its budget went unused); one with neither is not
            if (line.annualBudgetFigure().isPresent()
                    && !Numbers.displayed(line.annualBudgetFigure().get().amount())
                            .isZero()) {
                spending.putIfAbsent(line.code(), Amount.ZERO);
            }
        }
        boolean grouped = out.has("classHeading");
        ClassCode group = null;
        int groups = 0;
        int number = 0;
        for (ClassCode code : spending.keySet()) {
            ClassCode type = code.prefix(3);
            if (grouped && !type.equals(group)) {
                group = type;
                groups++;
                number = 0;
                Bindings heading = out.bind("classHeading")
                        .text("number", String.valueOf(groups))
                        .text("name", out.name(type));
                out.pend(SectionOutput.text(out.render("classHeading", heading)), 2);
            }
            number++;
            FunctionLine line = budgeted.get(code);
            Optional<Amount> budget =
                    line == null ? Optional.empty() : line.annualBudgetFigure().map(f -> Numbers.displayed(f.amount()));
            BudgetComparison comparison = BudgetComparison.of(spending.get(code), budget);
            Bindings bindings = comparison
                    .bind(out.bind("line"), "line." + code.digits() + ".")
                    .text("number", String.valueOf(number))
                    .runs("chain", () -> out.chain(code))
                    .text("reason", line == null ? null : text(line.budgetReason()))
                    .text("purpose", line == null ? null : text(line.purpose()));
            out.paragraph(out.render("line", comparison.variant(), bindings));
        }
    }

    private static String text(@Nullable Text text) {
        return text == null ? "" : text.value();
    }
}
