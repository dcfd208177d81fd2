package org.juesuan.core.document;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph (段落) made of text and figures.
 *
 * @param style how it is set
 * @param runs the pieces, in order
 */
public record Paragraph(Style style, List<Run> runs) implements Block {

    /** How a paragraph is set. */
    public enum Style {
        /** Body text, first line indented by two characters. */
        BODY,
        /** An item of a list or a line without indent. */
        PLAIN,
        /** A caption or title line, centred (e.g. the title over a self-evaluation form). */
        CENTERED,
        /** A note in smaller type (备注, 注). */
        NOTE
    }

    /** Creates a paragraph. */
    public Paragraph {
        Objects.requireNonNull(style, "style");
        runs = List.copyOf(runs);
    }

    /** Returns a body paragraph of plain text. */
    public static Paragraph body(String text) {
        return new Paragraph(Style.BODY, List.of(new TextRun(text)));
    }

    /** Returns a paragraph of plain text in the given style. */
    public static Paragraph of(Style style, String text) {
        return new Paragraph(style, List.of(new TextRun(text)));
    }

    /** Returns the whole text as printed. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            text.append(run.text());
        }
        return text.toString();
    }
}
