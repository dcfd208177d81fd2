package org.juesuan.render.docx;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.layout.GridCell;

/**
 * Writes a grid of cells as a Word table (表格): merged cells as {@code w:gridSpan} across and {@code w:vMerge} down,
 * header rows marked {@code w:tblHeader} so Word repeats them on every page, rows kept whole across pages, amounts
 * right-aligned, fixed column widths.
 *
 * <p>Stateless and thread-safe.
 */
final class TableXml {

    private TableXml() {}

    /** Returns whether a grid can be written: Word has no table without a row or a column. */
    static boolean writable(List<List<GridCell>> grid) {
        return !grid.isEmpty() && !grid.get(0).isEmpty();
    }

    /**
     * Appends a {@code w:tbl}.
     *
     * @param xml where the table goes
     * @param grid the cells row by row; covered positions are {@link GridCell#COVERED}
     * @param headerRows how many of the first rows repeat on every page
     * @param widths the column widths in twips
     */
    static void append(StringBuilder xml, List<List<GridCell>> grid, int headerRows, int[] widths) {
        int columns = widths.length;
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"PublicTable\"/><w:tblW w:w=\"")
                .append(total)
                .append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>")
                .append("<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\"")
                .append(" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int width : widths) {
            xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        xml.append("</w:tblGrid>");
        GridCell[][] owners = owners(grid, columns);
        for (int r = 0; r < grid.size(); r++) {
            List<GridCell> row = grid.get(r);
            xml.append("<w:tr><w:trPr><w:cantSplit/>");
            if (r < headerRows) {
                xml.append("<w:tblHeader/>");
            }
            xml.append("</w:trPr>");
            int c = 0;
            while (c < columns) {
                GridCell cell = c < row.size() ? row.get(c) : GridCell.COVERED;
                GridCell owner = owners[r][c];
                if (!cell.isCovered()) {
                    int span = Math.min(cell.colSpan(), columns - c);
                    cell(xml, cell, widths, c, span, cell.rowSpan() > 1 ? "restart" : null, r < headerRows);
                    c += span;
                } else if (owner != null && startsAbove(owners, r, c, owner)) {
                    int span = Math.min(owner.colSpan(), columns - c);
                    cell(xml, GridCell.of("", owner.kind()), widths, c, span, "", r < headerRows);
                    c += span;
                } else if (owner == null) {
                    cell(xml, GridCell.of("", GridCell.Kind.EMPTY), widths, c, 1, null, r < headerRows);
                    c++;
                } else {
                    c++; // covered by a cell to its left, already written with its span
                }
            }
            xml.append("</w:tr>");
        }
        xml.append("</w:tbl>");
    }

    /** Returns, for every position, the cell whose span covers it (itself for a cell that is not covered). */
    static GridCell[][] owners(List<List<GridCell>> grid, int columns) {
        GridCell[][] owners = new GridCell[grid.size()][columns];
        for (int r = 0; r < grid.size(); r++) {
            List<GridCell> row = grid.get(r);
            for (int c = 0; c < row.size() && c < columns; c++) {
                GridCell cell = row.get(c);
                if (cell.isCovered()) {
                    continue;
                }
                for (int down = r; down < Math.min(r + cell.rowSpan(), grid.size()); down++) {
                    for (int across = c; across < Math.min(c + cell.colSpan(), columns); across++) {
                        if (down == r || owners[down][across] == null) {
                            owners[down][across] = cell;
                        }
                    }
                }
            }
        }
        return owners;
    }

    /** Returns whether position (r, c) is the left edge of a span that started in a row above. */
    private static boolean startsAbove(GridCell[][] owners, int r, int c, GridCell owner) {
        return r > 0 && owners[r - 1][c] == owner && (c == 0 || owners[r][c - 1] != owner);
    }

    private static void cell(
            StringBuilder xml,
            GridCell cell,
            int[] widths,
            int column,
            int span,
            @Nullable String vMerge,
            boolean header) {
        int width = 0;
        for (int c = column; c < column + span; c++) {
            width += widths[c];
        }
        xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
            xml.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        if (vMerge != null) {
            xml.append(vMerge.isEmpty() ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>");
        }
        xml.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"")
                .append(style(cell.kind(), header))
                .append("\"/></w:pPr>");
        if (!cell.text().isEmpty()) {
            BodyWriter.run(xml, cell.text());
        }
        xml.append("</w:p></w:tc>");
    }

    private static String style(GridCell.Kind kind, boolean header) {
        return switch (kind) {
            case HEADER -> "TableHeader";
            case AMOUNT -> "TableAmount";
            case COLUMN_NUMBER, LINE_NUMBER -> "TableCenter";
            case CODE, LABEL, EMPTY, COVERED -> header ? "TableCenter" : "TableText";
        };
    }
}
