package org.juesuan.core.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table laid out for printing (表样): title lines, the grid of cells with merged headers, notes and the empty-table
 * statement. Every renderer draws the same printed table, so HTML, XLSX, PDF and DOCX agree cell for cell.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the table id
 * @param number the printed number, e.g. 公开01表, or empty
 * @param title the printed title, e.g. 2024年度收入支出决算总表
 * @param unitLine the line naming the unit, or empty
 * @param amountUnitLine the unit line, e.g. 单位：万元
 * @param grid the cells, row by row; each row has {@link #columnCount()} positions
 * @param headerRows how many of the first grid rows are headers (including the 栏次 row)
 * @param notes the notes under the table
 * @param statement the statement printed because the table has no data, or null
 */
public record PrintedTable(
        String id,
        String number,
        String title,
        String unitLine,
        String amountUnitLine,
        List<List<GridCell>> grid,
        int headerRows,
        List<String> notes,
        @Nullable String statement) {

    /** Creates a printed table. */
    public PrintedTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unitLine, "unitLine");
        Objects.requireNonNull(amountUnitLine, "amountUnitLine");
        grid = grid.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** Returns the number of grid columns. */
    public int columnCount() {
        return grid.isEmpty() ? 0 : grid.get(0).size();
    }

    /** Returns the same table with other cells (e.g. a cell re-laid out, or deliberately wrong in a test). */
    public PrintedTable withGrid(List<List<GridCell>> cells) {
        return new PrintedTable(id, number, title, unitLine, amountUnitLine, cells, headerRows, notes, statement);
    }

    /** Returns the empty-table statement, if the table has no data. */
    public Optional<String> emptyStatement() {
        return Optional.ofNullable(statement);
    }
}
