package org.juesuan.core.dataset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * The facts of one 项-level function code (功能分类科目): income by source, expenditure by fund and kind, balances
 * by fund, and the 年初预算 of its 一般公共预算财政拨款.
 *
 * <p>Invariants: the code is a 7-digit 项; fiscal funds are spent only as 基本支出 or 项目支出. Totals (款, 类, 合计)
 * are never stored: they are derived.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the 项 code
 * @param name the name the dataset gives (checked against the catalog), or empty
 * @param income income by source
 * @param spending expenditure by fund and kind
 * @param opening 年初结转和结余 by fund
 * @param closing 年末结转和结余 by fund
 * @param annualBudget 年初预算 of 一般公共预算财政拨款, if stated
 * @param purpose what the money was mainly used for (主要用于), if stated
 * @param budgetReason why actual differs from budget (决算数与预算数差异的主要原因), if stated
 * @param source where the line starts
 */
public record FunctionLine(
        ClassCode code,
        String name,
        Map<IncomeSource, Figure> income,
        Map<SpendingKey, Figure> spending,
        Map<Fund, Figure> opening,
        Map<Fund, Figure> closing,
        @Nullable Figure annualBudget,
        @Nullable Text purpose,
        @Nullable Text budgetReason,
        SourceRef source) {

    /** Creates a line. */
    public FunctionLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        income = copy(income, IncomeSource.class);
        spending = Collections.unmodifiableMap(new java.util.TreeMap<>(spending));
        opening = copy(opening, Fund.class);
        closing = copy(closing, Fund.class);
        Objects.requireNonNull(source, "source");
        for (SpendingKey key : spending.keySet()) {
            if (!key.kind().allowsFund(key.fund())) {
                throw new IllegalArgumentException(key + " is not a valid expenditure");
            }
        }
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> type) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }

    /** Returns the same line with other income and spending, everything else kept. */
    public FunctionLine withFlows(Map<IncomeSource, Figure> income, Map<SpendingKey, Figure> spending) {
        return new FunctionLine(
                code, name, income, spending, opening, closing, annualBudget, purpose, budgetReason, source);
    }

    /** Returns the expenditure of a fund and kind. */
    public Optional<Figure> spending(Fund fund, SpendingKind kind) {
        return Optional.ofNullable(spending.get(new SpendingKey(fund, kind)));
    }

    /** Returns the annual budget, if stated. */
    public Optional<Figure> annualBudgetFigure() {
        return Optional.ofNullable(annualBudget);
    }

    /** Returns the total expenditure of the line over every fund and kind. */
    public Amount totalSpending() {
        Amount total = Amount.ZERO;
        for (Figure figure : spending.values()) {
            total = total.plus(figure.amount());
        }
        return total;
    }

    /**
     * A fund and a kind of expenditure.
     *
     * @param fund the fund
     * @param kind the kind
     */
    public record SpendingKey(Fund fund, SpendingKind kind) implements Comparable<SpendingKey> {
        /** Creates a key. */
        public SpendingKey {
            Objects.requireNonNull(fund, "fund");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public int compareTo(SpendingKey other) {
            int byFund = fund.compareTo(other.fund);
            return byFund != 0 ? byFund : kind.compareTo(other.kind);
        }

        @Override
        public String toString() {
            return fund.key() + "/" + kind.key();
        }
    }
}
