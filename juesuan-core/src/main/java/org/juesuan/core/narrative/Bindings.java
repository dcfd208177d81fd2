package org.juesuan.core.narrative;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TextRun;
import org.juesuan.core.money.Amount;

/**
 * The values a template is filled with (填充值): figures become {@link FigureRun}s keyed by the section and what they
 * are ({@code total.change}), texts become {@link TextRun}s, inserted templates their runs. A value that is absent is simply not bound, so that
 * an optional group naming it is left out.
 *
 * <p>Not thread-safe; one per filled template.
 */
final class Bindings {

    private final Map<String, List<Run>> values = new HashMap<>();
    private final Map<String, Supplier<List<Run>>> lazy = new HashMap<>();
    private final int decimals;
    private final String keyPrefix;

    Bindings(int decimals, String keyPrefix) {
        this.decimals = decimals;
        this.keyPrefix = keyPrefix;
    }

    /** Returns the runs bound to a name, if any (an inserted template is filled now, once). */
    Optional<List<Run>> get(String name) {
        if (!values.containsKey(name) && lazy.containsKey(name)) {
            values.put(name, List.copyOf(lazy.remove(name).get()));
        }
        return Optional.ofNullable(values.get(name));
    }

    /** Binds an amount as displayed, printed in 万元 at two decimals (a change is printed without its sign). */
    Bindings amount(String name, String key, Amount amount) {
        BigDecimal wan = Numbers.wan(amount.abs());
        return figure(name, key, FigureRun.Kind.AMOUNT, wan);
    }

    /** Binds {@code part / whole} as a percentage at this template's decimals; nothing if the whole is zero. */
    Bindings percent(String name, String key, Amount part, Amount whole) {
        if (whole.isZero()) {
            return this;
        }
        return figure(name, key, FigureRun.Kind.PERCENT, Numbers.percent(part.abs(), whole.abs(), decimals));
    }

    /** Binds a percentage already computed at this template's decimals (a share of a list). */
    Bindings percent(String name, String key, BigDecimal percent) {
        return figure(name, key, FigureRun.Kind.PERCENT, percent);
    }

    /** Binds a count. */
    Bindings count(String name, String key, int count) {
        return figure(name, key, FigureRun.Kind.COUNT, BigDecimal.valueOf(count));
    }

    /** Binds a self-evaluation score in points, printed without trailing zeros (100, 86.5). */
    Bindings score(String name, String key, BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        return figure(name, key, FigureRun.Kind.SCORE, stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** Binds a count if present. */
    Bindings count(String name, String key, Optional<Integer> count) {
        count.ifPresent(c -> count(name, key, c));
        return this;
    }

    /** Binds an amount if present. */
    Bindings amount(String name, String key, Optional<Amount> amount) {
        amount.ifPresent(a -> amount(name, key, a));
        return this;
    }

    /** Binds text (a name, a reason); nothing if absent or blank. */
    Bindings text(String name, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            values.put(name, List.of(new TextRun(text)));
        }
        return this;
    }

    /** Binds text if present. */
    Bindings text(String name, Optional<String> text) {
        return text(name, text.orElse(null));
    }

    /** Binds the runs of an inserted template or list. */
    Bindings runs(String name, List<Run> runs) {
        values.put(name, List.copyOf(runs));
        return this;
    }

    /**
     * Binds an inserted template that is filled only if the template being filled names it, so that its figures
     * are counted (and keyed) only where they are printed.
     */
    Bindings runs(String name, Supplier<List<Run>> runs) {
        lazy.put(name, runs);
        return this;
    }

    private Bindings figure(String name, String key, FigureRun.Kind kind, BigDecimal value) {
        String text = value.toPlainString();
        values.put(name, List.of(new FigureRun(keyPrefix + "." + key, kind, value, text)));
        return this;
    }
}
