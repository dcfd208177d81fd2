package org.juesuan.audit.read.text;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Reads one line (行分析): cleans it and decides whether it is blank, furniture, text, captions or a table row.
 *
 * <ul>
 *   <li>A line with a tab is a row of tab-separated fields; every field counts, empty ones too (the column of a
 *       merged or blank cell). A line that starts and ends with {@code |} is a Markdown row, split on {@code |}.
 *   <li>Without a tab, a line is split on runs of two or more spaces (leading indentation aside): two fields or
 *       more make it a candidate for a space-aligned row.
 *   <li>A row whose fields are all empty once cleaned ({@code ⇥⇥⇥</}) is blank; one whose filled fields are all
 *       rules ({@code -----⇥-----}) is skipped; one whose filled fields are all captions is a caption line.
 *   <li>A text line that is a page number or a rule is skipped.
 * </ul>
 */
final class LineReader {

    private final String file;
    private final int maxFields;
    private final Budget budget;

    /**
     * Creates a line reader.
     *
     * @param maxFields the most fields a line may have
     * @param budget counts the pieces of the cleaned lines, so that a file of many tiny pieces stops early
     */
    LineReader(String file, int maxFields, Budget budget) {
        this.file = file;
        this.maxFields = maxFields;
        this.budget = budget;
    }

    Line read(String raw, int number) throws UnreadableDocumentException {
        if (raw.indexOf('\t') >= 0) {
            return row(raw, number, separated(raw, number, '\t', 0, raw.length()));
        }
        String trimmed = raw.strip();
        if (trimmed.length() >= 3 && trimmed.startsWith("|") && trimmed.endsWith("|")) {
            int from = raw.indexOf('|') + 1;
            int to = raw.lastIndexOf('|');
            return row(raw, number, separated(raw, number, '|', from, to));
        }
        List<Line.Field> fields = spaced(raw, number); // first: it stops at too many fields
        // a single field is the whole line cleaned: the white space around it is trimmed anyway
        MappedText text = fields.size() == 1 ? fields.get(0).text() : clean(raw, 0, raw.length(), number, 1);
        if (text.isEmpty()) {
            return new Line(number, raw, Line.Kind.BLANK, text, List.of());
        }
        if (Headings.isPageNumber(text.text()) || Headings.isRule(text.text())) {
            return new Line(number, raw, Line.Kind.SKIPPED, text, List.of());
        }
        if (fields.size() >= 2 && !allCaptions(fields)) {
            return new Line(number, raw, Line.Kind.SPACE_ROW, text, fields);
        }
        return new Line(number, raw, Line.Kind.TEXT, text, List.of());
    }

    private Line row(String raw, int number, List<Line.Field> fields) {
        List<Line.Field> filled = new ArrayList<>();
        boolean rules = true;
        for (Line.Field field : fields) {
            if (!field.isEmpty()) {
                filled.add(field);
                rules &= Headings.isRule(field.text().text());
            }
        }
        if (filled.isEmpty()) {
            return new Line(number, raw, Line.Kind.BLANK, MappedText.EMPTY, List.of());
        }
        if (rules) {
            return new Line(number, raw, Line.Kind.SKIPPED, MappedText.EMPTY, List.of());
        }
        if (allCaptions(filled)) {
            return new Line(number, raw, Line.Kind.CAPTIONS, MappedText.EMPTY, filled);
        }
        return new Line(number, raw, Line.Kind.TAB_ROW, MappedText.EMPTY, fields);
    }

    /** Splits {@code raw[from, to)} on a separator character; every field counts. */
    private List<Line.Field> separated(String raw, int number, char separator, int from, int to)
            throws UnreadableDocumentException {
        int count = 1;
        for (int i = from; i < to; i++) {
            if (raw.charAt(i) == separator && ++count > maxFields) {
                throw tooManyFields(number);
            }
        }
        List<Line.Field> fields = new ArrayList<>(count);
        int column = 1 + raw.codePointCount(0, from);
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || raw.charAt(i) == separator) {
                MappedText text = clean(raw, start, i, number, column);
                fields.add(new Line.Field(text, column, column - 1, column - 1, 0, 0));
                column += raw.codePointCount(start, i) + 1;
                start = i + 1;
            }
        }
        return fields;
    }

    /**
     * Splits a line on runs of two or more white space characters; leading white space is indentation, not a
     * separator. A single space stays inside its field.
     */
    List<Line.Field> spaced(String raw, int number) throws UnreadableDocumentException {
        List<Line.Field> fields = new ArrayList<>();
        int i = 0;
        int cp = 0;
        int wide = 0;
        int n = raw.length();
        while (i < n) {
            int c = raw.codePointAt(i);
            if (Spacing.isSpace(c)) {
                i += Character.charCount(c);
                cp++;
                wide += Spacing.isWide(c) ? 2 : 1;
                continue;
            }
            int startIndex = i;
            int startCp = cp;
            int startWide = wide;
            int endIndex = i;
            int endCp = cp;
            int endWide = wide;
            int spaces = 0;
            while (i < n) {
                c = raw.codePointAt(i);
                if (Spacing.isSpace(c)) {
                    if (++spaces >= 2) {
                        break;
                    }
                } else {
                    spaces = 0;
                }
                i += Character.charCount(c);
                cp++;
                wide += Spacing.isWide(c) ? 2 : 1;
                if (spaces == 0) {
                    endIndex = i;
                    endCp = cp;
                    endWide = wide;
                }
            }
            if (fields.size() == maxFields) {
                throw tooManyFields(number);
            }
            MappedText text = clean(raw, startIndex, endIndex, number, startCp + 1);
            fields.add(new Line.Field(text, startCp + 1, startCp, endCp, startWide, endWide));
        }
        return fields;
    }

    private MappedText clean(String raw, int from, int to, int number, int column) throws UnreadableDocumentException {
        MappedText text = Artefacts.clean(raw, from, to, number, column);
        budget.spend(text.runs());
        return text;
    }

    private static boolean allCaptions(List<Line.Field> fields) {
        for (Line.Field field : fields) {
            if (!field.isEmpty() && !Headings.isCaption(field.text().text())) {
                return false;
            }
        }
        return true;
    }

    private UnreadableDocumentException tooManyFields(int number) {
        return new UnreadableDocumentException(
                SourceRef.text(file, number, 1), "第 " + number + " 行有 " + maxFields + " 个以上的栏目，不像公开文件中的表格，未读取。");
    }
}
