package org.juesuan.audit.claims;

/**
 * A paragraph's text with its spaces left out (紧凑文本), so that phrasing matches whatever spacing the extraction of a
 * document put in (“2024 年度”, “265.18 万元”), with the offset of every kept character in the original text.
 *
 * <p>Full-width digits, the full-width full stop and minus signs are read as their ASCII forms, one character for
 * one, so a number reads the same however it was typed.
 *
 * <p>Immutable and thread-safe.
 */
final class CompactText {

    private final String text;
    private final int[] offsets;
    private final int length;

    private CompactText(String text, int[] offsets, int length) {
        this.text = text;
        this.offsets = offsets;
        this.length = length;
    }

    /** Returns the compact form of {@code original}. */
    static CompactText of(String original) {
        StringBuilder kept = new StringBuilder(original.length());
        int[] offsets = new int[original.length()];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            kept.append(normal(c));
            offsets[n++] = i;
        }
        return new CompactText(kept.toString(), offsets, original.length());
    }

    /** Returns a character as the compact text holds it: full-width digits, full stop and signs made ASCII. */
    static char normal(char c) {
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + (c - '\uFF10'));
        }
        switch (c) {
            case '\uFF0E': // ．
                return '.';
            case '\uFF0D': // －
            case '\u2212': // −
                return '-';
            case '\uFF0B': // ＋
                return '+';
            default:
                return c;
        }
    }

    /** Returns the compact text. */
    String text() {
        return text;
    }

    /** Returns the offset in the original text of the compact character at {@code index}. */
    int original(int index) {
        if (index < 0) {
            return 0;
        }
        if (index >= text.length()) {
            return text.isEmpty() ? length : offsets[text.length() - 1] + 1;
        }
        return offsets[index];
    }

    /** Returns the original text's offset just past the compact character before {@code end}. */
    int originalEnd(int end) {
        return end <= 0 ? original(0) : original(end - 1) + 1;
    }
}
