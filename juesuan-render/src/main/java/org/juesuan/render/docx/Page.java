package org.juesuan.render.docx;

/**
 * The page set-ups of the document (页面设置): A4 portrait with the margins of official documents (GB/T 9704: 37 mm
 * top, 35 mm bottom, 28 mm left, 26 mm right), and A4 landscape for tables too wide to stand upright.
 *
 * <p>Lengths are in twips (twentieths of a point).
 */
enum Page {
    /** A4 upright. */
    PORTRAIT(11906, 16838, 2098, 1474, 1984, 1588, 851, 992),
    /** A4 on its side, 25 mm margins. */
    LANDSCAPE(16838, 11906, 1418, 1418, 1418, 1418, 851, 851);

    private final int width;
    private final int height;
    private final int top;
    private final int right;
    private final int bottom;
    private final int left;
    private final int header;
    private final int footer;

    Page(int width, int height, int top, int right, int bottom, int left, int header, int footer) {
        this.width = width;
        this.height = height;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.left = left;
        this.header = header;
        this.footer = footer;
    }

    /** Returns the width between the margins. */
    int textWidth() {
        return width - left - right;
    }

    /** Appends the page size and margins of a section ({@code w:pgSz}, {@code w:pgMar}). */
    void appendTo(StringBuilder xml) {
        xml.append("<w:pgSz w:w=\"")
                .append(width)
                .append("\" w:h=\"")
                .append(height)
                .append('"');
        if (this == LANDSCAPE) {
            xml.append(" w:orient=\"landscape\"");
        }
        xml.append("/><w:pgMar w:top=\"")
                .append(top)
                .append("\" w:right=\"")
                .append(right)
                .append("\" w:bottom=\"")
                .append(bottom)
                .append("\" w:left=\"")
                .append(left)
                .append("\" w:header=\"")
                .append(header)
                .append("\" w:footer=\"")
                .append(footer)
                .append("\" w:gutter=\"0\"/>");
    }
}
