package org.juesuan.render.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.render.chart.Charts;

/**
 * Draws charts as vector graphics into form XObjects of one PDF (矢量图表), their text set in the document's embedded
 * font (PDF/A requires every font embedded).
 *
 * <p>Not thread-safe; one per rendering.
 */
final class ChartPainter {

    private final PDDocument document;
    private final ChartText text;

    ChartPainter(PDDocument document, ChartText text) {
        this.document = document;
        this.text = text;
    }

    /** Draws a chart into a new form of the given size in points. */
    PDFormXObject draw(ChartBlock chart, float width, float height) {
        try {
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
            graphics.setFontTextDrawer(text);
            try {
                Charts.draw(chart, graphics, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                graphics.dispose();
            }
            return graphics.getXFormObject();
        } catch (IOException e) {
            throw new UncheckedIOException("chart " + chart.number() + " cannot be drawn", e);
        }
    }
}
