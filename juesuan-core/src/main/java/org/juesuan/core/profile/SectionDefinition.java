package org.juesuan.core.profile;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A block of a table with its own columns (栏), such as the 收入 and 支出 halves of table 01.
 *
 * <p>The body holds the rows that carry facts; the totals follow it and are printed aligned across side-by-side
 * sections. Immutable and thread-safe.
 *
 * @param id the id, unique in the table
 * @param heading the heading over the block (收入), or empty
 * @param stubHeader the header of the row-label column(s), e.g. 项目
 * @param columns the value columns
 * @param body the body rows
 * @param totals the rows after the body (合计, 总计 …)
 * @param source where it is defined
 */
public record SectionDefinition(
        String id,
        String heading,
        String stubHeader,
        List<ColumnDefinition> columns,
        List<RowDefinition> body,
        List<RowDefinition> totals,
        SourceRef source) {

    /** Creates a section definition. */
    public SectionDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(stubHeader, "stubHeader");
        columns = List.copyOf(columns);
        body = List.copyOf(body);
        totals = List.copyOf(totals);
        Objects.requireNonNull(source, "source");
    }

    /** Returns whether the body lists function codes (a 类/款/项 table). */
    public boolean hasFunctionRows() {
        return body.stream().anyMatch(row -> row instanceof RowDefinition.FunctionRows);
    }

    /** Returns whether the body lists economic codes. */
    public boolean hasEconomicRows() {
        return body.stream().anyMatch(row -> row instanceof RowDefinition.EconomicGroup);
    }
}
