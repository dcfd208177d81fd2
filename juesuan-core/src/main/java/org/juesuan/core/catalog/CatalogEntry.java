package org.juesuan.core.catalog;

import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * One code of a classification with its official name, and the line that defined it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code
 * @param name the official name, e.g. 行政运行
 * @param source where the catalog file defines it
 */
public record CatalogEntry(ClassCode code, String name, SourceRef source) {
    /** Creates an entry. */
    public CatalogEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
