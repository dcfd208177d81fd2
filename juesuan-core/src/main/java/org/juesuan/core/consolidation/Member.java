package org.juesuan.core.consolidation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.source.SourceRef;

/**
 * One unit of a consolidation (汇总单位): its dataset and the unit it reports to inside the department.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id how the tree names the unit (the dataset's file name in {@code consolidation.yaml})
 * @param dataset the unit's own (本级) accounts
 * @param parent the id of the unit it reports to, or {@code null} for the department's 本级
 * @param declaredAt where the tree declares the unit, for messages
 */
public record Member(String id, Dataset dataset, @Nullable String parent, SourceRef declaredAt) {
    /** Creates a member. */
    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(declaredAt, "declaredAt");
    }

    /** Returns the unit's name as its dataset gives it. */
    public String name() {
        return dataset.unit().name();
    }
}
