package org.juesuan.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HierarchyTest {

    @Test
    void aNodeLiesInItselfAndItsAncestorsOnly() {
        // 1 ← 2 ← 3, and 4 on its own
        Map<Long, @Nullable Long> parents = new HashMap<>();
        parents.put(1L, null);
        parents.put(2L, 1L);
        parents.put(3L, 2L);
        parents.put(4L, null);
        assertThat(Hierarchy.liesIn(parents, 3, 3)).isTrue();
        assertThat(Hierarchy.liesIn(parents, 3, 1)).isTrue();
        assertThat(Hierarchy.liesIn(parents, 1, 3)).isFalse();
        assertThat(Hierarchy.liesIn(parents, 3, 4)).isFalse();
    }

    @Test
    void aCycleInTheDataEndsTheWalk() {
        Map<Long, @Nullable Long> parents = new HashMap<>();
        parents.put(1L, 2L);
        parents.put(2L, 1L);
        assertThat(Hierarchy.liesIn(parents, 1, 3)).isFalse();
        assertThat(Hierarchy.liesIn(parents, 1, 2)).isTrue();
    }
}
