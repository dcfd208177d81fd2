package org.juesuan.core.formula;

import java.util.Objects;
import org.juesuan.core.money.Amount;

/**
 * How two amounts are compared for equality (容差).
 *
 * <p>Figures kept in 元 must agree exactly. Figures transcribed in 万元 were each rounded on their own, so a total
 * and the sum of its n items may legitimately differ: a difference up to {@code rounding} is a rounding remark
 * (提示), up to ⌈n/2⌉ × {@code perTwoTerms} a warning, anything more the rule's own severity. Both steps are profile
 * settings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param exact whether amounts must agree exactly
 * @param rounding the difference that is only a rounding remark
 * @param perTwoTerms the allowance per two summed figures before a difference is an error
 */
public record Tolerance(boolean exact, Amount rounding, Amount perTwoTerms) {

    /** Exact comparison. */
    public static final Tolerance EXACT = new Tolerance(true, Amount.ZERO, Amount.ZERO);

    /** Creates a tolerance. */
    public Tolerance {
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(perTwoTerms, "perTwoTerms");
    }

    /** Returns the tolerant comparison of rounded figures with the given steps. */
    public static Tolerance rounded(Amount rounding, Amount perTwoTerms) {
        return new Tolerance(false, rounding, perTwoTerms);
    }

    /**
     * Compares two amounts.
     *
     * @param terms how many printed figures the larger side adds up
     */
    public Truth equal(Amount left, Amount right, int terms) {
        Amount difference = left.minus(right).abs();
        if (difference.isZero()) {
            return Truth.TRUE;
        }
        if (exact) {
            return Truth.FALSE;
        }
        if (difference.compareTo(rounding) <= 0) {
            return Truth.ROUNDING;
        }
        long halves = (Math.max(terms, 1) + 1) / 2;
        Amount allowance = Amount.ofFen(perTwoTerms.toFen() * halves);
        return difference.compareTo(allowance) <= 0 ? Truth.TOLERATED : Truth.FALSE;
    }
}
