package org.juesuan.core.profile;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.source.SourceRef;

/**
 * A row, or a generator of rows, of a table section (行).
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface RowDefinition
        permits RowDefinition.Fixed,
                RowDefinition.ClassLines,
                RowDefinition.FunctionRows,
                RowDefinition.EconomicGroup,
                RowDefinition.UnitRows {

    /** Returns where the definition states the row. */
    SourceRef source();

    /**
     * One row with a label: an input row with a measure, a derived row with a formula, or a blank spacer.
     *
     * @param id the id, unique in the table
     * @param label the printed label (may be empty)
     * @param measure the measure, or null
     * @param formula the sum of other rows, or null
     * @param source where it is defined
     */
    record Fixed(
            String id,
            String label,
            @Nullable Measure measure,
            @Nullable Formula formula,
            SourceRef source) implements RowDefinition {
        /** Creates a fixed row. */
        public Fixed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            if (measure != null && formula != null) {
                throw new IllegalArgumentException("row " + id + " has both a measure and a formula");
            }
            Objects.requireNonNull(source, "source");
        }

        /** Returns whether the row adds up other rows. */
        public boolean isDerived() {
            return formula != null;
        }
    }

    /**
     * The profile's list of function classes (类) as fixed lines, e.g. 一、一般公共服务支出 … in table 01; each row's
     * id is the class code and its label the ordinal and the catalog name.
     *
     * @param measure what each line shows, restricted to its class
     * @param source where it is defined
     */
    record ClassLines(@Nullable Measure measure, SourceRef source) implements RowDefinition {
        /** Creates the class lines. */
        public ClassLines {
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The function codes the unit used, as 类, 款 and 项 rows in code order; a row appears when any of its cells
     * is non-zero. Row ids are the codes.
     *
     * @param source where it is defined
     */
    record FunctionRows(SourceRef source) implements RowDefinition {
        /** Creates the function rows. */
        public FunctionRows {
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * An economic 类 with its 款 items (table 06): the head row sums its items. Listed items are always printed;
     * other items of the class are printed when the unit has them. An optional group is printed only when used.
     *
     * @param head the 类 code, e.g. 301
     * @param items the 款 always printed, in order; empty with {@code allItems} to print every catalog item
     * @param allItems whether every catalog item of the class is printed
     * @param optional whether the group is printed only when the unit has amounts in it
     * @param source where it is defined
     */
    record EconomicGroup(ClassCode head, List<ClassCode> items, boolean allItems, boolean optional, SourceRef source)
            implements RowDefinition {
        /** Creates an economic group. */
        public EconomicGroup {
            Objects.requireNonNull(head, "head");
            items = List.copyOf(items);
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The units of a consolidation that have subordinates (汇总单位行), in the order of the unit tree: a row for each
     * such unit (level 1, id the unit's id, label its name), followed by a row for each of its direct subordinates
     * (level 2, id {@code <superior id>><subordinate id>}). Only a consolidation's working tables have them; their
     * columns say whose figures they show ({@link ColumnDefinition.Side}).
     *
     * @param source where it is defined
     */
    record UnitRows(SourceRef source) implements RowDefinition {
        /** Creates the unit rows. */
        public UnitRows {
            Objects.requireNonNull(source, "source");
        }
    }
}
