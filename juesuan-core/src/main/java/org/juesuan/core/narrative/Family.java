package org.juesuan.core.narrative;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variants a template comes in (措辞变体), chosen by the data: one text, a year-on-year comparison, a fund's
 * income, or actual spending against a budget.
 *
 * <p>Some placeholders make sense only in some variants (a percentage of change only when there is a change); the
 * loader rejects them elsewhere.
 */
enum Family {
    /** One text, written as a string or under {@code text}. */
    SINGLE(List.of("text"), Map.of()),
    /**
     * A comparison with a base (the prior year, or a budget): {@code increase}, {@code decrease}, {@code flat} (equal),
     * {@code newItem} (the base is zero, the figure is not: no percentage), {@code none} (no base is known: the
     * comparison is left out).
     */
    COMPARISON(
            List.of("increase", "decrease", "flat", "newItem", "none"),
            Map.of(
                    "change", Set.of("increase", "decrease", "newItem"),
                    "rate", Set.of("increase", "decrease"),
                    "reason", Set.of("increase", "decrease", "flat", "newItem"))),
    /** A fund's income compared with the prior year: the comparison variants, and {@code zero} when it has none. */
    FUND(
            List.of("increase", "decrease", "flat", "newItem", "none", "zero"),
            Map.of(
                    "change", Set.of("increase", "decrease", "newItem"),
                    "rate", Set.of("increase", "decrease"),
                    "reason", Set.of("increase", "decrease", "flat", "newItem"),
                    "amount", Set.of("increase", "decrease", "flat", "newItem", "none"))),
    /**
     * Actual spending against a budget: {@code over}, {@code under}, {@code equal}, {@code noBudget} (the budget is
     * zero: no completion rate), {@code none} (no budget is stated).
     */
    BUDGET(
            List.of("over", "under", "equal", "noBudget", "none"),
            Map.of(
                    "budget", Set.of("over", "under", "equal", "noBudget"),
                    "completion", Set.of("over", "under", "equal"),
                    "reason", Set.of("over", "under")));

    private final List<String> variants;
    private final Map<String, Set<String>> restricted;

    Family(List<String> variants, Map<String, Set<String>> restricted) {
        this.variants = variants;
        this.restricted = restricted;
    }

    /** Returns the variant names, in the order they are documented. */
    List<String> variants() {
        return variants;
    }

    /** Returns whether {@code placeholder} may be used in {@code variant}. */
    boolean allows(String variant, String placeholder) {
        Set<String> only = restricted.get(placeholder);
        return only == null || only.contains(variant);
    }

    /** Returns the variant of a comparison of {@code current} with {@code base}. */
    static String comparison(int signOfChange, boolean baseKnown, boolean baseZero, boolean currentZero) {
        if (!baseKnown) {
            return "none";
        }
        if (baseZero) {
            return currentZero ? "flat" : "newItem";
        }
        return signOfChange > 0 ? "increase" : signOfChange < 0 ? "decrease" : "flat";
    }
}
