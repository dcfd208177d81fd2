package org.juesuan.core.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Largest-remainder rounding (舍位平衡): rounds parts to a step so that they add up to a given rounded whole.
 *
 * <p>Each part becomes its floor or its ceiling in steps; the parts with the largest remainders are rounded up until
 * the sum reaches the target. Ties go to the earlier part, so the result is deterministic. Applied top-down over a
 * hierarchy, every printed parent equals the sum of its printed children, and every printed figure is within one
 * step of its exact value.
 *
 * <p>Stateless and thread-safe.
 */
public final class LargestRemainder {

    private LargestRemainder() {}

    /**
     * Rounds {@code amount} half-up to a multiple of {@code step}.
     *
     * @throws IllegalArgumentException if the step is not positive
     */
    public static Amount round(Amount amount, Amount step) {
        long stepFen = stepFen(step);
        BigDecimal steps = BigDecimal.valueOf(amount.toFen()).divide(BigDecimal.valueOf(stepFen), 0, Rounding.HOUSE);
        return Amount.ofFen(steps.longValueExact() * stepFen);
    }

    /**
     * Apportions {@code target} over parts whose exact values are {@code exact}.
     *
     * @param target the rounded whole, a multiple of {@code step}
     * @param exact the exact parts, in order
     * @param step the rounding step, e.g. 100 yuan for 0.01 万元
     * @return the rounded parts, in the same order, each a multiple of {@code step}, summing to {@code target}
     * @throws IllegalArgumentException if {@code target} is not a multiple of {@code step}, or lies outside the sum
     *     of the parts' floors and ceilings (then no such rounding exists)
     */
    public static List<Amount> apportion(Amount target, List<Amount> exact, Amount step) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(exact, "exact");
        long stepFen = stepFen(step);
        long targetFen = target.toFen();
        if (targetFen % stepFen != 0) {
            throw new IllegalArgumentException("target " + target + " is not a multiple of " + step);
        }
        int n = exact.size();
        long[] floors = new long[n];
        long[] remainders = new long[n];
        long floorSum = 0;
        int fractional = 0;
        for (int i = 0; i < n; i++) {
            long fen = exact.get(i).toFen();
            floors[i] = Math.floorDiv(fen, stepFen);
            remainders[i] = Math.floorMod(fen, stepFen);
            floorSum += floors[i];
            if (remainders[i] != 0) {
                fractional++;
            }
        }
        long ups = targetFen / stepFen - floorSum;
        if (ups < 0 || ups > fractional) {
            throw new IllegalArgumentException(
                    "target " + target + " cannot be apportioned over " + exact + " in steps of " + step);
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed());
        for (int k = 0; k < ups; k++) {
            floors[order.get(k)]++;
        }
        List<Amount> rounded = new ArrayList<>(n);
        for (long steps : floors) {
            rounded.add(Amount.ofFen(steps * stepFen));
        }
        return rounded;
    }

    private static long stepFen(Amount step) {
        long fen = step.toFen();
        if (fen <= 0) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        return fen;
    }
}
