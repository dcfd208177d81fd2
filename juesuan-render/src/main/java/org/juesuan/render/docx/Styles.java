package org.juesuan.render.docx;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.juesuan.core.document.Paragraph;

/**
 * The style ids of the template (样式标识) that the renderer applies and the proof looks for. The styles themselves
 * are defined in {@code styles.xml} beside this class.
 */
final class Styles {

    /** Part titles: 第一部分 …. */
    static final String PART = "Heading1";

    /** The paragraph styles of the document's own paragraphs, and nothing else. */
    static final Set<String> PARAGRAPHS =
            Arrays.stream(Paragraph.Style.values()).map(Styles::paragraph).collect(Collectors.toUnmodifiableSet());

    private Styles() {}

    /** Returns the style of a heading of the model's level 1 to 3 (一、, （一）, 1.). */
    static String heading(int level) {
        return "Heading" + (level + 1);
    }

    /** Returns the style of a paragraph of the model. */
    static String paragraph(Paragraph.Style style) {
        return switch (style) {
            case BODY -> "BodyText";
            case PLAIN -> "BodyPlain";
            case CENTERED -> "BodyCentered";
            case NOTE -> "BodyNote";
        };
    }
}
