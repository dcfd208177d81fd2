package org.juesuan.core.internal;

/**
 * Escaping of text for the reports and manifests written by hand (转义): HTML content and attribute values, and JSON
 * strings.
 *
 * <p>Stateless and thread-safe.
 */
public final class Escapes {

    private Escapes() {}

    /** Returns text escaped for HTML content and attribute values (between double or single quotes). */
    public static String html(String text) {
        int i = 0;
        while (i < text.length() && "&<>\"'".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escaped.append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Returns text as a JSON string, in double quotes, with quotes, backslashes and control characters escaped. */
    public static String jsonString(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
