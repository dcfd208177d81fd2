package org.juesuan.render.docx;

import java.math.BigDecimal;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.render.chart.Charts;
import org.juesuan.render.ooxml.XmlText;

/**
 * A chart as a picture in the Word document (图片): drawn by {@link Charts} on a 14 cm × 8 cm area measured in points,
 * so the chart's type sizes print at their size, at twice that many pixels (144 dpi), and placed in line with the
 * text.
 *
 * <p>Stateless and thread-safe.
 */
final class ChartPicture {

    /** The drawing area in points: 14 cm × 8 cm. */
    private static final double WIDTH_POINTS = 396.85;

    private static final double HEIGHT_POINTS = 226.77;

    /** The size on the page in EMU (English metric units, 360 000 to the centimetre). */
    private static final long WIDTH_EMU = 5_040_000L;

    private static final long HEIGHT_EMU = 2_880_000L;

    private ChartPicture() {}

    /** Returns the chart as PNG bytes: laid out at its size in points, drawn at twice that many pixels. */
    static byte[] png(ChartBlock chart) {
        return Charts.png(chart, (int) Math.round(WIDTH_POINTS * Charts.PNG_SCALE), (int)
                Math.round(HEIGHT_POINTS * Charts.PNG_SCALE));
    }

    /**
     * Appends the inline picture ({@code w:drawing}) of a chart.
     *
     * @param xml where the drawing goes
     * @param id the drawing's number in the document, from 1
     * @param relationship the relationship id of the image part
     * @param chart the chart, whose caption and values become the picture's description for screen readers
     */
    static void appendDrawing(StringBuilder xml, int id, String relationship, ChartBlock chart) {
        xml.append("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
                .append(WIDTH_EMU)
                .append("\" cy=\"")
                .append(HEIGHT_EMU)
                .append("\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"")
                .append(id)
                .append("\" name=\"图")
                .append(chart.number())
                .append("\" descr=\"");
        XmlText.attribute(xml, description(chart));
        xml.append("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .append("<pic:pic><pic:nvPicPr><pic:cNvPr id=\"")
                .append(id)
                .append("\" name=\"chart")
                .append(id)
                .append(".png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"")
                .append(relationship)
                .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>")
                .append("<a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
                .append(WIDTH_EMU)
                .append("\" cy=\"")
                .append(HEIGHT_EMU)
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
                .append("</a:graphicData></a:graphic></wp:inline></w:drawing>");
    }

    /** Returns the caption and the values in words, e.g. 图2：收入决算结构。收入：财政拨款收入265.19万元。 */
    static String description(ChartBlock chart) {
        StringBuilder text = new StringBuilder(chart.caption()).append('。');
        for (ChartBlock.Series series : chart.series()) {
            text.append(series.name()).append('：');
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal value = series.values().get(i);
                text.append(i == 0 ? "" : "，")
                        .append(chart.categories().get(i))
                        .append(value.toPlainString())
                        .append(chart.unit());
            }
            text.append('。');
        }
        return text.toString();
    }
}
