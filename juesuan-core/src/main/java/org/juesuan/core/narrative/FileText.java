package org.juesuan.core.narrative;

import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;

/**
 * The raw lines of a file, to find where a character of a scalar's value is written (past the quotes, escapes and folded
 * lines that the parsed value no longer shows).
 *
 * <p>Immutable and thread-safe.
 */
final class FileText {

    private final String[] lines;

    FileText(String text) {
        this.lines = text.split("\r?\n", -1);
    }

    /** Returns a locator for the characters of {@code value}, the text of {@code scalar}. */
    TemplateParser.Locator locator(Node scalar, String value) {
        if (!(scalar.ref() instanceof SourceRef.Text)) {
            return offset -> scalar.ref();
        }
        SourceRef.Text start = contentStart((SourceRef.Text) scalar.ref());
        String first = line(start.line());
        boolean verbatim = first.length() >= start.column() - 1 && first.startsWith(value, start.column() - 1);
        return offset -> {
            if (verbatim) {
                return SourceRef.text(start.file(), start.line(), start.column() + offset);
            }
            return search(start, value, offset);
        };
    }

    /** Where the value really starts: past an opening quote, or on the line after a block indicator. */
    private SourceRef.Text contentStart(SourceRef.Text at) {
        String line = line(at.line());
        if (at.column() - 1 >= line.length()) {
            return at;
        }
        char first = line.charAt(at.column() - 1);
        if (first == '"' || first == '\'') {
            return (SourceRef.Text) SourceRef.text(at.file(), at.line(), at.column() + 1);
        }
        if ((first == '|' || first == '>') && at.line() < lines.length) {
            String next = lines[at.line()];
            int indent = 0;
            while (indent < next.length() && next.charAt(indent) == ' ') {
                indent++;
            }
            return (SourceRef.Text) SourceRef.text(at.file(), at.line() + 1, indent + 1);
        }
        return at;
    }

    /** Finds the characters from {@code offset} in the file after {@code start}; the start itself if not found. */
    private SourceRef search(SourceRef.Text start, String value, int offset) {
        int end = offset;
        while (end < value.length() && end - offset < 6 && value.charAt(end) != '\n') {
            end++;
        }
        String snippet = value.substring(offset, end);
        if (snippet.isEmpty()) {
            return start;
        }
        // the same snippet may occur earlier in the value: skip as many occurrences as precede the offset
        int skip = 0;
        for (int i = value.indexOf(snippet); i >= 0 && i < offset; i = value.indexOf(snippet, i + 1)) {
            skip++;
        }
        for (int line = start.line(); line <= lines.length; line++) {
            String text = line(line);
            int from = line == start.line() ? Math.max(0, start.column() - 1) : 0;
            for (int i = text.indexOf(snippet, from); i >= 0; i = text.indexOf(snippet, i + 1)) {
                if (skip-- == 0) {
                    return SourceRef.text(start.file(), line, i + 1);
                }
            }
        }
        return start;
    }

    private String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }
}
