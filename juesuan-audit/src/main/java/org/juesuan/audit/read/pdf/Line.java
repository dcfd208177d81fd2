package org.juesuan.audit.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A line of text on a page (文字行): the glyphs that share a baseline, left to right.
 *
 * @param glyphs the glyphs, left to right, spaces included
 * @param baseline the baseline of the line's first glyph
 * @param size the largest font size on the line
 */
record Line(List<Glyph> glyphs, float baseline, float size) {

    /** A gap this many times the font size between two glyphs separates table cells of a borderless table. */
    static final float CHUNK_GAP = 0.6f;

    /** A gap this many times the font size is a space even between Chinese characters (fields on one line). */
    static final float FIELD_GAP = 1.5f;

    Line {
        glyphs = List.copyOf(glyphs);
    }

    /** Groups glyphs into lines by baseline, top down; the glyphs of each line left to right. */
    static List<Line> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float first = 0;
        float size = 0;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && glyph.baseline() - first > 0.35f * Math.max(1f, Math.min(size, glyph.size()))) {
                lines.add(line(current, first));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                first = glyph.baseline();
                size = glyph.size();
            }
            size = Math.max(size, glyph.size());
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            lines.add(line(current, first));
        }
        lines.removeIf(Line::isBlank);
        return lines;
    }

    private static Line line(List<Glyph> glyphs, float baseline) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        float size = 0;
        for (Glyph glyph : glyphs) {
            if (!glyph.isSpace()) {
                size = Math.max(size, glyph.size());
            }
        }
        return new Line(glyphs, baseline, size);
    }

    boolean isBlank() {
        for (Glyph glyph : glyphs) {
            if (!glyph.isSpace()) {
                return false;
            }
        }
        return true;
    }

    /** Returns the left edge of the first visible glyph. */
    float left() {
        for (Glyph glyph : glyphs) {
            if (!glyph.isSpace()) {
                return glyph.x();
            }
        }
        return glyphs.get(0).x();
    }

    /** Returns the right edge of the last visible glyph. */
    float right() {
        for (int i = glyphs.size() - 1; i >= 0; i--) {
            if (!glyphs.get(i).isSpace()) {
                return glyphs.get(i).right();
            }
        }
        return glyphs.get(glyphs.size() - 1).right();
    }

    float top() {
        return baseline - size * 0.8f;
    }

    float bottom() {
        return baseline + size * 0.2f;
    }

    /** Returns the line's text: see {@link #text(List)}. */
    String text() {
        return text(glyphs);
    }

    /**
     * Returns the text of glyphs on one line, left to right. A space the PDF draws is a space (several are one); a
     * gap of a quarter of the font size between two Latin letters or digits is a space; next to a Chinese character
     * only a gap as wide as {@link #FIELD_GAP} is, whatever stands beside it (two fields on one line): the gaps a PDF
     * leaves between Chinese characters are spacing, not words.
     */
    static String text(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        boolean space = false;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                space = previous != null;
                continue;
            }
            if (previous != null) {
                float gap = glyph.x() - previous.right();
                float em = Math.max(previous.size(), glyph.size());
                boolean latin = Chars.spaced(previous.text(), glyph.text());
                if (gap > FIELD_GAP * em || space || latin && gap > 0.25f * em) {
                    text.append(' ');
                }
            }
            text.append(glyph.text());
            previous = glyph;
            space = false;
        }
        return text.toString();
    }

    /** Splits the line where the gap between glyphs is wider than {@link #CHUNK_GAP} times the font size. */
    List<List<Glyph>> chunks() {
        List<List<Glyph>> chunks = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                continue;
            }
            if (previous != null
                    && glyph.x() - previous.right() > CHUNK_GAP * Math.max(previous.size(), glyph.size())) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(glyph);
            previous = glyph;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * Joins the texts of the lines of one paragraph or one table cell: directly, or with a space between Latin words
     * wrapped from one line to the next.
     */
    static String join(List<String> texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            String piece = text.strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (Chars.spacedAcrossLines(joined, piece)) {
                joined.append(' ');
            }
            joined.append(piece);
        }
        return joined.toString();
    }
}
