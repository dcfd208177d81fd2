package org.juesuan.core.dataset;

import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A whole number stated by a dataset (a count of vehicles, groups, persons) with its source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the count, not negative
 * @param source where it was read
 */
public record Count(int value, SourceRef source) {
    /** Creates a count. */
    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("negative count: " + value);
        }
        Objects.requireNonNull(source, "source");
    }
}
