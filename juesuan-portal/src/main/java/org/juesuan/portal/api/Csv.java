package org.juesuan.portal.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them (CSV 文本): records end in CRLF; a field holding a comma, a double
 * quote, CR or LF is quoted and its quotes doubled. Encoded in UTF-8, with a byte order mark when asked for one, so
 * that Excel recognises the encoding of Chinese text.
 *
 * <p>Stateless and thread-safe.
 */
final class Csv {

    /** The UTF-8 byte order mark. */
    static final String BOM = "\uFEFF";

    private Csv() {}

    /** Returns the records as CSV bytes. */
    static byte[] write(List<List<String>> records, boolean byteOrderMark) {
        StringBuilder text = new StringBuilder(records.size() * 64);
        if (byteOrderMark) {
            text.append(BOM);
        }
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                field(text, record.get(i));
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder text, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            text.append(value);
            return;
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }
}
