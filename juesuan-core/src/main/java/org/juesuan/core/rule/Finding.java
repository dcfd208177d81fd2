package org.juesuan.core.rule;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * A failed cross-check (校验发现): which rule, how serious, where in the tables and in the source, and the figures
 * compared.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule id
 * @param severity the severity, after the rounding tolerance
 * @param title what the rule checks
 * @param message the Chinese message with the figures
 * @param table the table id of the location, or empty for a check outside the tables
 * @param row the row id, or empty
 * @param column the column id, or empty
 * @param place the location in words, e.g. 公开05表 合计 小计
 * @param source where the figure at the location was read (dataset line, workbook cell), or none
 * @param left the left side of the failed comparison, if any
 * @param right the right side, if any
 * @param inputs the cells the check read, as {@code table/row/column}, so a reviewer sees what was compared
 * @param order the position of the location in the table set, for sorting
 */
public record Finding(
        String ruleId,
        Severity severity,
        String title,
        String message,
        String table,
        String row,
        String column,
        String place,
        SourceRef source,
        @Nullable Amount left,
        @Nullable Amount right,
        java.util.List<String> inputs,
        long order) {

    /** Creates a finding. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(source, "source");
        inputs = java.util.List.copyOf(inputs);
    }

    /**
     * Returns a finding outside the tables made of an issue found by other means than a rule (scoring, reading a
     * document): the issue's code as rule id, {@code place} as title and place, the issue's position as source.
     */
    public static Finding of(Issue issue, String place) {
        return new Finding(
                issue.code(),
                issue.severity(),
                place,
                issue.message(),
                "",
                "",
                "",
                place,
                issue.where(),
                null,
                null,
                java.util.List.of(),
                Long.MAX_VALUE);
    }

    /** Returns left minus right, when both are known. */
    public Optional<Amount> difference() {
        return left == null || right == null ? Optional.empty() : Optional.of(left.minus(right));
    }

    /** Returns e.g. {@code 提示 T05-1 公开05表 合计 小计（dataset.yaml:380:12）: …}. */
    @Override
    public String toString() {
        String where = source.display().isEmpty() ? place : place + "（" + source.display() + "）";
        return severity.label() + " " + ruleId + " " + where + "：" + message;
    }
}
