package org.juesuan.core.formula;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a formula may refer to (引用范围): the tables with their sections, rows and columns, and the named values.
 * The {@link Checker} resolves every reference against it before a rule ever runs.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Schema {

    /** Returns the shape of a table, or empty if there is no such table. */
    Optional<TableShape> table(String id);

    /** Returns the type of a named value ({@code fact.…}, {@code claim.…}, {@code data.…}), or empty if unknown. */
    Optional<Type> name(String namespace, String path);

    /**
     * The shape of a table.
     *
     * @param id the table id
     * @param sections the sections
     */
    record TableShape(String id, List<SectionShape> sections) {
        /** Creates a table shape. */
        public TableShape {
            sections = List.copyOf(sections);
        }

        /** Returns the section holding a fixed row, if any. */
        public Optional<SectionShape> sectionOfRow(String rowId) {
            return sections.stream().filter(s -> s.rows().contains(rowId)).findFirst();
        }

        /** Returns the section and id of the fixed row with a label, if any. */
        public Optional<String> rowWithLabel(String label) {
            for (SectionShape section : sections) {
                int index = section.labels().indexOf(label);
                if (index >= 0) {
                    return Optional.of(section.rows().get(index));
                }
            }
            return Optional.empty();
        }

        /** Returns the section listing codes of the given length (function rows, economic rows, class lines). */
        public Optional<SectionShape> sectionOfCode(String code) {
            return sections.stream().filter(s -> s.acceptsCode(code)).findFirst();
        }
    }

    /**
     * The shape of a section.
     *
     * @param id the section id
     * @param rows the fixed row ids in order (body rows, then totals)
     * @param labels the labels of the fixed rows, in the same order
     * @param functionCodes whether the body lists 类/款/项 codes
     * @param economicCodes whether the body lists economic 类/款 codes
     * @param classLines whether the body lists the profile's class lines (3-digit codes)
     * @param columns the value columns
     */
    record SectionShape(
            String id,
            List<String> rows,
            List<String> labels,
            boolean functionCodes,
            boolean economicCodes,
            boolean classLines,
            List<ColumnShape> columns) {
        /** Creates a section shape. */
        public SectionShape {
            Objects.requireNonNull(id, "id");
            rows = List.copyOf(rows);
            labels = List.copyOf(labels);
            columns = List.copyOf(columns);
        }

        /** Returns whether a code of this length can be a row of the section. */
        public boolean acceptsCode(String code) {
            int length = code.length();
            return functionCodes && (length == 3 || length == 5 || length == 7)
                    || economicCodes && (length == 3 || length == 5)
                    || classLines && length == 3;
        }

        /** Returns the id of the column named by a selector, or null if the section has no such column. */
        public @Nullable String column(Expr.@Nullable ColumnSelector selector, @Nullable String current) {
            if (selector == null) {
                return columns.size() == 1 ? columns.get(0).id() : null;
            }
            if (selector instanceof Expr.ColumnSelector.Current) {
                return current;
            }
            if (selector instanceof Expr.ColumnSelector.Number) {
                int number = ((Expr.ColumnSelector.Number) selector).number();
                for (ColumnShape column : columns) {
                    if (column.number() != null && column.number() == number) {
                        return column.id();
                    }
                }
                return null;
            }
            String id = ((Expr.ColumnSelector.Id) selector).id();
            return columns.stream().anyMatch(c -> c.id().equals(id)) ? id : null;
        }
    }

    /**
     * A value column.
     *
     * @param id the column id
     * @param number the 栏次, or null
     * @param header the header text for messages
     */
    record ColumnShape(String id, @Nullable Integer number, String header) {}
}
