package org.juesuan.render.xlsx;

import org.juesuan.render.ooxml.OpcParts;

/**
 * The cell formats of a workbook (单元格格式): fonts, fill, borders, alignment and number format, in the order of
 * the style sheet's {@code cellXfs}, so a format's ordinal is the index a cell refers to.
 *
 * <p>All text is 宋体: 11 pt, bold 11 pt for headers, bold 16 pt for titles and red bold 14 pt for the draft mark.
 * Grid cells have thin borders on all sides; headers are centred, wrapped and filled grey (25%); amounts are right
 * aligned with the built-in {@code 0.00} number format.
 */
enum CellFormat {
    /** The unit line and notes (and every cell without a format). */
    PLAIN("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"),
    /** The table title, centred across the sheet. */
    TITLE("<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\"/></xf>"),
    /** The table number and the amount unit, right aligned. */
    RIGHT("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"right\"/></xf>"),
    /** A column header or column number. */
    HEADER("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"),
    /** A label or other text of the body. */
    BODY(bordered("left", 0)),
    /** A code or line number. */
    CENTERED(bordered("center", 0)),
    /** A printed amount: a number shown with two decimals. */
    AMOUNT(bordered("right", 2)),
    /** An amount cell printed blank or as text. */
    AMOUNT_TEXT(bordered("right", 0)),
    /** The draft mark. */
    DRAFT("<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>");

    private static final String SONGTI = "<name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>";

    /** The style sheet part, {@code xl/styles.xml}. */
    static final String STYLE_SHEET = styleSheet();

    private final String xf;

    CellFormat(String xf) {
        this.xf = xf;
    }

    /** Returns the index cells refer to (the {@code s} attribute). */
    int index() {
        return ordinal();
    }

    private static String bordered(String horizontal, int numberFormat) {
        return "<xf numFmtId=\"" + numberFormat + "\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\""
                + (numberFormat == 0 ? "" : " applyNumberFormat=\"1\"")
                + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"" + horizontal
                + "\" vertical=\"center\"/></xf>";
    }

    private static String styleSheet() {
        String thin = "<left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/>"
                + "</right><top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/>"
                + "</bottom><diagonal/>";
        StringBuilder xml = new StringBuilder(OpcParts.XML_HEADER)
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<fonts count=\"4\">")
                .append("<font><sz val=\"11\"/>")
                .append(SONGTI)
                .append("</font><font><b/><sz val=\"11\"/>")
                .append(SONGTI)
                .append("</font><font><b/><sz val=\"16\"/>")
                .append(SONGTI)
                .append("</font><font><b/><sz val=\"14\"/><color indexed=\"10\"/>")
                .append(SONGTI)
                .append("</font></fonts>")
                .append("<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill>")
                .append("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/>")
                .append("</patternFill></fill></fills>")
                .append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>")
                .append(thin)
                .append("</border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>")
                .append("</cellStyleXfs><cellXfs count=\"")
                .append(values().length)
                .append("\">");
        for (CellFormat format : values()) {
            xml.append(format.xf);
        }
        return xml.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
                .append("</cellStyles></styleSheet>")
                .toString();
    }
}
