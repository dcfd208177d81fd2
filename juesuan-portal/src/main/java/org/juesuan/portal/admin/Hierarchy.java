package org.juesuan.portal.admin;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Trees of regions and of units (上下级关系), given as each node's parent: whether one node lies at or below
 * another. A cycle in the data ends the walk instead of looping.
 */
public final class Hierarchy {

    private Hierarchy() {}

    /**
     * Returns whether {@code node} is {@code ancestor} or lies below it.
     *
     * @param parents each node's parent, null for a top node
     */
    public static boolean liesIn(Map<Long, @Nullable Long> parents, long node, long ancestor) {
        @Nullable Long current = node;
        for (int steps = 0; current != null && steps <= parents.size(); steps++) {
            if (current == ancestor) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }
}
