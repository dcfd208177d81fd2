package org.juesuan.audit.read;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A table as printed (表格): rows of cell texts, in the order the document shows them.
 *
 * <p>Header rows and body rows are not told apart here, nor are merged cells resolved: a reader reports what the
 * format states, and the recognition of the profile's tables decides what each cell is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rows the rows, top down
 * @param source where the table starts
 */
public record TableBlock(List<Row> rows, SourceRef source) implements Block {

    /** Creates a table. */
    public TableBlock {
        rows = List.copyOf(rows);
        Objects.requireNonNull(source, "source");
    }

    /**
     * A row of a printed table (表格行).
     *
     * @param cells the cells, left to right; a cell the format shows empty is kept, with empty text
     * @param source where the row starts
     */
    public record Row(List<Cell> cells, SourceRef source) {
        /** Creates a row. */
        public Row {
            cells = List.copyOf(cells);
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A cell of a printed table (单元格).
     *
     * @param text the text, with line breaks inside the cell turned into spaces and the ends stripped
     * @param column the grid column the cell starts in, from 0, as far as the format tells it (a text file's tab
     *     field, a PDF's column found from the positions, a DOCX grid column, a spreadsheet column)
     * @param span the number of grid columns it covers, at least 1
     * @param source where the cell is
     */
    public record Cell(String text, int column, int span, SourceRef source) {
        /** Creates a cell. */
        public Cell {
            Objects.requireNonNull(text, "text");
            if (column < 0 || span < 1) {
                throw new IllegalArgumentException("bad column " + column + " or span " + span);
            }
            Objects.requireNonNull(source, "source");
        }
    }
}
