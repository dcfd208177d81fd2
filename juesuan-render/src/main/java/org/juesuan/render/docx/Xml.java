package org.juesuan.render.docx;

/**
 * Escapes text for WordprocessingML (XML 转义). Characters XML 1.0 cannot carry (most control characters, lone
 * surrogates) are dropped rather than written into a file Word would refuse to open.
 *
 * <p>Stateless and thread-safe.
 */
final class Xml {

    private Xml() {}

    /** Appends text content, escaped. */
    static StringBuilder text(StringBuilder out, String text) {
        return escape(out, text, false);
    }

    /** Appends an attribute value, escaped (for use between double quotes). */
    static StringBuilder attribute(StringBuilder out, String text) {
        return escape(out, text, true);
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
            return ch == '\t' || ch == '\n' || ch == '\r';
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
