package org.juesuan.core.document;

import java.util.Objects;

/**
 * Plain text in a paragraph (文字).
 *
 * @param text the text
 */
public record TextRun(String text) implements Run {

    /** Creates a text run. */
    public TextRun {
        Objects.requireNonNull(text, "text");
    }
}
