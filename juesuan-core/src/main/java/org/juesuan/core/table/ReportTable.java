package org.juesuan.core.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.source.SourceRef;

/**
 * A public table filled for one unit (公开表): the definition, the rows it has for this unit and every cell's value.
 *
 * <p>Derived cells are computed, never read. A cell read from a single dataset figure remembers that figure's
 * source, so a finding about the cell can point into the dataset file or workbook.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportTable {

    private final TableDefinition definition;
    private final List<ReportRow> rows;
    private final Map<String, ReportRow> rowsById;
    private final Map<String, Map<String, CellValue>> cells;
    private final Map<String, SourceRef> sources;

    ReportTable(
            TableDefinition definition,
            List<ReportRow> rows,
            Map<String, Map<String, CellValue>> cells,
            Map<String, SourceRef> sources) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.rows = List.copyOf(rows);
        Map<String, ReportRow> byId = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            byId.put(row.id(), row);
        }
        this.rowsById = Collections.unmodifiableMap(byId);
        Map<String, Map<String, CellValue>> copy = new HashMap<>();
        cells.forEach((row, values) -> copy.put(row, Map.copyOf(values)));
        this.cells = Collections.unmodifiableMap(copy);
        this.sources = Map.copyOf(sources);
    }

    /** Returns a copy with every amount cell transformed (used for independent display rounding). */
    ReportTable mapAmounts(java.util.function.UnaryOperator<org.juesuan.core.money.Amount> transform) {
        Map<String, Map<String, CellValue>> mapped = new HashMap<>();
        cells.forEach((row, values) -> {
            Map<String, CellValue> copy = new HashMap<>();
            values.forEach((column, value) -> copy.put(
                    column,
                    value.amount().map(a -> CellValue.of(transform.apply(a))).orElse(value)));
            mapped.put(row, copy);
        });
        Map<String, SourceRef> sourceCopy = new HashMap<>(sources);
        return new ReportTable(definition, rows, mapped, sourceCopy);
    }

    /**
     * Returns a copy in which some cells show other amounts, read from elsewhere (the figures a document printed).
     *
     * @param overrides row id → column id → amount
     * @param overrideSources the same cells' sources
     */
    ReportTable withOverrides(Map<String, Map<String, Amount>> overrides, Map<String, SourceRef> overrideSources) {
        Map<String, Map<String, CellValue>> copy = new HashMap<>();
        cells.forEach((row, values) -> copy.put(row, new HashMap<>(values)));
        overrides.forEach((row, values) -> values.forEach((column, amount) ->
                copy.computeIfAbsent(row, r -> new HashMap<>()).put(column, CellValue.of(amount))));
        Map<String, SourceRef> sourceCopy = new HashMap<>(sources);
        sourceCopy.putAll(overrideSources);
        return new ReportTable(definition, rows, copy, sourceCopy);
    }

    /** Returns the definition. */
    public TableDefinition definition() {
        return definition;
    }

    /** Returns the table's id. */
    public String id() {
        return definition.id();
    }

    /** Returns the rows, section by section, body before totals. */
    public List<ReportRow> rows() {
        return rows;
    }

    /** Returns the rows of one section, body before totals. */
    public List<ReportRow> rows(String sectionId) {
        List<ReportRow> result = new ArrayList<>();
        for (ReportRow row : rows) {
            if (row.section().equals(sectionId)) {
                result.add(row);
            }
        }
        return result;
    }

    /** Returns the row with the given id. */
    public Optional<ReportRow> row(String rowId) {
        return Optional.ofNullable(rowsById.get(rowId));
    }

    /** Returns the column with the given id in the section of the given row. */
    public Optional<ColumnDefinition> column(String rowId, String columnId) {
        ReportRow row = rowsById.get(rowId);
        if (row != null) {
            for (ColumnDefinition column : columns(row.section())) {
                if (column.id().equals(columnId)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    /** Returns the value columns of a section. */
    public List<ColumnDefinition> columns(String sectionId) {
        return definition.section(sectionId).map(SectionDefinition::columns).orElse(List.of());
    }

    /** Returns a cell's value; blank for a cell the table does not have. */
    public CellValue cell(String rowId, String columnId) {
        return cells.getOrDefault(rowId, Map.of()).getOrDefault(columnId, CellValue.BLANK);
    }

    /** Returns the dataset position of a cell read from one figure. */
    public Optional<SourceRef> source(String rowId, String columnId) {
        return Optional.ofNullable(sources.get(rowId + '\u0000' + columnId));
    }

    /** Returns whether every amount cell is blank or zero: the table has no data and prints its empty statement. */
    public boolean isEmpty() {
        for (Map<String, CellValue> values : cells.values()) {
            for (CellValue value : values.values()) {
                if (value.amount().filter(a -> !a.isZero()).isPresent()) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return definition.id() + " " + definition.title() + " (" + rows.size() + " rows)";
    }
}
