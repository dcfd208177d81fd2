package org.juesuan.core.formula;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a compiled formula reads its values (求值环境): the cells of a table set, named values, the row and column
 * a rule iterates over, and the tolerance for comparing rounded figures.
 *
 * <p>Not thread-safe: an environment belongs to one evaluation.
 */
public interface Environment {

    /** Returns a cell's value; blank if the table set has no such row. Records the cell as an input of the rule. */
    Value.AmountValue cell(String table, String row, String column);

    /** Returns the section a row belongs to, if the row exists. */
    Optional<String> sectionOf(String table, String row);

    /** Returns the rows from {@code from} to {@code to}, inclusive, in table order; empty if either is missing. */
    List<String> range(String table, String from, String to);

    /** Returns the top-level body rows of a section. */
    List<String> top(String table, String section);

    /** Returns the direct child rows of a row (款 of a 类, 项 of a 款, items of an economic head). */
    List<String> children(String table, String row);

    /** Returns a row's id from its label, if a row has that label. */
    Optional<String> rowByLabel(String table, String label);

    /** Returns the depth of a row: 0 for fixed rows, 1 for 类 rows and class lines, 2 for 款, 3 for 项. */
    int level(String table, String row);

    /** Returns whether the table set has the row. */
    boolean hasRow(String table, String row);

    /** Returns a named value ({@code fact.…}, {@code claim.…}, {@code data.…}); blank when not stated. */
    Value name(String namespace, String path);

    /** Returns the row the rule iterates over, or null. */
    @Nullable
    String currentRow();

    /** Returns the column the rule iterates over, or null. */
    @Nullable
    String currentColumn();

    /** Returns how amounts are compared. */
    Tolerance tolerance();

    /** Notes the values of a failing comparison, for the finding's message. Only the first is kept. */
    void compared(Value.AmountValue left, Value.AmountValue right, Truth truth);
}
