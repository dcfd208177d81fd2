package org.juesuan.portal.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.juesuan.core.document.ChartBlock;
import org.springframework.web.util.HtmlUtils;

/**
 * A published disclosure page cut to fit inside the site (公开文件网页嵌入): the style sheet of the renderer's page,
 * confined to the site's {@code .disclosure} element, and the content of its {@code body}, byte for byte as
 * published. The page is the trusted output of {@code HtmlDocumentRenderer}, which escapes every text it writes;
 * nothing else is ever inserted into the site unescaped.
 *
 * <p>For the interactive charts, each chart's {@code figure} gets its number and its data ({@link ChartJson}) as
 * attributes, escaped; the site's chart script draws the chart from them in place of the static SVG, which stays
 * for readers without scripts.
 *
 * @param style the scoped style sheet
 * @param body the body's content
 */
record DisclosurePage(String style, String body) {

    /** The class of the element the page is shown in. */
    static final String SCOPE = ".disclosure";

    DisclosurePage {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Cuts a rendered page.
     *
     * @throws IllegalArgumentException if the page has no body
     */
    static DisclosurePage of(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int head = html.indexOf("</head>");
        int bodyStart = html.indexOf("<body>", Math.max(head, 0));
        int bodyEnd = html.lastIndexOf("</body>");
        if (bodyStart < 0 || bodyEnd < bodyStart) {
            throw new IllegalArgumentException("not a page of the HTML renderer: no body");
        }
        StringBuilder style = new StringBuilder();
        int at = 0;
        while (head >= 0) {
            int open = html.indexOf("<style>", at);
            if (open < 0 || open > head) {
                break;
            }
            int close = html.indexOf("</style>", open);
            style.append(ScopedStyle.scope(html.substring(open + "<style>".length(), close), SCOPE));
            at = close + "</style>".length();
        }
        return new DisclosurePage(style.toString(), html.substring(bodyStart + "<body>".length(), bodyEnd));
    }

    /**
     * Returns the page with the data of its charts on their {@code figure} elements ({@code data-chart-number},
     * {@code data-chart}). A chart whose figure is not found keeps its static drawing only.
     */
    DisclosurePage withCharts(List<ChartBlock> charts) {
        String html = body;
        for (ChartBlock chart : charts) {
            String figure = "<figure class=\"chart\" id=\"figure-" + chart.number() + "\"";
            int at = html.indexOf(figure);
            if (at < 0) {
                continue;
            }
            int end = at + figure.length();
            html = html.substring(0, end)
                    + " data-chart-number=\"" + chart.number() + "\" data-chart=\""
                    + HtmlUtils.htmlEscape(ChartJson.of(chart), "UTF-8") + "\""
                    + html.substring(end);
        }
        return new DisclosurePage(style, html);
    }
}
