package org.juesuan.portal.store;

import java.util.Objects;
import org.juesuan.core.issue.Severity;

/**
 * A finding of validation as stored with its version (已存校验发现): the cell of the derived tables it concerns, if
 * any, and where the figure was read.
 *
 * @param number its position in the list of findings, from 1
 * @param severity how serious
 * @param ruleId the rule, e.g. {@code T01-3}
 * @param table the table id, or empty for a check outside the tables
 * @param row the row id, or empty
 * @param column the column id, or empty
 * @param place the location in words, e.g. 公开05表 合计 小计
 * @param source where the figure was read, e.g. 填报.xlsx!公开01表!D9, or empty
 * @param message the Chinese message with the figures
 */
public record StoredFinding(
        int number,
        Severity severity,
        String ruleId,
        String table,
        String row,
        String column,
        String place,
        String source,
        String message) {

    /** Creates a stored finding. */
    public StoredFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** Returns whether the finding concerns a cell or row of a table. */
    public boolean inTable() {
        return !table.isEmpty() && !row.isEmpty();
    }

    /** Returns the place with the source, e.g. 公开01表 本年收入合计 决算数（填报.xlsx!公开01表!D9）. */
    public String where() {
        String at = place.isEmpty() ? ruleId : place;
        return source.isEmpty() ? at : at + "（" + source + "）";
    }
}
