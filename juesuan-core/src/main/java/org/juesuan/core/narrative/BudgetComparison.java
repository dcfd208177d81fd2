package org.juesuan.core.narrative;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.money.Amount;

/**
 * Actual spending against a budget (决算与预算): larger, smaller or equal, with the completion rate; a zero budget
 * gets no rate, and an unknown one leaves the budget out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param variant {@code over}, {@code under}, {@code equal}, {@code noBudget} or {@code none}
 * @param actual the actual spending, as displayed
 * @param budget the budget, if stated
 */
record BudgetComparison(
        String variant, Amount actual, @Nullable Amount budget) {

    /** Compares displayed actual spending with a displayed budget. */
    static BudgetComparison of(Amount actual, Optional<Amount> budget) {
        if (budget.isEmpty()) {
            return new BudgetComparison("none", actual, null);
        }
        if (budget.get().isZero()) {
            return new BudgetComparison("noBudget", actual, budget.get());
        }
        int sign = actual.compareTo(budget.get());
        return new BudgetComparison(sign > 0 ? "over" : sign < 0 ? "under" : "equal", actual, budget.get());
    }

    /** Binds {@code budget}, {@code actual} and {@code completion}; keys start with {@code key}. */
    Bindings bind(Bindings bindings, String key) {
        bindings.amount("actual", key + "actual", actual);
        if (budget != null) {
            bindings.amount("budget", key + "budget", budget);
            bindings.percent("completion", key + "completion", actual, budget);
        }
        return bindings;
    }
}
