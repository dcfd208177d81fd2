package org.juesuan.core.document;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;

/**
 * A grid being drawn (表格草图) for a {@link GridBlock}: cells are placed at a row and column with their spans, and
 * {@link #rows()} fills the positions a span covers with {@link GridCell#COVERED} and the untouched ones with empty
 * cells.
 *
 * <p>Not thread-safe; one per grid.
 */
final class Grid {

    private final int columns;
    private final List<Placed> cells = new ArrayList<>();
    private int rowCount;

    private record Placed(int row, int column, GridCell cell) {}

    Grid(int columns) {
        this.columns = columns;
    }

    /** Starts a new row and returns its index. */
    int row() {
        return rowCount++;
    }

    /** Places a one-by-one cell. */
    void put(int row, int column, GridCell cell) {
        put(row, column, 1, 1, cell);
    }

    /** Places a cell spanning {@code rowSpan} rows and {@code colSpan} columns. */
    void put(int row, int column, int rowSpan, int colSpan, GridCell cell) {
        if (column + colSpan > columns || row >= rowCount) {
            throw new IllegalArgumentException("cell at " + row + "," + column + " is outside the grid");
        }
        cells.add(new Placed(
                row,
                column,
                new GridCell(
                        cell.text(),
                        cell.kind(),
                        rowSpan,
                        colSpan,
                        cell.printedAmount().orElse(null),
                        cell.rowId(),
                        cell.columnId())));
    }

    /**
     * Returns the rows.
     *
     * @throws IllegalStateException if two cells overlap or a span runs past the last row
     */
    List<List<GridCell>> rows() {
        GridCell[][] grid = new GridCell[rowCount][columns];
        for (Placed placed : cells) {
            GridCell cell = placed.cell();
            for (int r = placed.row(); r < placed.row() + cell.rowSpan(); r++) {
                for (int c = placed.column(); c < placed.column() + cell.colSpan(); c++) {
                    if (r >= rowCount || grid[r][c] != null) {
                        throw new IllegalStateException(
                                "cell at " + placed.row() + "," + placed.column() + " overlaps");
                    }
                    grid[r][c] = r == placed.row() && c == placed.column() ? cell : GridCell.COVERED;
                }
            }
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (GridCell[] row : grid) {
            List<GridCell> cells = new ArrayList<>();
            for (GridCell cell : row) {
                cells.add(cell == null ? GridCell.of("", GridCell.Kind.EMPTY) : cell);
            }
            rows.add(cells);
        }
        return rows;
    }

    static GridCell header(String text) {
        return GridCell.of(text, GridCell.Kind.HEADER);
    }

    static GridCell label(String text) {
        return GridCell.of(text, GridCell.Kind.LABEL);
    }

    /** Returns an amount cell printing the amount in 万元, holding the amount it prints. */
    static GridCell amount(Amount amount) {
        String text = AmountFormat.wanText(amount);
        return new GridCell(text, GridCell.Kind.AMOUNT, 1, 1, Amount.parse(text, AmountUnit.WAN_YUAN), null, null);
    }
}
