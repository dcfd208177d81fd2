package org.juesuan.core.layout;

import java.math.BigDecimal;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.money.Rounding;
import org.juesuan.core.profile.Presentation;
import org.juesuan.core.table.CellValue;

/**
 * Formats amounts for print in 万元 at two decimals (金额显示), the only place where yuan become 万元.
 *
 * <p>Stateless and thread-safe.
 */
public final class AmountFormat {

    private AmountFormat() {}

    /** Returns the amount in 万元, two decimals, rounded half-up (exact for display-rounded figures). */
    public static BigDecimal wan(Amount amount) {
        return amount.in(AmountUnit.WAN_YUAN, Rounding.HOUSE);
    }

    /** Returns the text of an amount in 万元: {@code 265.18}, {@code -4.69}. */
    public static String wanText(Amount amount) {
        return wan(amount).toPlainString();
    }

    /** Returns the printed text of a cell under the profile's zero display. */
    public static String cellText(CellValue value, Presentation.ZeroDisplay zeroDisplay) {
        if (value.amount().isEmpty() || wan(value.amount().get()).signum() == 0) {
            switch (zeroDisplay) {
                case ZERO:
                    return value.isBlank() ? "" : "0.00";
                case DASH:
                    return "-";
                case BLANK:
                default:
                    return "";
            }
        }
        return wanText(value.amount().get());
    }
}
