package org.juesuan.render.docx;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.core.document.Part;
import org.juesuan.core.layout.GridCell;

/**
 * Names places in the document in words (位置描述), as a reader would point at them: a part by its short name, a
 * paragraph by the numbering of its headings and its position under the last heading (情况说明 一、第1段), a table cell
 * by its row and column headings (公开05表 合计 本年支出小计).
 *
 * <p>Stateless and thread-safe.
 */
final class Places {

    private static final Pattern NUMBERING =
            Pattern.compile("^(第[一二三四五六七八九十百零]+部分|[一二三四五六七八九十百零]+、|（[一二三四五六七八九十百零]+）|（\\d+）|\\d+[.．、])");

    private Places() {}

    /** Returns the short name of a part, e.g. 情况说明. */
    static String part(Part.Kind kind) {
        return switch (kind) {
            case OVERVIEW -> "概况";
            case TABLES -> "部门决算表";
            case NARRATIVE -> "情况说明";
            case KEY_WORK -> "重点工作完成情况";
            case GLOSSARY -> "名词解释";
            case ATTACHMENTS -> "附件";
        };
    }

    /** Returns the numbering of a heading (一、, （一）, 1.), or its whole text followed by a space if it has none. */
    static String numbering(String heading) {
        Matcher matcher = NUMBERING.matcher(heading.strip());
        return matcher.find() ? matcher.group(1) : heading.strip() + " ";
    }

    /**
     * Returns the place of a cell: the table, the row's label (with its code) and the column's headings.
     *
     * @param table the table, e.g. 公开05表
     * @param grid the printed grid
     * @param headerRows how many of the first rows are headers
     * @param row the cell's row
     * @param column the cell's column
     */
    static String cell(String table, List<List<GridCell>> grid, int headerRows, int row, int column) {
        GridCell[][] owners = TableXml.owners(grid, grid.get(0).size());
        StringBuilder place = new StringBuilder(table);
        String label = rowLabel(grid, owners, headerRows, row, column);
        if (!label.isEmpty()) {
            place.append(' ').append(label);
        }
        String header = columnHeader(owners, headerRows, column);
        if (!header.isEmpty()) {
            place.append(' ').append(header);
        }
        return place.toString();
    }

    private static String rowLabel(
            List<List<GridCell>> grid, GridCell[][] owners, int headerRows, int row, int column) {
        String line = "";
        for (int c = column - 1; c >= 0; c--) {
            GridCell owner = owners[row][c];
            if (owner == null) {
                continue;
            }
            if (owner.kind() == GridCell.Kind.LINE_NUMBER && line.isEmpty()) {
                line = owner.text();
            } else if (owner.kind() == GridCell.Kind.LABEL || owner.kind() == GridCell.Kind.HEADER) {
                if (owner.text().isBlank()) {
                    break;
                }
                int start = c;
                while (start > 0 && owners[row][start - 1] == owner) {
                    start--;
                }
                StringBuilder code = new StringBuilder();
                for (int k = start - 1; k >= 0; k--) {
                    GridCell left = grid.get(row).get(k);
                    if (left.kind() != GridCell.Kind.CODE) {
                        break;
                    }
                    code.insert(0, left.text());
                }
                return code.length() == 0
                        ? owner.text().strip()
                        : code + " " + owner.text().strip();
            }
        }
        return line.isEmpty() ? "第" + (row - headerRows + 1) + "行" : "第" + line + "行";
    }

    private static String columnHeader(GridCell[][] owners, int headerRows, int column) {
        StringBuilder header = new StringBuilder();
        GridCell previous = null;
        for (int r = 0; r < headerRows && r < owners.length; r++) {
            GridCell owner = owners[r][column];
            if (owner != null && owner != previous && owner.kind() == GridCell.Kind.HEADER) {
                header.append(owner.text().strip());
            }
            previous = owner;
        }
        return header.toString();
    }
}
