package org.juesuan.portal.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.money.Amount;

/**
 * The figures the comparison pages set side by side (对比指标), taken from a published dataset in every profile's
 * terms: 本年收入合计 and 本年支出合计 add up the lines by function code (as 公开01表 does), 基本支出 and 项目支出
 * the lines' expenditure of that kind, and the “三公” figures and 机关运行经费 are the unit's named facts. Exact
 * amounts throughout; rounded only to be shown.
 */
final class Comparisons {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Comparisons() {}

    /** A figure compared (指标), with its label and whether it is a part of the figure above it. */
    enum Measure {
        INCOME("本年收入合计", false),
        EXPENDITURE("本年支出合计", false),
        BASIC("其中：基本支出", true),
        PROJECT("项目支出", true),
        THREE_PUBLIC("“三公”经费支出合计", false),
        ABROAD("因公出国（境）费", true),
        VEHICLE("公务用车购置及运行维护费", true),
        VEHICLE_PURCHASE("其中：公务用车购置费", true),
        VEHICLE_OPERATION("公务用车运行维护费", true),
        RECEPTION("公务接待费", true),
        OPERATING_COST("机关运行经费", false);

        private final String label;
        private final boolean part;

        Measure(String label, boolean part) {
            this.label = label;
            this.part = part;
        }

        /** Returns the label as the page shows it. */
        String label() {
            return label;
        }

        /** Returns whether the figure is a part of the one above it (indented). */
        boolean part() {
            return part;
        }
    }

    /** Returns every measure of a dataset; a fact the dataset does not state is zero. */
    static Map<Measure, Amount> figures(Dataset dataset) {
        Amount income = Amount.ZERO;
        Amount expenditure = Amount.ZERO;
        Amount basic = Amount.ZERO;
        Amount project = Amount.ZERO;
        for (FunctionLine line : dataset.lines()) {
            for (Figure figure : line.income().values()) {
                income = income.plus(figure.amount());
            }
            for (Map.Entry<FunctionLine.SpendingKey, Figure> spending :
                    line.spending().entrySet()) {
                Amount amount = spending.getValue().amount();
                expenditure = expenditure.plus(amount);
                if (spending.getKey().kind() == SpendingKind.BASIC) {
                    basic = basic.plus(amount);
                } else if (spending.getKey().kind() == SpendingKind.PROJECT) {
                    project = project.plus(amount);
                }
            }
        }
        Amount abroad = fact(dataset, UnitFact.THREE_PUBLIC_ACTUAL_ABROAD);
        Amount purchase = fact(dataset, UnitFact.THREE_PUBLIC_ACTUAL_VEHICLE_PURCHASE);
        Amount operation = fact(dataset, UnitFact.THREE_PUBLIC_ACTUAL_VEHICLE_OPERATION);
        Amount reception = fact(dataset, UnitFact.THREE_PUBLIC_ACTUAL_RECEPTION);
        Map<Measure, Amount> figures = new EnumMap<>(Measure.class);
        figures.put(Measure.INCOME, income);
        figures.put(Measure.EXPENDITURE, expenditure);
        figures.put(Measure.BASIC, basic);
        figures.put(Measure.PROJECT, project);
        figures.put(Measure.ABROAD, abroad);
        figures.put(Measure.VEHICLE_PURCHASE, purchase);
        figures.put(Measure.VEHICLE_OPERATION, operation);
        figures.put(Measure.VEHICLE, purchase.plus(operation));
        figures.put(Measure.RECEPTION, reception);
        figures.put(Measure.THREE_PUBLIC, abroad.plus(purchase).plus(operation).plus(reception));
        figures.put(Measure.OPERATING_COST, fact(dataset, UnitFact.OPERATING_COST_ACTUAL));
        return figures;
    }

    /** Returns every measure at zero. */
    static Map<Measure, Amount> zeros() {
        Map<Measure, Amount> zeros = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            zeros.put(measure, Amount.ZERO);
        }
        return zeros;
    }

    private static Amount fact(Dataset dataset, UnitFact fact) {
        return dataset.facts().amount(fact).map(Figure::amount).orElse(Amount.ZERO);
    }

    /** Returns an amount in 万元 at two decimals, rounded half up. */
    static BigDecimal wan(Amount amount) {
        return amount.toWanYuan().setScale(2, RoundingMode.HALF_UP);
    }

    /** Returns a change in 万元 as shown: two decimals, a sign for an increase, e.g. {@code +12.30}, {@code -0.50}. */
    static String change(Amount from, Amount to) {
        BigDecimal change = wan(to.minus(from));
        return change.signum() > 0 ? "+" + change.toPlainString() : change.toPlainString();
    }

    /**
     * Returns the change as a percentage of {@code from} at one decimal, rounded half up, with a sign for an
     * increase (e.g. {@code +12.5%}); empty when {@code from} is zero.
     */
    static Optional<String> percent(Amount from, Amount to) {
        if (from.isZero()) {
            return Optional.empty();
        }
        BigDecimal rate = to.minus(from).value().multiply(HUNDRED).divide(from.value(), 1, RoundingMode.HALF_UP);
        return Optional.of((rate.signum() > 0 ? "+" : "") + rate.toPlainString() + "%");
    }
}
