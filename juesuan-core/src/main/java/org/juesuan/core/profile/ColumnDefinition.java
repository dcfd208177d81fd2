package org.juesuan.core.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * A value column of a table section (列): its header, its 栏次 and how its cells get their values.
 *
 * <p>A column either narrows the row's measure ({@code filter}), carries the measure itself ({@code measure}, for
 * tables whose rows only say where), or adds up other columns of the same row ({@code formula}). Exactly one of
 * the three may be set; none means the rows carry the whole measure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, unique within its section
 * @param header the header from the top level down, e.g. {@code [本年支出, 小计]}; equal neighbouring levels merge
 * @param number the 栏次, or null when the column has none
 * @param measure the measure or narrowing, or null
 * @param formula the sum of other columns, or null
 * @param side in a table whose rows are units ({@link RowDefinition.UnitRows}), whose figures the column shows: the
 *     superior unit's own or its subordinates'; null elsewhere
 * @param source where the definition states it
 */
public record ColumnDefinition(
        String id,
        List<String> header,
        @Nullable Integer number,
        @Nullable Measure measure,
        @Nullable Formula formula,
        @Nullable Side side,
        SourceRef source) {

    /** Creates a column definition. */
    public ColumnDefinition {
        Objects.requireNonNull(id, "id");
        header = List.copyOf(header);
        if (measure != null && formula != null) {
            throw new IllegalArgumentException("column " + id + " has both a measure and a formula");
        }
        Objects.requireNonNull(source, "source");
    }

    /** Creates a column definition of a table whose rows are not units (no {@link Side}). */
    public ColumnDefinition(
            String id,
            List<String> header,
            @Nullable Integer number,
            @Nullable Measure measure,
            @Nullable Formula formula,
            SourceRef source) {
        this(id, header, number, measure, formula, null, source);
    }

    /**
     * Whose figures a column of a table with unit rows shows (上级方/下级方): on a superior unit's row, its own
     * figures or the sum of its direct subordinates'; on a subordinate's row, nothing or the subordinate's own.
     */
    public enum Side implements org.juesuan.core.source.Keyed {
        /** The superior unit's own figures (上级单位方). */
        SUPERIOR("superior"),
        /** The direct subordinates' figures (所属单位方). */
        SUBORDINATES("subordinates");

        private final String key;

        Side(String key) {
            this.key = key;
        }

        /** Returns the word used in definition files. */
        @Override
        public String key() {
            return key;
        }

        /** Finds the value written in a definition file. */
        public static Optional<Side> ofKey(String key) {
            return org.juesuan.core.source.Keyed.find(values(), key);
        }
    }

    /** Returns the 栏次, if the column has one. */
    public Optional<Integer> columnNumber() {
        return Optional.ofNullable(number);
    }

    /** Returns whether the column adds up other columns. */
    public boolean isDerived() {
        return formula != null;
    }
}
