package org.juesuan.audit.claims;

import java.util.Objects;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * An amount a narrative states (所述金额), exact in yuan, with the text it was printed as and where.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the amount in yuan; negative only if printed with a minus sign
 * @param text the number as printed, without its unit, e.g. {@code 265.18}
 * @param source where the number starts
 */
public record StatedAmount(Amount amount, String text, SourceRef source) {

    /** Creates a stated amount. */
    public StatedAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
