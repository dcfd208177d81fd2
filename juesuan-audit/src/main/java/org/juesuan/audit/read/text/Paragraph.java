package org.juesuan.audit.read.text;

import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.read.UnreadableDocumentException;

/**
 * A paragraph being built from text lines (段落拼接), and the rule that decides whether the next line belongs to
 * it.
 *
 * <p>The next line never belongs to it if it is a heading, a caption or a label. Otherwise:
 *
 * <ul>
 *   <li>Directly under the paragraph, it belongs to it — unless the paragraph is a title and the line is running
 *       text (it has 。，、： or the like), or the paragraph ends a sentence and the line is indented (a new
 *       paragraph in a layout that marks them so).
 *   <li>After a blank line, a page break or dropped furniture, it belongs to it only if the paragraph was cut in
 *       the middle of a sentence: the paragraph does not end with 。！？；：… and is not a title, and the line is
 *       running text (so that a cover's lines — a name, a year, a date — stay apart).
 * </ul>
 *
 * <p>Lines are joined with nothing between them where Chinese text meets ({@link Spacing#isTight}), else with one
 * space placed just after the end of the first line. Not thread-safe.
 */
final class Paragraph {

    private final MappedText.Builder text = new MappedText.Builder();
    private final boolean startsWithHeading;
    private final StringBuilder head = new StringBuilder();
    private boolean longer;
    private String last;

    Paragraph(Line first) {
        this.startsWithHeading = first.heading;
        this.last = first.text.text();
        text.append(first.text);
        note(first.text.text());
    }

    boolean takes(Line next, boolean afterBreak) {
        String line = next.text.text();
        if (next.heading || next.kind != Line.Kind.TEXT) {
            return false;
        }
        if (!afterBreak) {
            if (isTitle() && Headings.hasClausePunctuation(line)) {
                return false;
            }
            return !(next.indented && Headings.endsSentence(last));
        }
        return !Headings.endsSentence(last) && !isTitle() && Headings.hasClausePunctuation(line);
    }

    void add(Line next) {
        MappedText line = next.text;
        if (!Spacing.isTight(text.lastCodePoint(), line.text().codePointAt(0))) {
            text.append(' ', text.lastLine(), text.lastColumn() + 1);
        }
        text.append(line);
        last = line.text();
        note(line.text());
    }

    TextBlock build(String file, Budget budget) throws UnreadableDocumentException {
        MappedText built = text.build();
        budget.spend(built.runs());
        return new TextBlock(built.text(), built.pieces(file));
    }

    private boolean isTitle() {
        return startsWithHeading && !longer && Headings.isTitle(head.toString());
    }

    /** Keeps the start of the text, enough to tell a title. */
    private void note(String line) {
        if (longer) {
            return;
        }
        head.append(line);
        longer = head.length() > 80;
    }
}
