package org.juesuan.core.document;

import java.util.Objects;

/**
 * A heading inside a part (标题): level 1 is 一、…, level 2 is （一）…, level 3 is 1. …. Level-1 headings are listed in
 * the table of contents.
 *
 * @param level 1, 2 or 3
 * @param text the full text, numbering included, e.g. 一、收入支出决算总体情况说明
 */
public record Heading(int level, String text) implements Block {

    /** Creates a heading. */
    public Heading {
        Objects.requireNonNull(text, "text");
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level must be 1 to 3: " + level);
        }
    }
}
