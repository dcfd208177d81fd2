package org.juesuan.core.money;

import java.math.RoundingMode;

/**
 * The house rounding convention: 四舍五入, that is {@link RoundingMode#HALF_UP}.
 *
 * <p>Every lossy operation in Juesuan names its rounding mode; where the convention applies it names this constant,
 * so that a finance bureau with another rule changes one line.
 */
public final class Rounding {

    /** 四舍五入. */
    public static final RoundingMode HOUSE = RoundingMode.HALF_UP;

    private Rounding() {}
}
