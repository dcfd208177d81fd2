package org.juesuan.core.rule;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.source.Keyed;
import org.juesuan.core.source.SourceRef;

/**
 * A cross-check as written in a rule file (勾稽规则定义), before it is compiled against a profile.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule id, e.g. {@code T05-1} or {@code X-10}
 * @param title what the rule checks, in Chinese
 * @param severity how serious a failure is
 * @param each what the rule iterates over, or null for a single check
 * @param when a condition for the rule to apply, or null
 * @param check the formula that must hold
 * @param message the message of a failure, with {@code {…}} placeholders
 * @param at the cell a failure is reported at, as a cell reference, or null for the first cell the check reads
 * @param source where the rule starts
 * @param whenSource where the condition is written
 * @param checkSource where the check is written
 * @param messageSource where the message is written
 */
public record RuleDefinition(
        String id,
        String title,
        Severity severity,
        @Nullable Each each,
        @Nullable String when,
        String check,
        String message,
        @Nullable String at,
        SourceRef source,
        SourceRef whenSource,
        SourceRef checkSource,
        SourceRef messageSource,
        SourceRef atSource) {

    /** Creates a definition. */
    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }

    /**
     * What a rule iterates over: the rows of a table (filtered), and optionally each value column of each row.
     *
     * @param table the table whose rows are visited
     * @param section the section they are limited to, or null
     * @param where which rows
     * @param columns whether each value column is visited too
     */
    public record Each(String table, @Nullable String section, Where where, boolean columns) {
        /** Creates an iteration. */
        public Each {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(where, "where");
        }
    }

    /** Which rows a rule visits. */
    public enum Where implements Keyed {
        /** Every row. */
        ALL("all"),
        /** Rows that add up others: 类 and 款 rows, economic heads. */
        PARENTS("parents"),
        /** Rows with a classification code. */
        CODES("codes"),
        /** The lowest code rows: 项 rows and economic items. */
        ITEMS("items"),
        /** The top-level rows of the body. */
        TOP("top"),
        /** The total rows after the body (合计, 总计). */
        TOTALS("totals");

        private final String key;

        Where(String key) {
            this.key = key;
        }

        /** Returns the word used in rule files. */
        public String key() {
            return key;
        }

        /** Finds the value written in a rule file. */
        public static Optional<Where> ofKey(String key) {
            return Keyed.find(values(), key);
        }
    }
}
