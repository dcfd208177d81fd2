package org.juesuan.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentInfo;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.document.TextRun;
import org.juesuan.render.DraftNotice;
import org.juesuan.render.chart.Charts;

/**
 * Renders the whole disclosure document as one self-contained HTML page (公开文件网页版): the cover, the table of
 * contents with links, every part with its headings, paragraphs, public tables, grids and charts. The styles are
 * inline and the charts are inline SVG; the page loads nothing and runs no script.
 *
 * <p>Parts are {@code h1}; headings of level 1, 2 and 3 are {@code h2}, {@code h3} and {@code h4}. Every part and
 * heading has an id, {@code part-2} and {@code part-2-5} (the part's number in the document, the block's number in
 * the part), and the table of contents links to the parts and level-1 headings. Public tables use the same markup
 * as {@link HtmlTablesRenderer}; a figure stated in a paragraph is a {@code span} that is never broken across lines
 * and carries its key. For print, the page is A4, the tables part landscape, every part and every public table
 * starts a page, and table headers repeat on each page. A draft carries a banner on top, a mark at the head of each
 * part and, in print, 草稿 across every page.
 *
 * <p>The same document always gives the same text. Stateless and thread-safe.
 */
public final class HtmlDocumentRenderer {

    private static final String STYLE = """
            body{font-family:"Noto Sans SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;\
            padding:0 1.5em;max-width:1000px;color:#111;line-height:1.8;}
            .cover{text-align:center;padding:6em 0 4em;}
            .cover p{margin:.6em 0;}
            .cover-unit{font-size:1.8em;font-weight:bold;}
            .cover-title{font-size:1.6em;font-weight:bold;}
            .cover-date{font-size:1.2em;margin-top:4em !important;}
            nav.contents{margin:2em 0 3em;}
            .contents-title{text-align:center;font-size:1.5em;font-weight:bold;letter-spacing:1em;}
            nav.contents ol{list-style:none;padding-left:0;margin:0;}
            nav.contents ol ol{padding-left:2em;}
            nav.contents a{color:inherit;text-decoration:none;}
            nav.contents a:hover{text-decoration:underline;}
            section.part{margin:3em 0;}
            h1{text-align:center;font-size:1.5em;margin:1em 0;}
            h1 .part-number{display:block;}
            h2{font-size:1.2em;margin:1.2em 0 .4em;}
            h3{font-size:1.08em;margin:1em 0 .3em;}
            h4{font-size:1em;margin:.8em 0 .2em;}
            p{margin:.4em 0;}
            p.body{text-indent:2em;}
            p.centered{text-align:center;font-weight:bold;}
            p.note{font-size:.85em;}
            span.figure{white-space:nowrap;}
            section.table{margin:2.5em 0;}
            p.table-title{text-align:center;font-size:1.2em;font-weight:bold;margin:.3em 0;}
            table.grid{margin:.8em 0;}
            figure.chart{margin:1.5em auto;max-width:600px;}
            figure.chart svg{display:block;width:100%;height:auto;}
            figcaption{text-align:center;margin-top:.4em;}
            .draft-banner{color:#b00;font-weight:bold;font-size:1.2em;border:2px solid #b00;padding:.3em .8em;\
            text-align:center;}
            p.draft{color:#b00;font-weight:bold;border:2px solid #b00;display:inline-block;padding:0 .6em;}
            .watermark{display:none;}
            @page{size:A4;margin:25mm 20mm;}
            @page landscape{size:A4 landscape;margin:20mm 15mm;}
            @media print{
            body{max-width:none;margin:0;padding:0;font-size:11pt;}
            .cover{break-after:page;padding-top:30%;}
            nav.contents{break-after:page;}
            section.part{break-before:page;margin:0;}
            section.part-tables{page:landscape;}
            section.table.page{break-before:page;}
            thead{display:table-header-group;}
            tr,figure{break-inside:avoid;}
            h1,h2,h3,h4,p.table-title{break-after:avoid;}
            .watermark{display:block;position:fixed;top:40%;left:0;right:0;text-align:center;font-size:96pt;\
            color:rgba(187,0,0,.12);transform:rotate(-30deg);pointer-events:none;}
            }
            """ + HtmlMarkup.TABLE_STYLE;

    private HtmlDocumentRenderer() {}

    /**
     * Writes the page as UTF-8 bytes.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void render(Document document, OutputStream out) {
        try {
            out.write(render(document).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("while writing the HTML page", e);
        }
    }

    /** Returns the page. */
    public static String render(Document document) {
        DocumentInfo info = document.info();
        StringBuilder html = new StringBuilder(128 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(HtmlMarkup.escape(info.language()))
                .append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlMarkup.escape(info.draft() ? "【草稿】" + info.title() : info.title()))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        if (info.draft()) {
            html.append("<div class=\"watermark\" aria-hidden=\"true\">草稿</div>\n");
            html.append("<p class=\"draft-banner\">")
                    .append(DraftNotice.SENTENCE)
                    .append("</p>\n");
        }
        cover(html, info);
        contents(html, document);
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < document.parts().size(); p++) {
            part(html, document.parts().get(p), p, info.draft(), ids);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** Returns the id of a part: {@code part-1} for the first. */
    static String partId(int part) {
        return "part-" + (part + 1);
    }

    /** Returns the id of a heading: {@code part-1-3} for the third block of the first part. */
    static String headingId(int part, int block) {
        return partId(part) + "-" + (block + 1);
    }

    private static void cover(StringBuilder html, DocumentInfo info) {
        html.append("<header class=\"cover\" id=\"cover\">\n");
        List<String> lines = info.cover().isEmpty() ? List.of(info.title()) : info.cover();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String kind;
            if (!info.publishedText().isEmpty() && line.equals(info.publishedText())) {
                kind = "cover-date";
            } else if (i == 0 && lines.size() > 1 && line.equals(info.unitName())) {
                kind = "cover-unit";
            } else {
                kind = "cover-title";
            }
            html.append("<p class=\"")
                    .append(kind)
                    .append("\">")
                    .append(HtmlMarkup.escape(line))
                    .append("</p>\n");
        }
        html.append("</header>\n");
    }

    private static void contents(StringBuilder html, Document document) {
        html.append("<nav class=\"contents\" id=\"contents\" aria-label=\"目录\">\n")
                .append("<p class=\"contents-title\">目录</p>\n<ol>\n");
        boolean sectionsOpen = false;
        boolean partOpen = false;
        for (Document.ContentsEntry entry : document.contents()) {
            if (entry.level() == 0) {
                if (sectionsOpen) {
                    html.append("</ol>");
                    sectionsOpen = false;
                }
                if (partOpen) {
                    html.append("</li>\n");
                }
                html.append("<li class=\"contents-part\">");
                link(html, partId(entry.part()), entry.text());
                partOpen = true;
            } else {
                if (!sectionsOpen) {
                    html.append("\n<ol>\n");
                    sectionsOpen = true;
                }
                html.append("<li>");
                link(html, headingId(entry.part(), entry.block()), entry.text());
                html.append("</li>\n");
            }
        }
        if (sectionsOpen) {
            html.append("</ol>");
        }
        if (partOpen) {
            html.append("</li>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    private static void link(StringBuilder html, String id, String text) {
        html.append("<a href=\"#")
                .append(HtmlMarkup.escape(id))
                .append("\">")
                .append(HtmlMarkup.escape(text))
                .append("</a>");
    }

    private static void part(StringBuilder html, Part part, int p, boolean draft, Set<String> ids) {
        String id = partId(p);
        ids.add(id);
        html.append("<section class=\"part part-")
                .append(part.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\" id=\"")
                .append(id)
                .append("\">\n");
        if (draft) {
            html.append("<p class=\"draft\">草稿</p>\n");
        }
        html.append("<h1>");
        if (!part.number().isEmpty()) {
            html.append("<span class=\"part-number\">")
                    .append(HtmlMarkup.escape(part.number()))
                    .append("</span> ");
        }
        html.append("<span class=\"part-title\">")
                .append(HtmlMarkup.escape(part.title()))
                .append("</span></h1>\n");
        List<Block> blocks = part.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Heading heading
                    && b + 1 < blocks.size()
                    && blocks.get(b + 1) instanceof TableBlock table) {
                // a heading that introduces a table goes to the table's page
                table(html, table, b > 0, ids, heading, headingId(p, b));
                b++;
            } else if (block instanceof TableBlock table) {
                table(html, table, b > 0, ids, null, "");
            } else if (block instanceof Heading heading) {
                heading(html, heading, headingId(p, b));
            } else if (block instanceof Paragraph paragraph) {
                paragraph(html, paragraph);
            } else if (block instanceof GridBlock grid) {
                html.append("<div class=\"grid-block\" id=\"")
                        .append(HtmlMarkup.escape(unique(ids, "grid-" + grid.id())))
                        .append("\">\n");
                HtmlMarkup.grid(html, "grid", grid.grid(), grid.headerRows(), grid.widths());
                html.append("</div>\n");
            } else if (block instanceof ChartBlock chart) {
                chart(html, chart, ids);
            } else {
                throw new IllegalStateException(
                        "unknown block: " + block.getClass().getName());
            }
        }
        html.append("</section>\n");
    }

    private static void heading(StringBuilder html, Heading heading, String id) {
        int tag = heading.level() + 1;
        html.append("<h")
                .append(tag)
                .append(" id=\"")
                .append(id)
                .append("\">")
                .append(HtmlMarkup.escape(heading.text()))
                .append("</h")
                .append(tag)
                .append(">\n");
    }

    private static void paragraph(StringBuilder html, Paragraph paragraph) {
        html.append("<p class=\"")
                .append(paragraph.style().name().toLowerCase(Locale.ROOT))
                .append("\">");
        for (Run run : paragraph.runs()) {
            if (run instanceof FigureRun figure) {
                html.append("<span class=\"figure\" data-key=\"")
                        .append(HtmlMarkup.escape(figure.key()))
                        .append("\">")
                        .append(HtmlMarkup.escape(figure.text()))
                        .append("</span>");
            } else {
                html.append(HtmlMarkup.escape(((TextRun) run).text()));
            }
        }
        html.append("</p>\n");
    }

    private static void table(
            StringBuilder html,
            TableBlock block,
            boolean newPage,
            Set<String> ids,
            @Nullable Heading heading,
            String headingId) {
        html.append("<section class=\"table")
                .append(newPage ? " page" : "")
                .append("\" id=\"")
                .append(HtmlMarkup.escape(unique(ids, "table-" + block.table().id())))
                .append("\">\n");
        if (heading != null) {
            heading(html, heading, headingId);
        }
        HtmlMarkup.printedTable(html, block.table(), "p", "table-title");
        html.append("</section>\n");
    }

    private static void chart(StringBuilder html, ChartBlock chart, Set<String> ids) {
        html.append("<figure class=\"chart\" id=\"")
                .append(HtmlMarkup.escape(unique(ids, "figure-" + chart.number())))
                .append("\">\n")
                .append(Charts.svg(chart, Charts.WIDTH, Charts.HEIGHT))
                .append("\n<figcaption>")
                .append(HtmlMarkup.escape(chart.caption()))
                .append("</figcaption>\n</figure>\n");
    }

    /** Returns the id, or the id with a number added if the page already has it. */
    private static String unique(Set<String> ids, String id) {
        String candidate = id;
        for (int i = 2; !ids.add(candidate); i++) {
            candidate = id + "-" + i;
        }
        return candidate;
    }
}
