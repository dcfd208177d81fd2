package org.juesuan.core.issue;

import java.util.Comparator;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * One problem found in user data or definitions (问题): where it is, how serious, what code, and a Chinese message.
 *
 * <p>Problems in user data are values, not exceptions: loaders and importers collect them and carry on, so that the
 * user sees every problem at once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how serious
 * @param code a stable identifier, e.g. {@code DATASET_UNKNOWN_CODE}
 * @param where the source position, or {@link SourceRef#NONE}
 * @param message the Chinese message, without the position
 */
public record Issue(Severity severity, String code, SourceRef where, String message) {

    /** Orders issues by position, then severity, then code. */
    public static final Comparator<Issue> BY_LOCATION = Comparator.comparing(Issue::where)
            .thenComparing(Issue::severity)
            .thenComparing(Issue::code)
            .thenComparing(Issue::message);

    /** Creates an issue. */
    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /** Returns e.g. {@code 错误 DATASET_UNKNOWN_CODE dataset.yaml:3:9: …}. */
    @Override
    public String toString() {
        String place = where.display();
        return severity.label() + " " + code + " " + (place.isEmpty() ? "" : place + ": ") + message;
    }
}
