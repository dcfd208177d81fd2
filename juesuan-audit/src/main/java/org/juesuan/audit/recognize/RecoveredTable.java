package org.juesuan.audit.recognize;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.source.SourceRef;

/**
 * A public table as recovered from a published document (识别出的公开表): each printed row and amount mapped to the
 * profile's definition.
 *
 * <p>Immutable and thread-safe.
 *
 * @param definition the profile's table
 * @param unit the amount unit the table states (单位：万元 or 元)
 * @param rows the recognised body and total rows, in printed order
 * @param statement the statement printed instead of a body (本单位无…), if any
 * @param source where the table (or its caption) starts
 */
public record RecoveredTable(
        TableDefinition definition,
        AmountUnit unit,
        List<Row> rows,
        @Nullable String statement,
        SourceRef source) {

    /** Creates a recovered table. */
    public RecoveredTable {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(unit, "unit");
        rows = List.copyOf(rows);
        Objects.requireNonNull(source, "source");
    }

    /** Returns whether a row prints at least one figure. */
    public boolean hasFigures() {
        return rows.stream().anyMatch(r -> r.cells().values().stream()
                .anyMatch(c -> c.amount().value().isPresent()));
    }

    /**
     * A recognised row (识别出的行).
     *
     * @param section the section of the definition
     * @param rowId the row's id in the derived table: a fixed row's id, a class, function or economic code, or a
     *     total's id
     * @param code the classification code, for code rows
     * @param label the printed label, as printed
     * @param cells the printed cells by column id
     * @param source where the row is
     */
    public record Row(
            String section,
            String rowId,
            @Nullable ClassCode code,
            String label,
            Map<String, Cell> cells,
            SourceRef source) {
        /** Creates a row. */
        public Row {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(rowId, "rowId");
            Objects.requireNonNull(label, "label");
            cells = Map.copyOf(cells);
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A printed amount cell (金额单元格).
     *
     * @param column the column id
     * @param text the text as printed
     * @param amount what it holds
     * @param source where it is
     */
    public record Cell(String column, String text, PrintedAmount amount, SourceRef source) {
        /** Creates a cell. */
        public Cell {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(source, "source");
        }
    }
}
