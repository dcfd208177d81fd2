package org.juesuan.core.narrative;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.money.Amount;

/**
 * A figure compared with a base (增减变动): the prior year's figure, or a budget. The variant follows the sign of the
 * change, so that the words (增加/增长, 减少/下降, 持平) always agree with it; a zero base gets no percentage and a
 * missing base leaves the comparison out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param variant {@code increase}, {@code decrease}, {@code flat}, {@code newItem} or {@code none}
 * @param change current minus base, as displayed
 * @param base the base, if known
 */
record Comparison(String variant, Amount change, @Nullable Amount base) {

    /** Compares a displayed figure with a displayed base. */
    static Comparison of(Amount current, Optional<Amount> base) {
        if (base.isEmpty()) {
            return new Comparison("none", Amount.ZERO, null);
        }
        Amount change = current.minus(base.get());
        String variant = Family.comparison(change.signum(), true, base.get().isZero(), current.isZero());
        return new Comparison(variant, change, base.get());
    }

    /** Binds {@code change} (without sign) and {@code rate} where the variant has them; keys start with {@code key}. */
    Bindings bind(Bindings bindings, String key) {
        if (variant.equals("increase") || variant.equals("decrease") || variant.equals("newItem")) {
            bindings.amount("change", key + "change", change);
        }
        if ((variant.equals("increase") || variant.equals("decrease")) && base != null) {
            bindings.percent("rate", key + "rate", change, base);
        }
        return bindings;
    }

    /** Fills a comparison template of a section: the change, its rate and, where given, its reason. */
    static java.util.List<org.juesuan.core.document.Run> render(
            SectionOutput out,
            String template,
            String key,
            Amount current,
            Optional<Amount> base,
            Optional<String> reason) {
        Comparison comparison = of(current, base);
        Bindings bindings = comparison.bind(out.bind(template), key);
        bindings.text("reason", reason);
        return out.render(template, comparison.variant(), bindings);
    }
}
