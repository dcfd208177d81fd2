package org.juesuan.render.html;

import java.util.List;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.DraftNotice;

/**
 * Renders printed tables as one self-contained HTML page (公开表网页版): no scripts, no external files, the styles
 * inline, merged header cells as {@code rowspan}/{@code colspan}, header rows in {@code thead} so that they repeat on
 * printed pages.
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
            h2{text-align:center;font-size:1.25em;margin:.3em 0;}
            p.draft{color:#b00;font-weight:bold;font-size:1.2em;border:2px solid #b00;display:inline-block;padding:.1em .6em;}
            section.draft{background:repeating-linear-gradient(-45deg,#fff,#fff 40px,#fff4f4 40px,#fff4f4 80px);}
            """ + HtmlMarkup.TABLE_STYLE;

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
                .append(HtmlMarkup.escape(heading))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(HtmlMarkup.escape(heading)).append("</h1>\n");
        if (draft) {
            html.append("<p class=\"draft\">").append(DraftNotice.SENTENCE).append("</p>\n");
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
                .append(HtmlMarkup.escape(table.id()))
                .append("\">\n");
        if (draft) {
            html.append("<p class=\"draft\">草稿</p>\n");
        }
        HtmlMarkup.printedTable(html, table, "h2", "");
        html.append("</section>\n");
    }
}
