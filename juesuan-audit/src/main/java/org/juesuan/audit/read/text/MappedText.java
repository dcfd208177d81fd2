package org.juesuan.audit.read.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;

/**
 * A cleaned text with the line and column each of its characters was read from (映射文字).
 *
 * <p>Stored as runs: a run starts at an offset of the text and maps to a line and column of the file; the
 * characters after it follow one column each until the next run. A new run starts wherever the cleaning dropped,
 * replaced or joined something, so the storage grows with the number of such places, not with the text.
 *
 * <p>Immutable and thread-safe.
 */
final class MappedText {

    static final MappedText EMPTY = new MappedText("", new int[0], new int[0], new int[0]);

    private final String text;
    private final int[] offsets;
    private final int[] lines;
    private final int[] columns;

    private MappedText(String text, int[] offsets, int[] lines, int[] columns) {
        this.text = text;
        this.offsets = offsets;
        this.lines = lines;
        this.columns = columns;
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int runs() {
        return offsets.length;
    }

    /** Returns the line the character at {@code offset} was read from. */
    int line(int offset) {
        return lines[run(offset)];
    }

    /** Returns the column (in code points, from 1) the character at {@code offset} was read from. */
    int column(int offset) {
        int run = run(offset);
        return columns[run] + offset - offsets[run];
    }

    SourceRef source(String file, int offset) {
        return SourceRef.text(file, line(offset), column(offset));
    }

    /** Returns the runs as the pieces of a text block. */
    List<TextBlock.Piece> pieces(String file) {
        List<TextBlock.Piece> pieces = new ArrayList<>(offsets.length);
        for (int i = 0; i < offsets.length; i++) {
            pieces.add(new TextBlock.Piece(offsets[i], SourceRef.text(file, lines[i], columns[i])));
        }
        return pieces;
    }

    private int run(int offset) {
        if (offset < 0 || offset >= text.length()) {
            throw new IndexOutOfBoundsException(offset);
        }
        int found = Arrays.binarySearch(offsets, offset);
        return found >= 0 ? found : -found - 2;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a mapped text one character at a time. Not thread-safe. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[4];
        private int[] lines = new int[4];
        private int[] columns = new int[4];
        private int runs;

        int length() {
            return text.length();
        }

        boolean isEmpty() {
            return text.length() == 0;
        }

        /** Returns the last code point appended, or -1 if none. */
        int lastCodePoint() {
            return text.length() == 0 ? -1 : Character.codePointBefore(text, text.length());
        }

        int lastLine() {
            return lines[runs - 1];
        }

        int lastColumn() {
            return columns[runs - 1] + text.length() - 1 - offsets[runs - 1];
        }

        void append(int codePoint, int line, int column) {
            if (Character.isBmpCodePoint(codePoint)) {
                appendChar((char) codePoint, line, column);
            } else {
                appendChar(Character.highSurrogate(codePoint), line, column);
                appendChar(Character.lowSurrogate(codePoint), line, column);
            }
        }

        void append(MappedText other) {
            for (int r = 0; r < other.offsets.length; r++) {
                int from = other.offsets[r];
                int to = r + 1 < other.offsets.length ? other.offsets[r + 1] : other.text.length();
                for (int i = from; i < to; i++) {
                    appendChar(other.text.charAt(i), other.lines[r], other.columns[r] + i - from);
                }
            }
        }

        private void appendChar(char c, int line, int column) {
            int at = text.length();
            if (runs == 0
                    || lines[runs - 1] != line
                    || columns[runs - 1] + (at - offsets[runs - 1]) != column
                    || Character.isLowSurrogate(c)) {
                if (runs == offsets.length) {
                    offsets = Arrays.copyOf(offsets, runs * 2);
                    lines = Arrays.copyOf(lines, runs * 2);
                    columns = Arrays.copyOf(columns, runs * 2);
                }
                offsets[runs] = at;
                lines[runs] = line;
                columns[runs] = column;
                runs++;
            }
            text.append(c);
        }

        MappedText build() {
            if (runs == 0) {
                return EMPTY;
            }
            return new MappedText(
                    text.toString(),
                    Arrays.copyOf(offsets, runs),
                    Arrays.copyOf(lines, runs),
                    Arrays.copyOf(columns, runs));
        }
    }
}
