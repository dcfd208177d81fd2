package org.juesuan.core.table;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.dataset.Dataset;

/**
 * A unit and its direct subordinates inside a department (上级单位及所属单位): one block of rows of a table whose
 * rows are units ({@link org.juesuan.core.profile.RowDefinition.UnitRows}), such as a consolidation's working paper.
 *
 * <p>Immutable and thread-safe.
 *
 * @param superior the unit
 * @param subordinates its direct subordinates, in the order of the unit tree
 */
public record UnitGroup(Unit superior, List<Unit> subordinates) {

    /** Creates a group. */
    public UnitGroup {
        Objects.requireNonNull(superior, "superior");
        subordinates = List.copyOf(subordinates);
    }

    /**
     * One unit of a group (单位).
     *
     * @param id the unit's id in its department (the row id of its row)
     * @param name the unit's name (the row label)
     * @param dataset its own accounts, which the columns' measures read
     */
    public record Unit(String id, String name, Dataset dataset) {
        /** Creates a unit. */
        public Unit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dataset, "dataset");
        }
    }
}
