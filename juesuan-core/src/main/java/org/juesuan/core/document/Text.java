package org.juesuan.core.document;

import java.util.Objects;

/**
 * Plain text in a paragraph (文字).
 *
 * @param text the text
 */
public record Text(String text) implements Run {

    /** Creates a text run. */
    public Text {
        Objects.requireNonNull(text, "text");
    }
}
