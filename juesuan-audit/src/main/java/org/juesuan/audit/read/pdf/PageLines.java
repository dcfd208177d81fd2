package org.juesuan.audit.read.pdf;

import java.util.List;

/**
 * The numbering of the lines of text on a page (页内行号), top down from 1: every line of glyphs sharing a baseline
 * counts, in tables, headers and footers too, so that a line number points at what a person counting the printed
 * lines finds.
 */
final class PageLines {

    private final float[] baselines;

    PageLines(List<Glyph> glyphs) {
        List<Line> lines = Line.group(glyphs);
        baselines = new float[lines.size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = lines.get(i).baseline();
        }
    }

    /** Returns the number of the line whose glyphs sit on {@code baseline}. */
    int lineOf(float baseline) {
        return Math.max(1, count(baseline + 0.01f, true));
    }

    /** Returns the number of the first line below {@code y}: the line a row or a cell starting there begins with. */
    int lineBelow(float y) {
        return count(y, false) + 1;
    }

    private int count(float y, boolean inclusive) {
        int n = 0;
        for (float baseline : baselines) {
            if (baseline < y || inclusive && baseline <= y) {
                n++;
            }
        }
        return n;
    }
}
