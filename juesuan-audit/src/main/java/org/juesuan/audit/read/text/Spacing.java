package org.juesuan.audit.read.text;

/**
 * Normalises the spaces of a text as it is built (空格规范化): runs of white space become one space, the ends are
 * trimmed, and a space the extraction put next to Chinese text is removed.
 *
 * <p>A space is removed when one side is Chinese punctuation (fullwidth or CJK punctuation, Chinese quotes, 、 and
 * the like), or when one side is a Chinese character and the other a Chinese character, a digit, a relation or
 * arithmetic sign (≥ ≤ × ÷ ± ≠ ≈ % =) or an ASCII bracket, colon, semicolon or comma: {@code 2024 年度} becomes
 * {@code 2024年度}, {@code 整体 绩效自评表} becomes {@code 整体绩效自评表}, {@code 局 (汇总)} becomes {@code
 * 局(汇总)}. A space between other characters (Latin words, a box ☑ and a digit) is kept. Characters of zero width
 * (U+200B–U+200D, U+2060, U+FEFF) are dropped.
 *
 * <p>Not thread-safe: one instance builds one text.
 */
final class Spacing {

    private final MappedText.Builder out;
    private int pendingLine;
    private int pendingColumn;
    private boolean pending;

    Spacing(MappedText.Builder out) {
        this.out = out;
    }

    /** Adds a code point read at a line and column. */
    void put(int codePoint, int line, int column) {
        if (isSpace(codePoint)) {
            if (!pending && !out.isEmpty()) {
                pending = true;
                pendingLine = line;
                pendingColumn = column;
            }
            return;
        }
        if (isZeroWidth(codePoint)) {
            return;
        }
        if (pending) {
            pending = false;
            if (!isTight(out.lastCodePoint(), codePoint)) {
                out.append(' ', pendingLine, pendingColumn);
            }
        }
        out.append(codePoint, line, column);
    }

    /** Returns the text built, without a trailing space. */
    MappedText build() {
        pending = false;
        return out.build();
    }

    /** Whether a code point counts as white space (including controls, which a text layer should not hold). */
    static boolean isSpace(int c) {
        return c <= 0x20
                || (c >= 0x7F && c <= 0xA0)
                || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028
                || c == 0x2029
                || c == 0x202F
                || c == 0x205F
                || c == 0x3000;
    }

    static boolean isZeroWidth(int c) {
        return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
    }

    /** Whether no space belongs between {@code before} and {@code after} in Chinese text. */
    static boolean isTight(int before, int after) {
        if (before < 0) {
            return true;
        }
        if (isChinesePunctuation(before) || isChinesePunctuation(after)) {
            return true;
        }
        return (isChinese(before) && isCloseToChinese(after)) || (isCloseToChinese(before) && isChinese(after));
    }

    /** Chinese characters and kana, not punctuation. */
    static boolean isChinese(int c) {
        if (c < 0x2E80) {
            return false;
        }
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3040 && c <= 0x30FF)
                || (c >= 0x3100 && c <= 0x312F);
    }

    /** CJK and fullwidth punctuation, Chinese quotation marks, the dash and the ellipsis. */
    static boolean isChinesePunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F && c != 0x3007)
                || (c >= 0xFE10 && c <= 0xFE1F)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF01 && c <= 0xFF0F)
                || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40)
                || (c >= 0xFF5B && c <= 0xFF65)
                || c == 0x2018
                || c == 0x2019
                || c == 0x201C
                || c == 0x201D
                || c == 0x2014
                || c == 0x2026;
    }

    private static boolean isCloseToChinese(int c) {
        if (isChinese(c) || (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19)) {
            return true;
        }
        switch (c) {
            case '(':
            case ')':
            case '[':
            case ']':
            case ':':
            case ';':
            case ',':
            case '%':
            case '=':
            case '≥':
            case '≤':
            case '×':
            case '÷':
            case '±':
            case '≠':
            case '≈':
                return true;
            default:
                return false;
        }
    }

    /** Whether a code point takes two columns on a fixed-width display (East Asian wide or fullwidth). */
    static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /** Joins two cleaned texts broken by a line end: nothing between them if {@link #isTight}, else one space. */
    static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        boolean tight = isTight(first.codePointBefore(first.length()), second.codePointAt(0));
        return tight ? first + second : first + ' ' + second;
    }
}
