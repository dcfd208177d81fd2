package org.juesuan.audit.read.text;

import java.util.List;

/**
 * A line of the file and what it was read as (文本行). Not thread-safe: the splitter may demote a row to text.
 */
final class Line {

    /** What a line is. */
    enum Kind {
        /** Nothing but white space or removed markup. */
        BLANK,
        /** A page number, a rule, or a running header or footer: dropped, and a break like a blank line. */
        SKIPPED,
        /** Running text or a heading. */
        TEXT,
        /** Captions or labels set out in fields on one line ({@code 2024年度…总表 ⇥ 公开01表}): not a row. */
        CAPTIONS,
        /** A table row of tab-separated (or {@code |}-separated) fields. */
        TAB_ROW,
        /** A line of fields set apart by runs of two or more spaces: a table row if its run is aligned. */
        SPACE_ROW
    }

    final int number;
    final String raw;
    Kind kind;
    /**
     * The whole line cleaned, for text and space-aligned rows (the text the line stands for if its run is no table);
     * empty for tab-separated rows, which are never read as text.
     */
    final MappedText text;
    /** The fields of a row, or the captions of a caption line; empty otherwise. */
    final List<Field> fields;

    final boolean heading;
    final boolean indented;
    final boolean pageBreak;

    Line(int number, String raw, Kind kind, MappedText text, List<Field> fields) {
        this.number = number;
        this.raw = raw;
        this.kind = kind;
        this.text = text;
        this.fields = List.copyOf(fields);
        this.heading = !text.isEmpty() && Headings.isHeading(text.text());
        this.indented = raw.startsWith("  ") || raw.startsWith("\u3000");
        this.pageBreak = raw.indexOf('\f') >= 0;
    }

    boolean isBreak() {
        return kind == Kind.BLANK || kind == Kind.SKIPPED;
    }

    @Override
    public String toString() {
        return number + " " + kind + " " + text;
    }

    /**
     * A field of a row.
     *
     * @param text the cleaned text
     * @param column the column in the line (code points, from 1) where the field begins, even if it is empty
     * @param start the index (code points, from 0) of the field's first character that is not a space
     * @param end the index after its last such character
     * @param wideStart {@code start} counted in display columns (a Chinese character counts two)
     * @param wideEnd {@code end} counted in display columns
     */
    record Field(MappedText text, int column, int start, int end, int wideStart, int wideEnd) {

        int start(boolean wide) {
            return wide ? wideStart : start;
        }

        int end(boolean wide) {
            return wide ? wideEnd : end;
        }

        boolean isEmpty() {
            return text.isEmpty();
        }
    }
}
