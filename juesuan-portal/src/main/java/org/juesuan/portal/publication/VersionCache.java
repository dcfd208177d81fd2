package org.juesuan.portal.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What was made of published versions, kept by version id (版本缓存): a published version never changes, so what is
 * derived from it stays true; the least recently used entries go first once the cache is full. A value is made
 * outside the lock, so two threads may make the same one at once; both make the same value.
 *
 * <p>Thread-safe.
 *
 * @param <V> what is kept
 */
public final class VersionCache<V> {

    private final Map<Long, V> entries;

    /** Creates a cache of at most {@code size} versions. */
    public VersionCache(int size) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > size;
            }
        };
    }

    /** Returns the value of a version, making and keeping it if it is not kept. */
    public V get(long versionId, LongFunction<V> make) {
        synchronized (entries) {
            V kept = entries.get(versionId);
            if (kept != null) {
                return kept;
            }
        }
        V made = make.apply(versionId);
        synchronized (entries) {
            entries.put(versionId, made);
        }
        return made;
    }
}
