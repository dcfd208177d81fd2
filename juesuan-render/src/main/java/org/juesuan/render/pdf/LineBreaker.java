package org.juesuan.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines (断行): a line may break between any two Chinese characters, but not inside a Latin
 * word or number, not inside a figure, not before closing punctuation and not after opening punctuation (避头尾).
 *
 * <p>Stateless and thread-safe.
 */
final class LineBreaker {

    /** Punctuation that may not start a line (行首禁则). */
    private static final String CLOSING = "，。、；：？！）》」』”’〕】〉…％～,.;:?!)]}%";

    /** Punctuation that may not end a line (行尾禁则). */
    private static final String OPENING = "（《「『“‘〔【〈([{";

    private LineBreaker() {}

    /**
     * One line of a broken text.
     *
     * @param from the first code point
     * @param to one past the last code point, trailing spaces excluded
     * @param last whether the line ends its paragraph or a forced break (it is not justified)
     */
    record Line(int from, int to, boolean last) {}

    /**
     * Breaks a text into lines.
     *
     * @param text the text
     * @param figures for each run, whether it is a figure that must stay on one line
     * @param size the font size in points
     * @param firstWidth the width of the first line in points
     * @param width the width of the following lines in points
     */
    static List<Line> lines(ShapedText text, boolean[] figures, float size, float firstWidth, float width) {
        List<Line> lines = new ArrayList<>();
        int n = text.length;
        int start = skipSpaces(text, 0);
        float used = 0;
        int lastBreak = -1;
        int i = start;
        while (i < n) {
            int cp = text.codePoints[i];
            if (cp == '\n') {
                lines.add(new Line(start, trimEnd(text, start, i), true));
                start = skipSpaces(text, i + 1);
                i = start;
                used = 0;
                lastBreak = -1;
                continue;
            }
            if (i > start && canBreakBefore(text, figures, i)) {
                lastBreak = i;
            }
            float advance = text.advances[i] * size;
            float limit = lines.isEmpty() ? firstWidth : width;
            if (i > start && used + advance > limit + 0.01f && cp != ' ') {
                int at = lastBreak > start ? lastBreak : nextBreak(text, figures, i);
                boolean forced = at < n && text.codePoints[at] == '\n';
                lines.add(new Line(start, trimEnd(text, start, at), forced));
                start = skipSpaces(text, forced ? at + 1 : at);
                used = 0;
                lastBreak = -1;
                for (int j = start; j < i; j++) {
                    if (j > start && canBreakBefore(text, figures, j)) {
                        lastBreak = j;
                    }
                    used += text.advances[j] * size;
                }
                if (start > i) {
                    i = start;
                }
                continue;
            }
            used += advance;
            i++;
        }
        if (start < n || lines.isEmpty()) {
            lines.add(new Line(start, trimEnd(text, start, n), true));
        } else {
            Line previous = lines.remove(lines.size() - 1);
            lines.add(new Line(previous.from(), previous.to(), true));
        }
        return lines;
    }

    /**
     * Returns where to break a line that has no allowed break point: at the next allowed one, so the line runs over
     * rather than split a figure or a number or break a punctuation rule.
     */
    private static int nextBreak(ShapedText text, boolean[] figures, int from) {
        int at = from;
        while (at < text.length && text.codePoints[at] != '\n' && !canBreakBefore(text, figures, at)) {
            at++;
        }
        return at;
    }

    static boolean canBreakBefore(ShapedText text, boolean[] figures, int i) {
        int a = text.codePoints[i - 1];
        int b = text.codePoints[i];
        if (text.runs[i] == text.runs[i - 1] && figures[text.runs[i]]) {
            return false;
        }
        if (b == ' ') {
            return true;
        }
        if (a == ' ') {
            return !isClosing(b);
        }
        if (isClosing(b) || isOpening(a)) {
            return false;
        }
        if (a == b && (a == '—' || a == '…')) {
            return false;
        }
        return !(isWord(a) && isWord(b));
    }

    static boolean isClosing(int cp) {
        return cp < 0x10000 && CLOSING.indexOf(cp) >= 0;
    }

    static boolean isOpening(int cp) {
        return cp < 0x10000 && OPENING.indexOf(cp) >= 0;
    }

    /** Latin letters, digits and signs, which stay together. */
    private static boolean isWord(int cp) {
        return cp > 0x20 && cp < 0x7F;
    }

    private static int skipSpaces(ShapedText text, int from) {
        int i = from;
        while (i < text.length && text.codePoints[i] == ' ') {
            i++;
        }
        return i;
    }

    private static int trimEnd(ShapedText text, int from, int to) {
        int end = to;
        while (end > from && text.codePoints[end - 1] == ' ') {
            end--;
        }
        return end;
    }
}
