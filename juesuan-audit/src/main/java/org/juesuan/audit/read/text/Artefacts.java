package org.juesuan.audit.read.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a conversion left in a text (转换残留): HTML tags and entities and LaTeX formulas, keeping what they
 * meant, then normalises the spaces ({@link Spacing}).
 *
 * <ul>
 *   <li>{@code <input type="checkbox"/>} becomes ☐ and {@code <input checked="" type="checkbox"/>} becomes ☑
 *       (radio buttons ○ and ◉), so the choice a form made survives.
 *   <li>Other tags of HTML's usual vocabulary ({@code <br>}, {@code <p>}, {@code <td>}, {@code <span>}, …) are
 *       removed; block tags leave a space. A tag that the end of a line or cell cut off ({@code </}, {@code <input
 *       checked}) is removed with the rest of the field. A {@code <} that is not followed by a known tag name and
 *       ASCII attributes ({@code A<B 且}) is text.
 *   <li>Entities: {@code &nbsp; &amp; &lt; &gt; &quot; &apos;}, a few typographic names and numeric references.
 *   <li>Inline formulas {@code $…$}: see {@link Formulas}.
 * </ul>
 *
 * <p>Each character produced is placed where its source starts in the file: ☑ at the {@code <} of its tag, ≥ at
 * the backslash of {@code \geq}, X at the X. Every scan stops at the next {@code <}, so the cost stays linear on any
 * input.
 */
final class Artefacts {

    private static final int MAX_TAG = 400;

    private static final Set<String> BLOCK_TAGS = Set.of(
            "br",
            "p",
            "div",
            "tr",
            "td",
            "th",
            "li",
            "ul",
            "ol",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "caption",
            "dd",
            "dt",
            "dl",
            "section",
            "article",
            "blockquote",
            "pre");
    private static final Set<String> INLINE_TAGS = Set.of(
            "input",
            "span",
            "font",
            "b",
            "i",
            "u",
            "s",
            "strong",
            "em",
            "sup",
            "sub",
            "a",
            "img",
            "small",
            "big",
            "center",
            "mark",
            "code",
            "col",
            "colgroup",
            "label",
            "strike",
            "ins",
            "del",
            "html",
            "body",
            "head");
    private static final Pattern CHECKED = Pattern.compile("(?:^|\\s)checked(?:\\s|=|/|$)");
    private static final Pattern TYPE = Pattern.compile("type\\s*=\\s*[\"']?([a-z]+)");

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", " "),
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("ensp", " "),
            Map.entry("emsp", " "),
            Map.entry("thinsp", " "),
            Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"),
            Map.entry("mdash", "—"),
            Map.entry("ndash", "–"),
            Map.entry("hellip", "…"),
            Map.entry("middot", "·"),
            Map.entry("times", "×"),
            Map.entry("divide", "÷"),
            Map.entry("ge", "≥"),
            Map.entry("le", "≤"),
            Map.entry("yen", "¥"));

    private Artefacts() {}

    /**
     * Cleans the characters {@code [from, to)} of a line.
     *
     * @param raw the line as decoded
     * @param line the line number, from 1
     * @param column the column of the character at {@code from}, in code points from 1
     */
    static MappedText clean(String raw, int from, int to, int line, int column) {
        Spacing out = new Spacing(new MappedText.Builder());
        int i = from;
        int col = column;
        while (i < to) {
            int c = raw.codePointAt(i);
            int end = -1;
            if (c == '<') {
                end = tag(raw, i, to, out, line, col);
            } else if (c == '&') {
                end = entity(raw, i, to, out, line, col);
            } else if (c == '$') {
                end = Formulas.formula(raw, i, to, out, line, col);
            }
            if (end > i) {
                col += raw.codePointCount(i, end);
                i = end;
            } else {
                out.put(c, line, col);
                i += Character.charCount(c);
                col++;
            }
        }
        return out.build();
    }

    /** Reads an HTML tag at {@code at}; returns the index after it, or -1 if there is none. */
    private static int tag(String s, int at, int to, Spacing out, int line, int col) {
        int i = at + 1;
        boolean closing = i < to && s.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        while (i < to && i - nameStart <= 12 && isAsciiLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == nameStart) {
            return closing && isBlank(s, i, to) ? to : -1;
        }
        if (!isAsciiLetter(s.charAt(nameStart))) {
            return -1;
        }
        String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
        boolean block = BLOCK_TAGS.contains(name);
        if (!block && !INLINE_TAGS.contains(name)) {
            return -1;
        }
        if (i < to && !(s.charAt(i) == '>' || s.charAt(i) == '/' || Spacing.isSpace(s.charAt(i)))) {
            return -1;
        }
        int attributes = i;
        char quote = 0;
        while (i < to && (quote != 0 || s.charAt(i) != '>')) {
            char c = s.charAt(i);
            if (c == '<' || i - at > MAX_TAG || (quote == 0 && c > 0x7E)) {
                return -1; // not markup: text such as "A<B 且" is left alone
            }
            if (c == '"' || c == '\'') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            }
            i++;
        }
        if (i == to) {
            return to; // cut off by the end of the line or cell: the rest is the tag
        }
        if (name.equals("input") && !closing) {
            String marks = s.substring(attributes, i).toLowerCase(Locale.ROOT);
            var type = TYPE.matcher(marks);
            String kind = type.find() ? type.group(1) : "";
            boolean checked = CHECKED.matcher(marks).find();
            if (kind.equals("checkbox")) {
                out.put(checked ? '☑' : '☐', line, col);
            } else if (kind.equals("radio")) {
                out.put(checked ? '◉' : '○', line, col);
            }
        } else if (block) {
            out.put(' ', line, col);
        }
        return i + 1;
    }

    /** Reads an HTML entity at {@code at}; returns the index after it, or -1 if there is none. */
    private static int entity(String s, int at, int to, Spacing out, int line, int col) {
        int semicolon = -1;
        for (int i = at + 1; i < to && i <= at + 10; i++) {
            if (s.charAt(i) == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < at + 2) {
            return -1;
        }
        String name = s.substring(at + 1, semicolon);
        String value = ENTITIES.get(name);
        if (value != null) {
            value.codePoints().forEach(c -> out.put(c, line, col));
            return semicolon + 1;
        }
        if (name.charAt(0) != '#' || name.length() < 2) {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty()) {
            return -1;
        }
        int code = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), hex ? 16 : 10);
            if (d < 0) {
                return -1;
            }
            code = code * (hex ? 16 : 10) + d;
        }
        if (code <= 0 || code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
            return -1;
        }
        out.put(code, line, col);
        return semicolon + 1;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Spacing.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
