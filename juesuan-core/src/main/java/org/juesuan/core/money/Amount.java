package org.juesuan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in yuan (元) with exactly two decimal places (分).
 *
 * <p>The scale is normalised to 2 in the constructor with {@link RoundingMode#UNNECESSARY}, so a third decimal is
 * rejected where it enters and the generated {@code equals}/{@code hashCode} agree with {@link #compareTo}. Exact
 * operations ({@link #plus}, {@link #minus}, {@link #negated}, {@link #total}) take no rounding argument; 万元 exists
 * only as a declared input unit ({@link AmountUnit}) and at display time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the amount in yuan; never null
 */
public record Amount(BigDecimal value) implements Comparable<Amount> {

    /** Zero yuan. */
    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    // optional sign, digits with optional thousands separators, optional fraction
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    /**
     * Creates an amount.
     *
     * @throws ArithmeticException if {@code value} has a non-zero digit beyond the second decimal
     */
    public Amount {
        value = Objects.requireNonNull(value, "value").setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Returns the amount of the given yuan value.
     *
     * @throws ArithmeticException if {@code yuan} has more than two decimals
     */
    public static Amount of(BigDecimal yuan) {
        return new Amount(yuan);
    }

    /** Returns the amount of a whole number of fen (分). */
    public static Amount ofFen(long fen) {
        return new Amount(BigDecimal.valueOf(fen, 2));
    }

    /**
     * Parses a decimal number written in the given unit, strictly: an optional sign, digits (thousands separators
     * allowed in groups of three), an optional fraction. No exponent, no spaces, no currency sign.
     *
     * @param text the number as written
     * @param unit the unit the number is written in
     * @throws IllegalArgumentException if the text is not a number, or has more decimals than the unit allows
     *     (2 for 元, 6 for 万元); the message is in Chinese, fit for the user
     */
    public static Amount parse(String text, AmountUnit unit) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("金额不能为空");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("“" + text + "”不是金额");
        }
        BigDecimal number = new BigDecimal(text.replace(",", "").replace("+", ""));
        int allowed = unit.maxDecimals();
        if (number.scale() > allowed && number.stripTrailingZeros().scale() > allowed) {
            throw new IllegalArgumentException("金额“" + text + "”的小数位超过" + allowed + "位（单位：" + unit.label() + "）");
        }
        return new Amount(unit == AmountUnit.WAN_YUAN ? number.multiply(TEN_THOUSAND) : number);
    }

    /** Parses a number written in yuan; see {@link #parse(String, AmountUnit)}. */
    public static Amount parse(String text) {
        return parse(text, AmountUnit.YUAN);
    }

    /** Returns the sum of the amounts; zero for none. */
    public static Amount total(Iterable<Amount> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Amount amount : amounts) {
            sum = sum.add(amount.value);
        }
        return new Amount(sum);
    }

    /** Returns this plus {@code other}, exactly. */
    public Amount plus(Amount other) {
        return new Amount(value.add(other.value));
    }

    /** Returns this minus {@code other}, exactly. */
    public Amount minus(Amount other) {
        return new Amount(value.subtract(other.value));
    }

    /** Returns the negation of this amount. */
    public Amount negated() {
        return new Amount(value.negate());
    }

    /** Returns the number of fen (分) in this amount. */
    public long toFen() {
        return value.movePointRight(2).longValueExact();
    }

    /** Returns the amount in 万元, exactly (up to six decimals, trailing zeros kept to at least two). */
    public BigDecimal toWanYuan() {
        BigDecimal wan = value.divide(TEN_THOUSAND, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return wan.scale() < 2 ? wan.setScale(2, RoundingMode.UNNECESSARY) : wan;
    }

    /**
     * Returns the amount in the given unit at two decimals.
     *
     * @param mode how to round when the unit is 万元 and the amount is not a multiple of 100 yuan
     */
    public BigDecimal in(AmountUnit unit, RoundingMode mode) {
        return unit == AmountUnit.YUAN ? value : value.divide(TEN_THOUSAND, 2, mode);
    }

    /** Returns whether this amount is exactly representable in the given unit at two decimals. */
    public boolean isWholeIn(AmountUnit unit) {
        return unit == AmountUnit.YUAN
                || value.remainder(BigDecimal.valueOf(100)).signum() == 0;
    }

    /** Returns whether this amount is zero. */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** Returns -1, 0 or 1 as this amount is negative, zero or positive. */
    public int signum() {
        return value.signum();
    }

    /** Returns the absolute value. */
    public Amount abs() {
        return value.signum() < 0 ? negated() : this;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    /** Returns the yuan value as plain text with two decimals, e.g. {@code 2651800.00}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
