package org.juesuan.audit.claims;

import java.math.BigDecimal;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A percentage a narrative states (所述百分比), in percent points with the decimals it was printed with (100.0 is not
 * 100), with the text it was printed as and where.
 *
 * <p>Immutable and thread-safe.
 *
 * @param percent the percentage as printed, e.g. 1.74 for “1.74%”; negative only if printed with a minus sign
 * @param text the number as printed, without the {@code %}
 * @param source where the number starts
 */
public record StatedPercent(BigDecimal percent, String text, SourceRef source) {

    /** Creates a stated percentage. */
    public StatedPercent {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** Returns the number of decimals printed. */
    public int decimals() {
        return Math.max(0, percent.scale());
    }
}
