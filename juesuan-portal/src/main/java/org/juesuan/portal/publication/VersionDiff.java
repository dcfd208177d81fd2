package org.juesuan.portal.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;

/**
 * The cells two versions print differently (更正说明): for each public table, every amount cell whose printed text
 * changed, with its row label and column header, the text before and after, in 万元 as printed. Cells are matched by
 * table, row and column, not by position, so a row added or removed shows as its own cells and shifts nothing else.
 * Computed from the derived tables, so a changed figure shows with every total derived from it.
 *
 * <p>Stateless and thread-safe.
 */
public final class VersionDiff {

    private VersionDiff() {}

    /**
     * A cell printed differently (更正单元格).
     *
     * @param table the table's printed number, e.g. 公开01表
     * @param title the table's title
     * @param row the row's label as printed, with its code if it has one
     * @param column the column's header, its header lines joined by ／
     * @param before the text printed before, empty if the cell was blank or absent
     * @param after the text printed after, empty if blank or absent
     */
    public record CellChange(String table, String title, String row, String column, String before, String after) {

        /** Creates a change. */
        public CellChange {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** Returns the cells printed differently, table by table in the newer version's order, row by row. */
    public static List<CellChange> cells(TableSet older, TableSet newer) {
        Map<String, PrintedTable> olderTables = new LinkedHashMap<>();
        for (PrintedTable table : TableLayout.layout(older)) {
            olderTables.put(table.id(), table);
        }
        List<CellChange> changes = new ArrayList<>();
        for (PrintedTable table : TableLayout.layout(newer)) {
            PrintedTable before = olderTables.remove(table.id());
            changes.addAll(changes(table, before == null ? Map.of() : printed(before), printed(table), newer));
        }
        for (PrintedTable removed : olderTables.values()) {
            changes.addAll(changes(removed, printed(removed), Map.of(), older));
        }
        return changes;
    }

    private static List<CellChange> changes(
            PrintedTable table, Map<String, Printed> before, Map<String, Printed> after, TableSet set) {
        Map<String, Printed> all = new LinkedHashMap<>(after);
        before.forEach(all::putIfAbsent);
        List<CellChange> changes = new ArrayList<>();
        for (Map.Entry<String, Printed> cell : all.entrySet()) {
            Printed old = before.get(cell.getKey());
            Printed now = after.get(cell.getKey());
            String oldText = old == null ? "" : old.text();
            String newText = now == null ? "" : now.text();
            if (!oldText.equals(newText)) {
                Printed at = cell.getValue();
                changes.add(new CellChange(
                        table.number().isEmpty() ? table.id() : table.number(),
                        table.title(),
                        at.label(),
                        header(set, table.id(), at.rowId(), at.columnId()),
                        oldText,
                        newText));
            }
        }
        return changes;
    }

    /** A printed amount cell with the label of its row. */
    private record Printed(String rowId, String columnId, String label, String text) {}

    /** Returns the amount cells of a printed table by {@code row column}, in grid order. */
    private static Map<String, Printed> printed(PrintedTable table) {
        Map<String, Printed> cells = new LinkedHashMap<>();
        for (List<GridCell> row : table.grid()
                .subList(
                        Math.min(table.headerRows(), table.grid().size()),
                        table.grid().size())) {
            List<String> label = new ArrayList<>();
            boolean afterAmount = false;
            for (GridCell cell : row) {
                switch (cell.kind()) {
                    case CODE, LABEL -> {
                        if (afterAmount) {
                            // the other side of a two-sided table, e.g. 公开01表's 支出 beside its 收入
                            label.clear();
                            afterAmount = false;
                        }
                        if (!cell.text().isBlank()) {
                            label.add(cell.text().strip());
                        }
                    }
                    case AMOUNT -> {
                        if (cell.rowId() != null && cell.columnId() != null) {
                            cells.putIfAbsent(
                                    cell.rowId() + ' ' + cell.columnId(),
                                    new Printed(
                                            cell.rowId(),
                                            cell.columnId(),
                                            label.isEmpty() ? cell.rowId() : String.join(" ", label),
                                            cell.text().strip()));
                        }
                        afterAmount = true;
                    }
                    default -> {}
                }
            }
        }
        return cells;
    }

    private static String header(TableSet set, String tableId, String rowId, String columnId) {
        return set.table(tableId)
                .flatMap(table -> column(table, rowId, columnId))
                .map(column -> String.join("／", column.header()))
                .filter(text -> !text.isBlank())
                .orElse(columnId);
    }

    private static java.util.Optional<ColumnDefinition> column(ReportTable table, String rowId, String columnId) {
        return table.column(rowId, columnId);
    }
}
