package org.juesuan.portal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class VersionCacheTest {

    @Test
    void keepsWhatWasMadeAndDropsTheLeastRecentlyUsedWhenFull() {
        List<Long> made = new ArrayList<>();
        VersionCache<String> cache = new VersionCache<>(2);
        LongFunction<String> make = id -> {
            made.add(id);
            return "v" + id;
        };
        assertThat(cache.get(1, make)).isEqualTo("v1");
        assertThat(cache.get(2, make)).isEqualTo("v2");
        assertThat(cache.get(1, make)).isEqualTo("v1"); // kept, and now the most recently used
        assertThat(cache.get(3, make)).isEqualTo("v3"); // full: 2 goes
        assertThat(cache.get(1, make)).isEqualTo("v1");
        assertThat(cache.get(2, make)).isEqualTo("v2");
        assertThat(made).containsExactly(1L, 2L, 3L, 2L);
    }
}
