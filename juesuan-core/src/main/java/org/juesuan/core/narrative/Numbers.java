package org.juesuan.core.narrative;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.juesuan.core.dataset.DisplayRounding;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.LargestRemainder;
import org.juesuan.core.money.Rounding;

/**
 * The arithmetic of the narrative's figures (数字): display rounding, percentages at a stated precision, and shares
 * that add up to exactly 100.
 *
 * <p>Stateless and thread-safe.
 */
final class Numbers {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Numbers() {}

    /** Returns an exact amount as displayed: rounded half-up to 0.01 万元 (already displayed amounts are unchanged). */
    static Amount displayed(Amount exact) {
        return LargestRemainder.round(exact, DisplayRounding.STEP);
    }

    /** Returns an amount in 万元 at two decimals. */
    static BigDecimal wan(Amount amount) {
        return AmountFormat.wan(amount);
    }

    /** Returns {@code part / whole × 100} rounded half-up to {@code decimals}; {@code whole} must not be zero. */
    static BigDecimal percent(Amount part, Amount whole, int decimals) {
        return part.value().multiply(BigDecimal.valueOf(100)).divide(whole.value(), decimals, Rounding.HOUSE);
    }

    /**
     * Returns the shares of the parts in their sum, in percent at {@code decimals}, rounded by largest remainder so that
     * they add up to exactly 100 (ties go to the earlier part). Returns an empty list when the parts add up to zero; a
     * negative part (which no printed table should have) disables the balancing, each share then rounded on its own.
     */
    static List<BigDecimal> shares(List<Amount> parts, int decimals) {
        BigInteger total = BigInteger.ZERO;
        boolean negative = false;
        for (Amount part : parts) {
            total = total.add(BigInteger.valueOf(part.toFen()));
            negative |= part.signum() < 0;
        }
        if (total.signum() == 0) {
            return List.of();
        }
        List<BigDecimal> shares = new ArrayList<>();
        if (negative) {
            Amount whole = Amount.ofFen(total.longValueExact());
            for (Amount part : parts) {
                shares.add(percent(part, whole, decimals));
            }
            return shares;
        }
        BigInteger scale = HUNDRED.multiply(BigInteger.TEN.pow(decimals));
        int n = parts.size();
        BigInteger[] floors = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger assigned = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] division =
                    BigInteger.valueOf(parts.get(i).toFen()).multiply(scale).divideAndRemainder(total);
            floors[i] = division[0];
            remainders[i] = division[1];
            assigned = assigned.add(floors[i]);
        }
        int ups = scale.subtract(assigned).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < ups; k++) {
            floors[order.get(k)] = floors[order.get(k)].add(BigInteger.ONE);
        }
        for (BigInteger units : floors) {
            shares.add(new BigDecimal(units, decimals));
        }
        return shares;
    }
}
