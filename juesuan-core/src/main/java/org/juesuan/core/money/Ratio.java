package org.juesuan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A ratio between two quantities (占比, 增长率, 完成率), held as a fraction: 1 means 100%.
 *
 * <p>Ratios are kept apart from {@link Amount}: a share is never added to money. Division is lossy, so creating a
 * ratio needs a scale and a rounding mode; the fraction keeps {@value #SCALE} decimals, enough for any percentage
 * the documents print.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the fraction; never null
 */
public record Ratio(BigDecimal value) implements Comparable<Ratio> {

    /** Decimals kept in the fraction. */
    public static final int SCALE = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Creates a ratio. */
    public Ratio {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns {@code part / whole}, or empty when {@code whole} is zero (a share of nothing has no value).
     *
     * @param mode how to round the fraction at {@value #SCALE} decimals
     */
    public static Optional<Ratio> of(Amount part, Amount whole, RoundingMode mode) {
        if (whole.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new Ratio(part.value().divide(whole.value(), SCALE, mode)));
    }

    /** Parses a percentage such as {@code 21.62} (meaning 21.62%) into a ratio. */
    public static Ratio ofPercent(BigDecimal percent) {
        return new Ratio(percent.movePointLeft(2));
    }

    /** Returns the percentage rounded to the given number of decimals, e.g. 78.4 for 0.78388. */
    public BigDecimal toPercent(int decimals, RoundingMode mode) {
        return value.multiply(HUNDRED).setScale(decimals, mode);
    }

    @Override
    public int compareTo(Ratio other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ratio && ((Ratio) other).value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }
}
