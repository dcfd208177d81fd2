package org.juesuan.audit.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.Rounding;

/**
 * A stated percentage against the amounts it is computed from (百分比验算), with the rounding of figures in 万元 in
 * mind.
 *
 * <p>Stateless and thread-safe.
 */
final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 12;

    private Percentages() {}

    /**
     * How a stated percentage compares with the exact one: equal at its precision (no finding), explained by rounding
     * (a remark), or not (an error).
     *
     * @param severity null when equal
     * @param base the amount divided by
     * @param exactText the exact percentage at two more decimals than stated
     * @param roundedText the exact percentage at the stated precision
     * @param tail the closing words of the message
     */
    record Verdict(@Nullable Severity severity, Amount base, String exactText, String roundedText, String tail) {}

    /**
     * Compares a stated percentage with {@code part ÷ base × 100}.
     *
     * @param part the part (a change, an actual amount)
     * @param whole the base itself when {@code sign} is 0; else the current amount, the base being {@code whole −
     *     sign × part} (the prior year of an increase is the current amount less the change)
     * @param sign 0, or the sign of the change the base is derived with
     * @param step how far each printed amount may be off by rounding
     */
    static Verdict verdict(StatedPercent stated, Amount part, Amount whole, int sign, Amount step) {
        Amount base = base(part, whole, sign);
        int decimals = stated.decimals();
        BigDecimal exact = percent(part.value(), base.value());
        BigDecimal rounded = exact.setScale(decimals, Rounding.HOUSE);
        String exactText = exact.setScale(decimals + 2, Rounding.HOUSE).toPlainString();
        BigDecimal target = stated.percent().abs();
        if (rounded.compareTo(target) == 0) {
            return new Verdict(null, base, exactText, rounded.toPlainString(), "");
        }
        boolean oneUnit = rounded.subtract(target).abs().compareTo(BigDecimal.ONE.movePointLeft(decimals)) <= 0;
        if (oneUnit || reachable(target, decimals, part, whole, sign, step)) {
            return new Verdict(
                    Severity.INFO,
                    base,
                    exactText,
                    rounded.toPlainString(),
                    "，与所述 " + stated.text() + "% 之差在舍入范围内（所列金额各精确到 "
                            + step.toWanYuan().toPlainString() + " 万元）");
        }
        return new Verdict(Severity.ERROR, base, exactText, rounded.toPlainString(), "，与所述 " + stated.text() + "% 不符");
    }

    /** Returns the base: {@code whole} itself, or {@code whole − sign × |part|}. */
    static Amount base(Amount part, Amount whole, int sign) {
        Amount change = part.abs();
        return sign > 0 ? whole.minus(change) : sign < 0 ? whole.plus(change) : whole;
    }

    /** Whether some amounts within {@code step} of the printed ones give the stated percentage at its precision. */
    private static boolean reachable(
            BigDecimal target, int decimals, Amount part, Amount whole, int sign, Amount step) {
        if (step.isZero()) {
            return false;
        }
        BigDecimal low = null;
        BigDecimal high = null;
        for (int dp = -1; dp <= 1; dp += 2) {
            for (int dw = -1; dw <= 1; dw += 2) {
                Amount p = part.abs().plus(dp > 0 ? step : step.negated());
                Amount w = whole.plus(dw > 0 ? step : step.negated());
                if (p.signum() < 0) {
                    p = Amount.ZERO;
                }
                Amount b = base(p, w, sign);
                if (b.signum() <= 0) {
                    return true; // the base may be as small as nothing: any rate can be had
                }
                BigDecimal r = percent(p.value(), b.value()).setScale(decimals, Rounding.HOUSE);
                low = low == null || r.compareTo(low) < 0 ? r : low;
                high = high == null || r.compareTo(high) > 0 ? r : high;
            }
        }
        return low != null && high != null && target.compareTo(low) >= 0 && target.compareTo(high) <= 0;
    }

    /** Returns |part| ÷ |whole| × 100 at twelve decimals; {@code whole} must not be zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.abs().multiply(HUNDRED).divide(whole.abs(), SCALE, RoundingMode.HALF_EVEN);
    }
}
