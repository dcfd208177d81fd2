package org.juesuan.audit.read.pdf;

/**
 * Character classes that decide where text taken apart by the layout is joined with a space (空格规则): Chinese text
 * has no spaces between words, so a gap next to a Chinese character or punctuation mark is layout only.
 */
final class Chars {

    private Chars() {}

    /**
     * Returns whether a character is set in full width: Han characters, Chinese punctuation and full-width forms,
     * and the general punctuation (quotes, dashes, ellipsis) used with them.
     */
    static boolean isWide(int c) {
        return c >= 0x2E80 || (c >= 0x2000 && c <= 0x206F);
    }

    /** Returns whether two pieces of text placed next to each other on a line need a space between them. */
    static boolean spaced(CharSequence before, CharSequence after) {
        if (before.length() == 0 || after.length() == 0) {
            return false;
        }
        return !isWide(before.charAt(before.length() - 1)) && !isWide(after.charAt(0));
    }

    /**
     * Returns whether the end of one line and the start of the next, joined into one paragraph, need a space: only
     * between Latin letters (a word wrapped in Latin text); Chinese, digits and punctuation join directly.
     */
    static boolean spacedAcrossLines(CharSequence before, CharSequence after) {
        if (before.length() == 0 || after.length() == 0) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        return isLatinLetter(last) && isLatinLetter(first)
                || (last == ',' || last == ';' || last == ':' || last == '.') && isLatinLetter(first);
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x2000 && Character.isLetter(c);
    }

    /** Returns the text with control characters removed and every kind of space turned into a plain space. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c) && c != '\uFFFD' && Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
