package org.juesuan.core.dataset;

import java.util.Objects;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * One amount of a dataset with the place it was read from (数据项).
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the exact amount in yuan
 * @param source where the dataset file or workbook states it
 */
public record Figure(Amount amount, SourceRef source) {
    /** Creates a figure. */
    public Figure {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }

    /** Returns a figure computed by Juesuan, without a source. */
    public static Figure computed(Amount amount) {
        return new Figure(amount, SourceRef.NONE);
    }

    /** Returns a figure with the same source and another amount. */
    public Figure withAmount(Amount other) {
        return new Figure(other, source);
    }
}
