package org.juesuan.core.dataset;

import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A piece of prose from a dataset (a reason, a description) with its source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the text, never blank
 * @param source where it was read
 */
public record Text(String value, SourceRef source) {
    /** Creates a text. */
    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
