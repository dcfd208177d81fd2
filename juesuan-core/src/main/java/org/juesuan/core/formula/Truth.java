package org.juesuan.core.formula;

/**
 * The result of a check, with the degrees a tolerant comparison of rounded figures can give (判断结果).
 *
 * <p>Ordered from true to false: {@code and} takes the worse, {@code or} the better of its operands.
 */
public enum Truth {
    /** Holds. */
    TRUE,
    /** Holds up to one rounding step (提示). */
    ROUNDING,
    /** Differs by more than one step but within what rounding n figures can explain (警告). */
    TOLERATED,
    /** Does not hold. */
    FALSE;

    /** Returns the truth of a plain boolean. */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Returns the worse of two. */
    public Truth and(Truth other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Returns the better of two. */
    public Truth or(Truth other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Returns the negation; a difference within rounding counts as equal, so its negation is false. */
    public Truth not() {
        return this == FALSE ? TRUE : FALSE;
    }
}
