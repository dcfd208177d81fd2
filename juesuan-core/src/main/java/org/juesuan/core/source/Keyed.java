package org.juesuan.core.source;

import java.util.Optional;

/**
 * A value written in files by a key (键名), such as a fund ({@code generalBudget}) or a rule's row filter
 * ({@code parents}).
 */
public interface Keyed {

    /** Returns the key used in files. */
    String key();

    /**
     * Finds the value with the given key.
     *
     * @param values the candidates, usually an enum's {@code values()}
     * @param key the key read from a file
     */
    static <E extends Keyed> Optional<E> find(E[] values, String key) {
        for (E value : values) {
            if (value.key().equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
