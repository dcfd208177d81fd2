package org.juesuan.audit.read.text;

import java.util.Map;
import java.util.Set;

/**
 * Turns the LaTeX formulas a converter left in a text into the signs they stand for (公式残留).
 *
 * <p>An inline formula is {@code $…$} or {@code $$…$$}, at most 200 characters, and holds a backslash, a brace,
 * {@code ^} or {@code _} — so that a dollar amount is left alone. The delimiters, braces and spaces go; commands
 * become their sign ({@code $\geq X$} → ≥X, {@code \times} → ×, {@code \leq} → ≤, {@code \%} → %, {@code
 * \frac{a}{b}} → a/b, {@code ^2} → ²); {@code \text{…}} and the like keep their text; an unknown command is kept as
 * written. Each sign is placed where its command starts, each other character where it is. A scan stops at the next
 * {@code $}, so the cost stays linear on any input.
 */
final class Formulas {

    private static final int MAX_FORMULA = 200;

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("geq", "≥"),
            Map.entry("ge", "≥"),
            Map.entry("geqslant", "≥"),
            Map.entry("leq", "≤"),
            Map.entry("le", "≤"),
            Map.entry("leqslant", "≤"),
            Map.entry("times", "×"),
            Map.entry("div", "÷"),
            Map.entry("pm", "±"),
            Map.entry("mp", "∓"),
            Map.entry("neq", "≠"),
            Map.entry("ne", "≠"),
            Map.entry("approx", "≈"),
            Map.entry("sim", "∼"),
            Map.entry("cdot", "·"),
            Map.entry("ldots", "…"),
            Map.entry("cdots", "…"),
            Map.entry("dots", "…"),
            Map.entry("infty", "∞"),
            Map.entry("circ", "°"),
            Map.entry("degree", "°"),
            Map.entry("to", "→"),
            Map.entry("rightarrow", "→"),
            Map.entry("leftarrow", "←"),
            Map.entry("Rightarrow", "⇒"),
            Map.entry("sum", "∑"),
            Map.entry("sqrt", "√"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("triangle", "△"),
            Map.entry("because", "∵"),
            Map.entry("therefore", "∴"),
            Map.entry("alpha", "α"),
            Map.entry("beta", "β"),
            Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"),
            Map.entry("Delta", "Δ"),
            Map.entry("prime", "′"));
    private static final Set<String> SILENT_COMMANDS = Set.of(
            "text",
            "textrm",
            "textbf",
            "textit",
            "mathrm",
            "mathbf",
            "mathit",
            "rm",
            "bf",
            "it",
            "mbox",
            "operatorname",
            "boldsymbol",
            "left",
            "right",
            "big",
            "Big",
            "quad",
            "qquad",
            "displaystyle");

    private Formulas() {}

    /** Reads an inline formula at {@code at}; returns the index after it, or -1 if there is none. */
    static int formula(String s, int at, int to, Spacing out, int line, int col) {
        int open = at + 1 < to && s.charAt(at + 1) == '$' ? 2 : 1;
        int start = at + open;
        int close = -1;
        for (int i = start; i < to && i - start <= MAX_FORMULA; i++) {
            if (s.charAt(i) == '$') {
                close = i;
                break;
            }
        }
        if (close <= start || (open == 2 && (close + 1 >= to || s.charAt(close + 1) != '$'))) {
            return -1;
        }
        if (!isTeX(s, start, close)) {
            return -1;
        }
        translate(s, start, close, out, line, col + s.codePointCount(at, start));
        return close + open;
    }

    private static boolean isTeX(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '^' || c == '_') {
                return true;
            }
        }
        return false;
    }

    private static void translate(String s, int from, int to, Spacing out, int line, int column) {
        int depth = 0;
        int[] fractions = new int[to - from + 1];
        int open = 0;
        int col = column;
        int i = from;
        while (i < to) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '\\') {
                int k = i + 1;
                while (k < to && Artefacts.isAsciiLetter(s.charAt(k))) {
                    k++;
                }
                if (k == i + 1) {
                    if (k < to && "%{}$_&#".indexOf(s.charAt(k)) >= 0) {
                        out.put(s.charAt(k), line, col);
                    }
                    next = Math.min(to, i + 2);
                } else {
                    String command = s.substring(i + 1, k);
                    String symbol = SYMBOLS.get(command);
                    if (symbol != null) {
                        int at = col;
                        symbol.codePoints().forEach(p -> out.put(p, line, at));
                    } else if (command.equals("frac")) {
                        fractions[open++] = depth + 1;
                    } else if (!SILENT_COMMANDS.contains(command)) {
                        for (int j = i; j < k; j++) {
                            out.put(s.charAt(j), line, col + j - i);
                        }
                    }
                    next = k;
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (open > 0 && fractions[open - 1] == depth) {
                    open--;
                    if (next < to && s.charAt(next) == '{') {
                        out.put('/', line, col);
                    }
                }
                depth--;
            } else if (c == '^') {
                char power = next < to ? s.charAt(next) : ' ';
                if (power == '2' || power == '3') {
                    out.put(power == '2' ? '²' : '³', line, col + 1);
                    next++;
                }
            } else if (c != '_' && !Spacing.isSpace(c)) {
                out.put(c, line, col);
            }
            col += s.codePointCount(i, next);
            i = next;
        }
    }
}
