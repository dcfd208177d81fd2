package org.juesuan.render.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A page being composed (页面): its size, its content stream, the charts it places and the figures it shows. Drawing
 * methods take coordinates in points from the top-left corner, as text extraction reports them, and convert them to
 * PDF user space.
 *
 * <p>Not thread-safe; owned by one composer.
 */
final class PdfPage {

    /** The resource name of the document font. */
    static final String FONT = "F1";

    /** Ascent of the ideographic em box above the baseline, as a fraction of the font size. */
    static final float ASCENT = 0.88f;

    final int number;
    final float width;
    final float height;
    final boolean landscape;
    final ContentBuilder content = new ContentBuilder(8 * 1024);
    final List<PdfLayout.Placement> placements = new ArrayList<>();
    final List<PDFormXObject> forms = new ArrayList<>();

    /** Whether any flowing content (as opposed to page furniture) has been placed. */
    boolean started;

    // graphics state as last written, NaN or -1 while unknown; q … Q pairs restore it, so it stays true after them
    private float charSpacing = Float.NaN;
    private int renderMode = -1;
    private float lineWidth = Float.NaN;
    private int fill = -1;
    private int stroke = -1;

    PdfPage(int number, float width, float height, boolean landscape) {
        this.number = number;
        this.width = width;
        this.height = height;
        this.landscape = landscape;
    }

    /**
     * Draws glyphs {@code [from, to)} of a text on one line.
     *
     * @param x the left edge
     * @param baseline the baseline, from the top
     * @param size the font size
     * @param bold whether to embolden (fill and stroke the outlines)
     * @param spacing extra space after each glyph
     * @param used the code points used so far, for subsetting the font
     */
    void text(
            ShapedText text,
            int from,
            int to,
            float x,
            float baseline,
            float size,
            boolean bold,
            float spacing,
            int rgb,
            BitSet used) {
        if (from >= to) {
            return;
        }
        fill(rgb);
        if (bold) {
            stroke(rgb);
            lineWidth(size * 0.03f);
        }
        content.op("BT").op("/" + FONT).num(size).op("Tf");
        if (spacing != charSpacing) {
            content.num(spacing).op("Tc");
            charSpacing = spacing;
        }
        int mode = bold ? 2 : 0;
        if (mode != renderMode) {
            content.num(mode).op("Tr");
            renderMode = mode;
        }
        content.op("1 0 0 1").point(x, height - baseline).op("Tm");
        content.glyphs(text.gids, from, to).op("Tj").op("ET").newline();
        for (int i = from; i < to; i++) {
            used.set(text.codePoints[i]);
        }
    }

    /** Sets the fill colour, 0xRRGGBB. */
    void fill(int rgb) {
        if (rgb != fill) {
            color(rgb).op("rg");
            fill = rgb;
        }
    }

    /** Sets the stroke colour, 0xRRGGBB. */
    void stroke(int rgb) {
        if (rgb != stroke) {
            color(rgb).op("RG");
            stroke = rgb;
        }
    }

    private ContentBuilder color(int rgb) {
        return content.num(((rgb >> 16) & 0xFF) / 255.0)
                .num(((rgb >> 8) & 0xFF) / 255.0)
                .num((rgb & 0xFF) / 255.0);
    }

    /** Sets the line width. */
    void lineWidth(float width) {
        if (width != lineWidth) {
            content.num(width).op("w");
            lineWidth = width;
        }
    }

    /** Adds a rectangle to the current path. */
    void rect(float x, float top, float w, float h) {
        content.point(x, height - top - h).point(w, h).op("re");
    }

    /** Adds a line to the current path. */
    void line(float x1, float y1, float x2, float y2) {
        content.point(x1, height - y1).op("m").point(x2, height - y2).op("l");
    }

    /** Strokes the current path. */
    void strokePath() {
        content.op("S").newline();
    }

    /** Fills the current path. */
    void fillPath() {
        content.op("f").newline();
    }

    /** Draws a dotted leader between two points on a baseline. */
    void dots(float x1, float x2, float y, int rgb) {
        if (x2 - x1 < 4) {
            return;
        }
        stroke(rgb);
        lineWidth(1.2f);
        content.op("q [0 3.5] 0 d 1 J");
        line(x1, y, x2, y);
        content.op("S Q").newline();
    }

    /**
     * Draws a glyph outline as a filled shape (not text), transformed: em units scaled to {@code size}, rotated by
     * {@code degrees} about the origin at ({@code x}, {@code y} from the top).
     */
    void shape(byte[] outline, float unitsPerEm, float x, float y, float size, double degrees, int rgb) {
        double radians = Math.toRadians(degrees);
        double scale = size / unitsPerEm;
        content.op("q");
        color(rgb).op("rg");
        content.num(Math.cos(radians))
                .num(Math.sin(radians))
                .num(-Math.sin(radians))
                .num(Math.cos(radians))
                .point(x, height - y)
                .op("cm");
        content.num(scale).op("0 0").num(scale).op("0 0 cm").newline();
        content.raw(outline);
        content.op("f Q").newline();
    }

    /** Places a chart form at a rectangle given by its top-left corner. */
    void form(PDFormXObject form, float x, float top, float h) {
        forms.add(form);
        content.op("q 1 0 0 1").point(x, height - top - h).op("cm");
        content.op("/" + formName(forms.size() - 1)).op("Do Q").newline();
    }

    /** Returns the resource name of the page's i-th form. */
    static String formName(int index) {
        return "C" + (index + 1);
    }

    /** Records where a figure was drawn. */
    void place(PdfLayout.Target target, float x, float top, float w, float h) {
        placements.add(new PdfLayout.Placement(target, number, x, top, w, h));
    }
}
