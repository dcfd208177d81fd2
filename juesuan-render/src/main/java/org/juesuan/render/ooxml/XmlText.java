package org.juesuan.render.ooxml;

/**
 * Escapes text for the XML parts of Office Open XML files, Word and Excel alike (XML 转义). Characters XML 1.0 cannot carry (most control characters, lone
 * surrogates, U+FFFE and U+FFFF) are dropped rather than written into a file a spreadsheet program would refuse to
 * open.
 *
 * <p>Stateless and thread-safe.
 */
public final class XmlText {

    private XmlText() {}

    /** Appends text content, escaped. */
    public static StringBuilder text(StringBuilder out, String text) {
        return escape(out, text, false);
    }

    /** Appends an attribute value, escaped (for use between double quotes). */
    public static StringBuilder attribute(StringBuilder out, String text) {
        return escape(out, text, true);
    }

    /**
     * Appends the text of a shared string, escaped, and with each {@code _xHHHH_} it holds written as
     * {@code _x005F_xHHHH_}: spreadsheet programs read {@code _xHHHH_} in a cell's text as the character HHHH, so the
     * literal text must have its underscore escaped to be shown as written.
     */
    public static StringBuilder cellText(StringBuilder out, String text) {
        if (text.indexOf("_x") < 0) {
            return escape(out, text, false);
        }
        int from = 0;
        for (int at = text.indexOf("_x"); at >= 0; at = text.indexOf("_x", at + 1)) {
            if (isCharacterEscape(text, at)) {
                escape(out, text.substring(from, at), false).append("_x005F");
                from = at;
            }
        }
        return escape(out, text.substring(from), false);
    }

    /** Returns whether {@code _xHHHH_} (four hexadecimal digits) starts at an index. */
    private static boolean isCharacterEscape(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder escape(StringBuilder out, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append(attribute ? "&quot;" : "\"");
                    break;
                case '\t':
                case '\n':
                    // kept as characters in content; in an attribute a parser would turn them into spaces
                    if (attribute) {
                        out.append("&#").append((int) ch).append(';');
                    } else {
                        out.append(ch);
                    }
                    break;
                case '\r':
                    // a parser turns a carriage return written as a character into a line feed
                    out.append("&#13;");
                    break;
                default:
                    if (allowed(text, i, ch)) {
                        out.append(ch);
                    }
            }
        }
        return out;
    }

    private static boolean allowed(String text, int i, char ch) {
        if (ch < 0x20) {
            return false;
        }
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(ch)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return ch != 0xFFFE && ch != 0xFFFF;
    }
}
