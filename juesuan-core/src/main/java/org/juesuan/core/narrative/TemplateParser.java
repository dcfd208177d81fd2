package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.source.SourceRef;

/**
 * Parses a phrasing template; see {@link Template} for the grammar. Problems (an unclosed brace or group, a bad name)
 * are reported at their character, found in the file's own text so that quoted and plain scalars both point right.
 *
 * <p>Not thread-safe; one parser per template.
 */
final class TemplateParser {

    private final String text;
    private final Locator locator;
    private final Issues issues;
    private int pos;

    private TemplateParser(String text, Locator locator, Issues issues) {
        this.text = text;
        this.locator = locator;
        this.issues = issues;
    }

    /**
     * Parses a template.
     *
     * @param text the template text
     * @param locator maps a character of the text to its place in the file
     * @param issues where problems go
     * @return the template; parts that could not be read are dropped, and the problem reported
     */
    static Template parse(String text, Locator locator, Issues issues) {
        TemplateParser parser = new TemplateParser(text, locator, issues);
        List<Template.Part> parts = parser.parts(false);
        return new Template(parts, locator.at(0));
    }

    private List<Template.Part> parts(boolean inGroup) {
        List<Template.Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int groupStart = pos - 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '{') {
                flush(literal, parts);
                placeholder().ifPresent(parts::add);
            } else if (c == '[') {
                flush(literal, parts);
                pos++;
                parts.add(new Template.Group(parts(true)));
            } else if (c == ']') {
                if (inGroup) {
                    pos++;
                    flush(literal, parts);
                    return parts;
                }
                issues.error(locator.at(pos), "NARRATIVE_TEMPLATE", "多余的“]”：可选部分以“[”开始、以“]”结束");
                pos++;
            } else if (c == '}') {
                issues.error(locator.at(pos), "NARRATIVE_TEMPLATE", "多余的“}”：占位符写作 {名称}");
                pos++;
            } else {
                literal.append(c);
                pos++;
            }
        }
        flush(literal, parts);
        if (inGroup) {
            issues.error(locator.at(groupStart), "NARRATIVE_TEMPLATE", "可选部分“[”没有对应的“]”");
        }
        return parts;
    }

    private java.util.Optional<Template.Placeholder> placeholder() {
        int start = pos;
        int close = text.indexOf('}', start);
        int nextOpen = text.indexOf('{', start + 1);
        if (close < 0 || nextOpen >= 0 && nextOpen < close) {
            issues.error(locator.at(start), "NARRATIVE_TEMPLATE", "占位符“{”没有对应的“}”");
            pos = start + 1;
            return java.util.Optional.empty();
        }
        String name = text.substring(start + 1, close);
        pos = close + 1;
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
            issues.error(locator.at(start), "NARRATIVE_TEMPLATE", "占位符“{" + name + "}”的名称应由英文字母和数字组成，以字母开头");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Template.Placeholder(name, locator.at(start)));
    }

    private static void flush(StringBuilder literal, List<Template.Part> parts) {
        if (literal.length() > 0) {
            parts.add(new Template.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    /** Maps a character offset of a template's text to a place in the file it was read from. */
    interface Locator {
        /** Returns the place of the character at {@code offset}. */
        SourceRef at(int offset);
    }
}
