package org.juesuan.portal.site;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A published disclosure page cut to fit inside the site (公开文件网页嵌入): the style sheet of the renderer's page,
 * confined to the site's {@code .disclosure} element, and the content of its {@code body}, byte for byte as
 * published. The page is the trusted output of {@code HtmlDocumentRenderer}, which escapes every text it writes;
 * nothing else is ever inserted into the site unescaped.
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
}
