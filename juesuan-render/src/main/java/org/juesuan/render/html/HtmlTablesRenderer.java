package org.juesuan.render.html;

import java.util.List;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;

/**
 * Renders printed tables as one self-contained HTML page (公开表网页版): no scripts, no external files, the styles
 * inline, merged header cells as {@code rowspan}/{@code colspan}.
 *
 * <p>Each amount cell carries {@code data-row} and {@code data-col} attributes naming its table cell, so a page can
 * be read back and checked figure by figure. Stateless and thread-safe.
 */
public final class HtmlTablesRenderer {

    private static final String STYLE = """
            body{font-family:"Noto Sans SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;\
            max-width:1200px;color:#111;}
            h1{text-align:center;font-size:1.6em;}
            section.table{margin:2.5em 0;page-break-after:always;}
            .number{text-align:right;margin:0;}
            h2{text-align:center;font-size:1.25em;margin:.3em 0;}
            .meta{display:flex;justify-content:space-between;margin:.3em 0;}
            table{border-collapse:collapse;width:100%;font-size:.9em;}
            th,td{border:1px solid #333;padding:.25em .4em;}
            th{background:#f2f2f2;font-weight:bold;text-align:center;}
            td.amount{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;}
            td.code,td.line,td.colno{text-align:center;white-space:nowrap;}
            td.colno{background:#f2f2f2;}
            p.note{margin:.3em 0;font-size:.9em;}
            p.statement{margin:.6em 0;font-weight:bold;}
            p.draft{color:#b00;font-weight:bold;font-size:1.2em;border:2px solid #b00;display:inline-block;padding:.1em .6em;}
            section.draft{background:repeating-linear-gradient(-45deg,#fff,#fff 40px,#fff4f4 40px,#fff4f4 80px);}
            """;

    private HtmlTablesRenderer() {}

    /**
     * Returns the HTML page.
     *
     * @param heading the page heading, e.g. 某局2024年度部门决算表
     * @param tables the printed tables, in order
     */
    public static String render(String heading, List<PrintedTable> tables) {
        return render(heading, tables, false);
    }

    /**
     * Returns the HTML page, marked 草稿 on every table when it is a draft (data that did not pass validation).
     *
     * @param heading the page heading
     * @param tables the printed tables, in order
     * @param draft whether to mark the page and every table as a draft
     */
    public static String render(String heading, List<PrintedTable> tables, boolean draft) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(heading))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(heading)).append("</h1>\n");
        if (draft) {
            html.append("<p class=\"draft\">草稿：数据未通过校验，不得公开。</p>\n");
        }
        for (PrintedTable table : tables) {
            table(html, table, draft);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, PrintedTable table, boolean draft) {
        html.append("<section class=\"table")
                .append(draft ? " draft" : "")
                .append("\" id=\"")
                .append(escape(table.id()))
                .append("\">\n");
        if (draft) {
            html.append("<p class=\"draft\">草稿</p>\n");
        }
        if (!table.number().isEmpty()) {
            html.append("<p class=\"number\">").append(escape(table.number())).append("</p>\n");
        }
        html.append("<h2>").append(escape(table.title())).append("</h2>\n");
        html.append("<div class=\"meta\"><span>")
                .append(escape(table.unitLine()))
                .append("</span><span>")
                .append(escape(table.amountUnitLine()))
                .append("</span></div>\n");
        html.append("<table>\n");
        List<List<GridCell>> grid = table.grid();
        for (int r = 0; r < grid.size(); r++) {
            html.append(r < table.headerRows() ? "<tr class=\"head\">" : "<tr>");
            for (GridCell cell : grid.get(r)) {
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
        html.append("</table>\n");
        for (String note : table.notes()) {
            html.append("<p class=\"note\">注：").append(escape(note)).append("</p>\n");
        }
        table.emptyStatement().ifPresent(statement -> html.append("<p class=\"statement\">")
                .append(escape(statement))
                .append("</p>\n"));
        html.append("</section>\n");
    }

    private static String cssClass(GridCell.Kind kind) {
        switch (kind) {
            case AMOUNT:
                return "amount";
            case CODE:
                return "code";
            case LINE_NUMBER:
                return "line";
            case COLUMN_NUMBER:
                return "colno";
            default:
                return "";
        }
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    escaped.append("&amp;");
                    break;
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '"':
                    escaped.append("&quot;");
                    break;
                case '\'':
                    escaped.append("&#39;");
                    break;
                default:
                    escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
