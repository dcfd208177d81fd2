package org.juesuan.audit.read.pdf;

/**
 * A character drawn on a page (字形), in page coordinates: points from the top left corner of the visible page, y
 * downwards.
 *
 * @param text the character (rarely more than one, e.g. a ligature)
 * @param x the left edge
 * @param baseline the baseline
 * @param width the advance width
 * @param size the font size in points
 */
record Glyph(String text, float x, float baseline, float width, float size) {

    float right() {
        return x + width;
    }

    /** Returns the top of the glyph's box: the font's ascent is taken as 0.8 of its size. */
    float top() {
        return baseline - size * 0.8f;
    }

    /** Returns the bottom of the glyph's box (descent 0.2 of the size). */
    float bottom() {
        return baseline + size * 0.2f;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - size * 0.3f;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
