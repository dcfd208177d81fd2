package org.juesuan.audit.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The texts of a self-evaluation form as printed (自评表文字): labels and values broken by the layout (产出 指标, 20
 * 次), goal labels with their points (年度目标 1: (40分)), scores with 分, and check boxes (☑, □, an HTML check box).
 *
 * <p>Stateless and thread-safe.
 */
final class FormText {

    /** A goal label: 年度目标1, 年度绩效目标 1 (10分), 年度目标 2: (40分), 年度总体目标. */
    private static final Pattern GOAL = Pattern.compile(
            "^(?<title>[^()（）:：]{0,20}?目标[0-9０-９一二三四五六七八九十]*)[:：]?(?:[（(](?<points>[^()（）]*)[)）])?[:：]?$");

    private static final Pattern SCORE = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)分?$");
    private static final Pattern DASH = Pattern.compile("^[-−–—－/／\\\\]+$");
    private static final Pattern HTML_BOX = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTION_NUMBER =
            Pattern.compile("(?:^|(?<=[\\s\\u3000☑☐■□√✓✔☒▣◻○●]))[0-9０-９]+[、.．](?![0-9])");
    private static final String CHECKED = "☑✓✔√■☒▣●";
    private static final String UNCHECKED = "☐□◻○";

    private FormText() {}

    /**
     * Returns the text with the white space the layout put in removed: a run of white space is dropped unless it
     * stands between two ASCII letters or digits, where it becomes one space.
     */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            if (out.length() > 0
                    && end < text.length()
                    && isAsciiWord(out.charAt(out.length() - 1))
                    && isAsciiWord(text.charAt(end))) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Returns the text with full-width digits, point and brackets made ASCII. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A goal label read (目标标签).
     *
     * @param title the goal's title without spaces, colon and points, e.g. 年度目标1
     * @param points the text inside the brackets, e.g. 40分, or null if none is printed
     */
    record GoalLabel(String title, @Nullable String points) {}

    /** Reads a goal label, if the text is one. */
    static Optional<GoalLabel> goal(String text) {
        Matcher m = GOAL.matcher(tidy(text));
        if (!m.matches() || m.group("title").contains("指标")) {
            return Optional.empty();
        }
        return Optional.of(new GoalLabel(fold(m.group("title")), m.group("points")));
    }

    /** What a score or points cell holds. */
    enum ScoreKind {
        /** Nothing printed, or a dash. */
        NONE,
        /** A number. */
        NUMBER,
        /** Text that is not a number. */
        NOT_A_NUMBER
    }

    /**
     * A printed score read (所印得分).
     *
     * @param kind what the cell holds
     * @param value the number, for {@link ScoreKind#NUMBER}
     */
    record Score(ScoreKind kind, @Nullable BigDecimal value) {}

    /** Reads a printed score such as 40, 30分, 20 分, 95.5. */
    static Score score(String text) {
        String tidy = fold(tidy(text));
        if (tidy.isEmpty() || DASH.matcher(tidy).matches()) {
            return new Score(ScoreKind.NONE, null);
        }
        Matcher m = SCORE.matcher(tidy);
        return m.matches()
                ? new Score(ScoreKind.NUMBER, new BigDecimal(m.group(1)))
                : new Score(ScoreKind.NOT_A_NUMBER, null);
    }

    /**
     * Check boxes read (勾选项): the options printed and those ticked.
     *
     * @param options the options' names, in order
     * @param chosen the names of the ticked options, in order
     */
    record Choice(List<String> options, List<String> chosen) {}

    /**
     * Reads a row of check boxes — 1、部门预算项目☑ 2、区级专项☐, ☑部门预算项目 ☐区级专项, or HTML check boxes — if the text
     * has any.
     */
    static Optional<Choice> choice(String text) {
        Matcher html = HTML_BOX.matcher(text);
        StringBuilder marked = new StringBuilder();
        while (html.find()) {
            html.appendReplacement(
                    marked, html.group().toLowerCase(java.util.Locale.ROOT).contains("checked") ? "☑" : "☐");
        }
        html.appendTail(marked);
        String boxes = marked.toString();
        if (!hasMark(boxes)) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        Matcher number = OPTION_NUMBER.matcher(boxes);
        List<int[]> numbers = new ArrayList<>();
        while (number.find()) {
            numbers.add(new int[] {number.start(), number.end()});
        }
        if (numbers.size() >= 2) {
            // numbered options: 1、… 2、… each with its box, before or after the name
            if (!tidy(boxes.substring(0, numbers.get(0)[0])).isEmpty()) {
                segments.add(boxes.substring(0, numbers.get(0)[0]));
            }
            for (int i = 0; i < numbers.size(); i++) {
                int end = i + 1 < numbers.size() ? numbers.get(i + 1)[0] : boxes.length();
                segments.add(boxes.substring(numbers.get(i)[1], end));
            }
        } else {
            segments.addAll(unnumbered(boxes));
        }
        List<String> options = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        for (String segment : segments) {
            String name = tidy(withoutMarks(segment));
            if (name.isEmpty()) {
                continue;
            }
            options.add(name);
            if (hasAny(segment, CHECKED)) {
                chosen.add(name);
            }
        }
        return Optional.of(new Choice(options, chosen));
    }

    /** Cuts unnumbered options at their boxes: a box belongs to the name after it if the text starts with a box. */
    private static List<String> unnumbered(String text) {
        String stripped = tidy(text);
        boolean before = !stripped.isEmpty() && isMark(stripped.charAt(0));
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c)) {
                if (before) {
                    segments.add(current.toString());
                    current = new StringBuilder().append(c);
                } else {
                    current.append(c);
                    segments.add(current.toString());
                    current = new StringBuilder();
                }
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }

    private static String withoutMarks(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!isMark(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean hasMark(String text) {
        return hasAny(text, CHECKED) || hasAny(text, UNCHECKED);
    }

    private static boolean isMark(char c) {
        return CHECKED.indexOf(c) >= 0 || UNCHECKED.indexOf(c) >= 0;
    }

    private static boolean hasAny(String text, String marks) {
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
