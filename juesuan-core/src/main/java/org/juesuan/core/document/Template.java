package org.juesuan.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.source.SourceRef;

/**
 * A line of document text with placeholders (文字模板) such as {@code {unit}{year}年度部门决算公开}, read from a
 * document definition and checked when it is loaded: every placeholder must be one the place it is used in offers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the text as written
 * @param names the placeholders it uses, in order of appearance
 * @param source where it is written
 */
record Template(String text, List<String> names, SourceRef source) {

    Template {
        Objects.requireNonNull(text, "text");
        names = List.copyOf(names);
        Objects.requireNonNull(source, "source");
    }

    /** Returns a template without placeholders, for text made in code. */
    static Template literal(String text) {
        return new Template(text, List.of(), SourceRef.NONE);
    }

    /**
     * Parses a template, reporting a stray brace or a placeholder that is not allowed at the template's position.
     *
     * @param text the text
     * @param source where the text is written
     * @param allowed the placeholders the text may use
     * @param issues where problems go
     * @param code the issue code prefix
     */
    static Optional<Template> parse(String text, SourceRef source, Set<String> allowed, Issues issues, String code) {
        List<String> names = new ArrayList<>();
        boolean ok = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                issues.error(source, code + "_TEMPLATE", "“" + text + "”中有多余的“}”");
                ok = false;
                i++;
            } else if (c == '{') {
                int end = text.indexOf('}', i + 1);
                int nested = text.indexOf('{', i + 1);
                if (end < 0 || (nested >= 0 && nested < end)) {
                    issues.error(source, code + "_TEMPLATE", "“" + text + "”中的“{”没有对应的“}”");
                    ok = false;
                    i++;
                    continue;
                }
                String name = text.substring(i + 1, end);
                if (!allowed.contains(name)) {
                    issues.error(
                            source, code + "_UNKNOWN_PLACEHOLDER", "未知占位符“{" + name + "}”（此处可用：" + list(allowed) + "）");
                    ok = false;
                } else {
                    names.add(name);
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return ok ? Optional.of(new Template(text, names, source)) : Optional.empty();
    }

    private static String list(Set<String> allowed) {
        if (allowed.isEmpty()) {
            return "无";
        }
        List<String> sorted = new ArrayList<>();
        for (String name : allowed) {
            sorted.add("{" + name + "}");
        }
        sorted.sort(null);
        return String.join(" ", sorted);
    }

    /** Returns whether the template uses a placeholder. */
    boolean uses(String name) {
        return names.contains(name);
    }

    /**
     * Returns the text with every placeholder replaced.
     *
     * @throws IllegalStateException if a value is missing (the loader admitted a placeholder the builder does not
     *     supply)
     */
    String fill(Map<String, String> values) {
        if (names.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int end = text.indexOf('}', i + 1);
                String name = text.substring(i + 1, end);
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalStateException("no value for {" + name + "} in " + text);
                }
                out.append(value);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
