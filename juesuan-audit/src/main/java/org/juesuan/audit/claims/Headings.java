package org.juesuan.audit.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How headings are recognised (标题识别): their numbering gives the level — 第一部分 0, 一、 1, （一） 2, 1. 3, （1） 4 —
 * and their name, without numbering, spaces, bracket and colon variants or a closing full stop, is what a profile's
 * {@code claims.yaml} names a section by.
 *
 * <p>Stateless and thread-safe.
 */
final class Headings {

    /** The level of a part heading (第三部分 …). */
    static final int PART = 0;

    private static final String CHINESE = "[一二三四五六七八九十百零〇]+";
    private static final Pattern[] LEVELS = {
        Pattern.compile("^第" + CHINESE + "部分(.*)$"),
        Pattern.compile("^" + CHINESE + "[、.．](.*)$"),
        Pattern.compile("^[（(]" + CHINESE + "[）)][、.．]?(.*)$"),
        Pattern.compile("^\\d{1,2}[.．、](?!\\d)(.*)$"),
        Pattern.compile("^[（(]\\d{1,2}[）)](.*)$")
    };
    private static final int LONGEST = 40;
    private static final int LONGEST_PART = 80;

    private Headings() {}

    /**
     * A numbered line.
     *
     * @param level its level, from {@link #PART}
     * @param name its name, normalised
     */
    record Numbered(int level, String name) {}

    /** Returns the level and name of a compact text that starts with a numbering, if it does. */
    static Optional<Numbered> numbering(String compact) {
        for (int level = 0; level < LEVELS.length; level++) {
            Matcher m = LEVELS[level].matcher(compact);
            if (m.matches()) {
                return Optional.of(new Numbered(level, name(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the heading a paragraph's compact text is, if it is one: numbered, short, with no clause inside (no
     * comma, semicolon or full stop but a closing one) and no figure in 万元 or %.
     */
    static Optional<Numbered> heading(String compact) {
        Optional<Numbered> numbered = numbering(compact);
        if (numbered.isEmpty()) {
            return Optional.empty();
        }
        Numbered n = numbered.get();
        if (n.level() == PART) {
            return n.name().length() <= LONGEST_PART ? numbered : Optional.empty();
        }
        String name = n.name();
        boolean clause = name.matches(".*[，,；;。].*") || name.contains("万元") || name.contains("%") || name.contains("％");
        return !clause && !name.isEmpty() && name.length() <= LONGEST ? numbered : Optional.empty();
    }

    /**
     * Returns a heading's name as compared: spaces, a leading numbering and trailing full stops or colons removed,
     * full-width brackets, colons and quotation marks made one form.
     */
    static String name(String text) {
        StringBuilder name = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            switch (c) {
                case '（':
                    name.append('(');
                    break;
                case '）':
                    name.append(')');
                    break;
                case '：':
                    name.append(':');
                    break;
                case '“':
                case '”':
                case '＂':
                    name.append('"');
                    break;
                default:
                    name.append(c);
            }
        }
        int end = name.length();
        while (end > 0 && "。.:，,；;".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }

    /** Returns the name a section heading of {@code claims.yaml} is known by: its numbering removed, normalised. */
    static String sectionName(String heading) {
        String compact = name(heading);
        return numbering(compact).map(Numbered::name).orElse(compact);
    }
}
