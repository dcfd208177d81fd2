package org.juesuan.render.pdf;

import java.util.List;

/**
 * A piece of text ready to set (排字): code points as printed, their glyph ids and advance widths, and which run each
 * comes from, so a figure can be kept whole and located after line breaking.
 *
 * <p>Not thread-safe; built and used by one composer.
 */
final class ShapedText {

    final int[] codePoints;
    final int[] gids;
    /** Advance widths in em. */
    final float[] advances;
    /** The index of the run each code point comes from. */
    final int[] runs;

    final int length;

    private ShapedText(int capacity) {
        codePoints = new int[capacity];
        gids = new int[capacity];
        advances = new float[capacity];
        runs = new int[capacity];
        length = capacity;
    }

    /** Shapes one string as run 0. */
    static ShapedText of(FontFace face, String text) {
        return of(face, List.of(text));
    }

    /** Shapes strings, each a run; tabs become spaces. */
    static ShapedText of(FontFace face, List<String> pieces) {
        int count = 0;
        for (String piece : pieces) {
            count += piece.codePointCount(0, piece.length());
        }
        ShapedText text = new ShapedText(count);
        int at = 0;
        for (int run = 0; run < pieces.size(); run++) {
            String piece = pieces.get(run);
            for (int i = 0; i < piece.length(); ) {
                int cp = piece.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\t') {
                    cp = ' ';
                }
                int printed = cp == '\n' ? cp : face.printable(cp);
                text.codePoints[at] = printed;
                text.gids[at] = printed == '\n' ? 0 : face.gid(printed);
                text.advances[at] = printed == '\n' ? 0 : face.advance(text.gids[at]);
                text.runs[at] = run;
                at++;
            }
        }
        return text;
    }

    /** Returns the width of code points {@code [from, to)} in em. */
    float width(int from, int to) {
        float width = 0;
        for (int i = from; i < to; i++) {
            width += advances[i];
        }
        return width;
    }

    /** Returns the whole width in em. */
    float width() {
        return width(0, length);
    }
}
