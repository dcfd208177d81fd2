package org.juesuan.core.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * A target or actual value of an indicator (年初目标值/实际完成值), read from its text: a comparison, an exact number
 * and a unit ({@code ≥3家}, {@code 12期}, {@code 1013万}, {@code ≤5%}), or a qualitative text ({@code 及时有效}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the value as written, stripped
 * @param comparison the direction; {@link Comparison#QUALITATIVE} when the text is not a number
 * @param number the number, for a quantitative value
 * @param unit the unit after the number (家, 期, 次, 个, 万, %, 天 …), possibly empty; empty for a qualitative value
 * @param signed whether the comparison was written (a target without a sign takes the profile's default)
 * @param source where the value is stated
 */
public record IndicatorValue(
        String text,
        Comparison comparison,
        @Nullable BigDecimal number,
        String unit,
        boolean signed,
        SourceRef source) {

    private static final Pattern QUANTITY =
            Pattern.compile("^(≥|>=|＞＝|>＝|＞=|≧|>|＞|不低于|不少于|大于等于|≤|<=|＜＝|<＝|＜=|≦|<|＜|不高于|不超过|不多于|小于等于|=|＝)?"
                    + "\\s*([-−]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(.*?)\\s*(及以上|以上|及以下|以下|以内)?$");

    /** Creates a value. */
    public IndicatorValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if ((comparison == Comparison.QUALITATIVE) != (number == null)) {
            throw new IllegalArgumentException(
                    "a quantitative value has a number, a qualitative one has none: " + text);
        }
    }

    /**
     * Reads a value; a number written without a sign takes {@code unsigned}.
     *
     * @param text the text as written
     * @param unsigned the comparison of a number written without a sign (the seed reads “3家” as ≥3家)
     * @param source where the text is stated
     */
    public static IndicatorValue parse(String text, Comparison unsigned, SourceRef source) {
        String stripped = normalize(text).strip();
        Matcher m = QUANTITY.matcher(stripped);
        if (stripped.isEmpty() || !m.matches() || m.group(3).matches(".*[0-9].*")) {
            return new IndicatorValue(stripped, Comparison.QUALITATIVE, null, "", false, source);
        }
        BigDecimal number = new BigDecimal(m.group(2).replace(",", "").replace('−', '-'));
        Comparison comparison = comparison(m.group(1), m.group(4));
        boolean signed = comparison != null;
        return new IndicatorValue(
                stripped, signed ? comparison : unsigned, number, m.group(3).strip(), signed, source);
    }

    private static @Nullable Comparison comparison(@Nullable String prefix, @Nullable String suffix) {
        if (prefix != null) {
            if (prefix.matches("≥|>=|>|≧|不低于|不少于|大于等于")) {
                return Comparison.AT_LEAST;
            }
            if (prefix.matches("≤|<=|<|≦|不高于|不超过|不多于|小于等于")) {
                return Comparison.AT_MOST;
            }
            return Comparison.EQUAL;
        }
        if (suffix != null) {
            return suffix.endsWith("以上") ? Comparison.AT_LEAST : Comparison.AT_MOST;
        }
        return null;
    }

    /** Folds full-width digits and signs to their ASCII forms. */
    private static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                out.append(',');
            } else if (c == '％') {
                out.append('%');
            } else if (c == '＞') {
                out.append('>');
            } else if (c == '＜') {
                out.append('<');
            } else if (c == '＝') {
                out.append('=');
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns whether the value is a number with a unit. */
    public boolean isQuantitative() {
        return comparison != Comparison.QUALITATIVE;
    }

    /** Returns whether nothing is written. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Returns the number of a quantitative value. */
    public Optional<BigDecimal> numberValue() {
        return Optional.ofNullable(number);
    }
}
