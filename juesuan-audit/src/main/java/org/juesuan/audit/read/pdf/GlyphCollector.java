package org.juesuan.audit.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page (收集字形) with their positions, as PDFBox's text extraction finds them, before
 * any sorting or joining: the reader groups them itself.
 *
 * <p>Only glyphs in the page's main direction of writing are kept (not a diagonal watermark nor a vertical label);
 * glyphs drawn twice over themselves (a bold effect) and glyphs outside the visible page are left out.
 *
 * <p>Not thread-safe; one per document.
 */
final class GlyphCollector extends PDFTextStripper {

    private final Map<Integer, List<Glyph>> pages = new HashMap<>();
    private final Map<Integer, List<Glyph>> byDirection = new HashMap<>();
    private float width;
    private float height;

    private GlyphCollector() {
        setSortByPosition(false);
    }

    /** Returns the glyphs of each page, by page number from 1; a page without text has none. */
    static Map<Integer, List<Glyph>> collect(PDDocument document) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        collector.getText(document);
        return collector.pages;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        byDirection.clear();
        PageFrame frame = PageFrame.of(page);
        width = frame.width();
        height = frame.height();
        super.processPage(page);
        // the text of the page reads in its most common direction; the rest is a watermark or a side label
        List<Glyph> upright = List.of();
        for (List<Glyph> glyphs : byDirection.values()) {
            if (glyphs.size() > upright.size()) {
                upright = glyphs;
            }
        }
        pages.put(getCurrentPageNo(), upright);
    }

    @Override
    protected void writePage() {
        // the glyphs are kept, not written
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        String text = position.getUnicode();
        if (text == null) {
            return;
        }
        text = Chars.clean(text);
        float direction = position.getDir();
        if (text.isEmpty() || direction % 90f != 0f) {
            return;
        }
        float x = position.getXDirAdj();
        float baseline = position.getYDirAdj();
        float advance = position.getWidthDirAdj();
        float size = position.getFontSizeInPt();
        if (!(size > 0.5f) || size > 500f) {
            size = position.getHeightDir();
        }
        if (!Float.isFinite(x)
                || !Float.isFinite(baseline)
                || !Float.isFinite(advance)
                || !(size > 0.5f)
                || size > 500f) {
            return;
        }
        if (x + Math.max(advance, 0) < 0 || x > width || baseline < 0 || baseline - size > height) {
            return;
        }
        Glyph glyph = new Glyph(text, x, baseline, Math.max(advance, 0), size);
        List<Glyph> current = byDirection.computeIfAbsent((int) direction, d -> new ArrayList<>());
        if (!overprint(current, glyph)) {
            current.add(glyph);
        }
    }

    /** Returns whether the same character was just drawn at nearly the same place (a bold effect). */
    private static boolean overprint(List<Glyph> current, Glyph glyph) {
        for (int i = current.size() - 1; i >= Math.max(0, current.size() - 4); i--) {
            Glyph other = current.get(i);
            if (other.text().equals(glyph.text())
                    && Math.abs(other.x() - glyph.x()) < glyph.size() * 0.15f
                    && Math.abs(other.baseline() - glyph.baseline()) < glyph.size() * 0.15f) {
                return true;
            }
        }
        return false;
    }
}
