package org.juesuan.core.money;

import java.util.Optional;

/**
 * The unit in which amounts are written: 元 for source data, 万元 for figures transcribed from a published document.
 *
 * <p>Amounts are always held in yuan; the unit only says how a number in a file is to be read, and how figures are
 * displayed. A figure in 万元 may carry up to six decimals (that is still a whole number of fen).
 */
public enum AmountUnit {
    /** 元, at most two decimals. */
    YUAN("元", 2),
    /** 万元, at most six decimals. */
    WAN_YUAN("万元", 6);

    private final String label;
    private final int maxDecimals;

    AmountUnit(String label, int maxDecimals) {
        this.label = label;
        this.maxDecimals = maxDecimals;
    }

    /** Returns the Chinese label, 元 or 万元. */
    public String label() {
        return label;
    }

    /** Returns the largest number of decimals a number in this unit may have. */
    public int maxDecimals() {
        return maxDecimals;
    }

    /** Finds the unit with the given label (元, 万元). */
    public static Optional<AmountUnit> ofLabel(String label) {
        for (AmountUnit unit : values()) {
            if (unit.label.equals(label)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
