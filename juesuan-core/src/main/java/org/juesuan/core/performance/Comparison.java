package org.juesuan.core.performance;

/**
 * The direction of an indicator value (指标方向): a positive indicator (正向指标, {@code ≥X}), a negative one (反向指标,
 * {@code ≤X}), an exact one ({@code =X}) or a qualitative one (定性指标) written as words.
 */
public enum Comparison {
    /** {@code ≥X}: more is better; score = weight × B/A. */
    AT_LEAST("≥"),
    /** {@code ≤X}: less is better; score = weight × A/B. */
    AT_MOST("≤"),
    /** {@code =X}: full marks when met exactly, otherwise weight × the smaller over the larger. */
    EQUAL("="),
    /** A qualitative value such as 及时有效; scored by tiers. */
    QUALITATIVE("");

    private final String sign;

    Comparison(String sign) {
        this.sign = sign;
    }

    /** Returns the sign as written, or the empty string for a qualitative value. */
    public String sign() {
        return sign;
    }
}
