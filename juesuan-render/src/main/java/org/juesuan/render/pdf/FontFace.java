package org.juesuan.render.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.juesuan.render.font.Fonts;

/**
 * The document font as the PDF composer uses it (字形度量): glyph ids and advance widths of Noto Sans SC Regular, cached
 * per code point, and glyph outlines for marks drawn as shapes.
 *
 * <p>PDFBox's {@link TrueTypeFont} is not thread-safe, so each thread parses the font once and keeps it ({@link
 * #current()}); a face is never shared between threads.
 */
final class FontFace {

    private static final ThreadLocal<FontFace> CURRENT = ThreadLocal.withInitial(FontFace::load);

    /** Printed for a character the font lacks: a white square, so no reference to {@code .notdef} is ever made. */
    private static final int MISSING = '□';

    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final HorizontalMetricsTable hmtx;
    private final float unitsPerEm;
    /** Glyph id plus one per BMP code point; zero while not looked up. */
    private final int[] bmp = new int[0x10000];

    private final Map<Integer, Integer> supplementary = new HashMap<>();
    private final Map<Integer, byte[]> outlines = new HashMap<>();

    private FontFace(TrueTypeFont ttf) throws IOException {
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.hmtx = ttf.getHorizontalMetrics();
        this.unitsPerEm = ttf.getUnitsPerEm();
    }

    /** Returns this thread's face. */
    static FontFace current() {
        return CURRENT.get();
    }

    private static FontFace load() {
        try {
            return new FontFace(new TTFParser().parse(new RandomAccessReadBuffer(Fonts.regularBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font cannot be parsed", e);
        }
    }

    /** Returns the parsed font, for embedding in one document on this thread. */
    TrueTypeFont font() {
        return ttf;
    }

    /** Returns the code point actually printed for {@code codePoint}: itself, or □ if the font lacks it. */
    int printable(int codePoint) {
        return rawGid(codePoint) == 0 ? MISSING : codePoint;
    }

    /** Returns the glyph id of a printable code point (see {@link #printable(int)}). */
    int gid(int codePoint) {
        int gid = rawGid(codePoint);
        return gid == 0 ? rawGid(MISSING) : gid;
    }

    private int rawGid(int codePoint) {
        if (codePoint < 0x10000) {
            int cached = bmp[codePoint];
            if (cached == 0) {
                cached = cmap.getGlyphId(codePoint) + 1;
                bmp[codePoint] = cached;
            }
            return cached - 1;
        }
        return supplementary.computeIfAbsent(codePoint, cmap::getGlyphId);
    }

    /** Returns the advance width of a glyph, in em. */
    float advance(int gid) {
        return hmtx.getAdvanceWidth(gid) / unitsPerEm;
    }

    /** Returns the font units per em. */
    float unitsPerEm() {
        return unitsPerEm;
    }

    /**
     * Returns the outline of a glyph as content-stream path operators in font units (y up, origin on the baseline; scale
     * by {@link #unitsPerEm()}), for marks that must not enter the text layer.
     */
    byte[] outline(int gid) {
        return outlines.computeIfAbsent(gid, this::buildOutline);
    }

    private byte[] buildOutline(int gid) {
        try {
            GlyphData glyph = ttf.getGlyph().getGlyph(gid);
            ContentBuilder ops = new ContentBuilder(1024);
            if (glyph == null) {
                return new byte[0];
            }
            GeneralPath path = glyph.getPath();
            float[] c = new float[6];
            float lastX = 0;
            float lastY = 0;
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> {
                        ops.point(c[0], c[1]).op("m");
                        lastX = c[0];
                        lastY = c[1];
                    }
                    case PathIterator.SEG_LINETO -> {
                        ops.point(c[0], c[1]).op("l");
                        lastX = c[0];
                        lastY = c[1];
                    }
                    case PathIterator.SEG_QUADTO -> {
                        // a quadratic Bezier as the equivalent cubic
                        float x1 = lastX + 2f / 3f * (c[0] - lastX);
                        float y1 = lastY + 2f / 3f * (c[1] - lastY);
                        float x2 = c[2] + 2f / 3f * (c[0] - c[2]);
                        float y2 = c[3] + 2f / 3f * (c[1] - c[3]);
                        ops.point(x1, y1).point(x2, y2).point(c[2], c[3]).op("c");
                        lastX = c[2];
                        lastY = c[3];
                    }
                    case PathIterator.SEG_CUBICTO -> {
                        ops.point(c[0], c[1])
                                .point(c[2], c[3])
                                .point(c[4], c[5])
                                .op("c");
                        lastX = c[4];
                        lastY = c[5];
                    }
                    default -> ops.op("h");
                }
            }
            return Arrays.copyOf(ops.bytes(), ops.size());
        } catch (IOException e) {
            throw new UncheckedIOException("glyph " + gid + " cannot be read", e);
        }
    }
}
