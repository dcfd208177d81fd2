package org.juesuan.render.html;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.core.internal.Escapes;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.money.Rounding;

/**
 * The markup the HTML renderers share (网页标记): escaping, a printed public table and a grid of cells.
 *
 * <p>Header rows go in {@code thead}, so that a browser repeats them on every printed page; merged cells become
 * {@code rowspan}/{@code colspan}; each amount cell carries {@code data-row} and {@code data-col} naming its table
 * cell, so that a page can be read back and checked figure by figure.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlMarkup {

    /** The styles of a printed table and of a grid, shared by the pages that show them. */
    static final String TABLE_STYLE = """
            table{border-collapse:collapse;width:100%;font-size:.9em;}
            th,td{border:1px solid #333;padding:.25em .4em;}
            th{background:#f2f2f2;font-weight:bold;text-align:center;}
            td.amount{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;}
            td.code,td.line,td.colno{text-align:center;white-space:nowrap;}
            td.colno{background:#f2f2f2;}
            .number{text-align:right;margin:0;}
            .meta{display:flex;justify-content:space-between;margin:.3em 0;}
            p.note{margin:.3em 0;font-size:.9em;}
            p.statement{margin:.6em 0;font-weight:bold;}
            """;

    private HtmlMarkup() {}

    /**
     * Appends a printed table: its number, title, unit lines, the grid, the notes and the empty-table statement.
     *
     * @param titleTag the element that holds the title, e.g. {@code h2}
     * @param titleClass the class of that element, or empty
     */
    static void printedTable(StringBuilder html, PrintedTable table, String titleTag, String titleClass) {
        if (!table.number().isEmpty()) {
            html.append("<p class=\"number\">").append(escape(table.number())).append("</p>\n");
        }
        html.append('<').append(titleTag);
        if (!titleClass.isEmpty()) {
            html.append(" class=\"").append(titleClass).append('"');
        }
        html.append('>')
                .append(escape(table.title()))
                .append("</")
                .append(titleTag)
                .append(">\n");
        html.append("<div class=\"meta\"><span>")
                .append(escape(table.unitLine()))
                .append("</span><span>")
                .append(escape(table.amountUnitLine()))
                .append("</span></div>\n");
        grid(html, "public", table.grid(), table.headerRows(), List.of());
        for (String note : table.notes()) {
            html.append("<p class=\"note\">注：").append(escape(note)).append("</p>\n");
        }
        table.emptyStatement().ifPresent(statement -> html.append("<p class=\"statement\">")
                .append(escape(statement))
                .append("</p>\n"));
    }

    /**
     * Appends a table of cells: the header rows in {@code thead}, the others in {@code tbody}.
     *
     * @param tableClass the class of the table element
     * @param widths the relative column widths, or empty to let the browser choose
     */
    static void grid(
            StringBuilder html, String tableClass, List<List<GridCell>> grid, int headerRows, List<Integer> widths) {
        html.append("<table class=\"").append(tableClass).append("\">\n");
        if (!widths.isEmpty()) {
            columns(html, widths);
        }
        int head = Math.min(headerRows, grid.size());
        if (head > 0) {
            html.append("<thead>\n");
            for (int r = 0; r < head; r++) {
                row(html, grid.get(r));
            }
            html.append("</thead>\n");
        }
        if (grid.size() > head) {
            html.append("<tbody>\n");
            for (int r = head; r < grid.size(); r++) {
                row(html, grid.get(r));
            }
            html.append("</tbody>\n");
        }
        html.append("</table>\n");
    }

    private static void columns(StringBuilder html, List<Integer> widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        html.append("<colgroup>");
        for (int width : widths) {
            BigDecimal percent = total <= 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(width * 100L).divide(BigDecimal.valueOf(total), 2, Rounding.HOUSE);
            html.append("<col style=\"width:")
                    .append(percent.stripTrailingZeros().toPlainString())
                    .append("%\">");
        }
        html.append("</colgroup>\n");
    }

    private static void row(StringBuilder html, List<GridCell> cells) {
        html.append("<tr>");
        for (GridCell cell : cells) {
            if (cell.isCovered()) {
                continue;
            }
            boolean header = cell.kind() == GridCell.Kind.HEADER;
            html.append(header ? "<th" : "<td");
            String cssClass = cssClass(cell.kind());
            if (!cssClass.isEmpty()) {
                html.append(" class=\"").append(cssClass).append('"');
            }
            if (cell.rowSpan() > 1) {
                html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
            }
            if (cell.colSpan() > 1) {
                html.append(" colspan=\"").append(cell.colSpan()).append('"');
            }
            if (cell.kind() == GridCell.Kind.AMOUNT && cell.rowId() != null) {
                html.append(" data-row=\"")
                        .append(escape(cell.rowId()))
                        .append("\" data-col=\"")
                        .append(escape(String.valueOf(cell.columnId())))
                        .append('"');
            }
            html.append('>').append(escape(cell.text())).append(header ? "</th>" : "</td>");
        }
        html.append("</tr>\n");
    }

    private static String cssClass(GridCell.Kind kind) {
        return switch (kind) {
            case AMOUNT -> "amount";
            case CODE -> "code";
            case LINE_NUMBER -> "line";
            case COLUMN_NUMBER -> "colno";
            default -> "";
        };
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        return Escapes.html(text);
    }
}
