package org.juesuan.core.document;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.layout.GridCell;

/**
 * A grid that is not a public table (表格), such as the key-work table or a self-evaluation form: cells with spans,
 * the first rows repeated as headers across pages.
 *
 * @param id an identifier, e.g. {@code keyWork} or {@code evaluation.overall}
 * @param grid the cells row by row; each row has as many positions as {@code widths}
 * @param headerRows how many of the first rows are headers
 * @param widths the relative widths of the columns
 */
public record GridBlock(String id, List<List<GridCell>> grid, int headerRows, List<Integer> widths) implements Block {

    /** Creates a grid block. */
    public GridBlock {
        Objects.requireNonNull(id, "id");
        grid = grid.stream().map(List::copyOf).toList();
        widths = List.copyOf(widths);
        for (List<GridCell> row : grid) {
            if (row.size() != widths.size()) {
                throw new IllegalArgumentException(
                        "grid " + id + ": a row has " + row.size() + " positions, not " + widths.size());
            }
        }
    }
}
