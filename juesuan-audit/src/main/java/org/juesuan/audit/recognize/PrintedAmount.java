package org.juesuan.audit.recognize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;

/**
 * An amount as a table prints it (表中金额): blank, a dash meaning nothing, or a number — with thousands separators,
 * full-width digits, a minus sign or accounting brackets — in the table's unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the cell holds
 * @param amount the amount, for {@link Kind#NUMBER}
 */
public record PrintedAmount(Kind kind, Amount amount) {

    /** What a printed amount cell holds. */
    public enum Kind {
        /** Nothing printed. */
        BLANK,
        /** A dash or a slash: nothing to report. */
        DASH,
        /** A number. */
        NUMBER,
        /** Text that is not an amount. */
        NOT_AN_AMOUNT
    }

    private static final Pattern NUMBER =
            Pattern.compile("^([-−–]?)\\(?([-−]?)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\)?$");

    /** Reads a printed cell; the amount is in {@code unit}. */
    public static PrintedAmount read(String text, AmountUnit unit) {
        String compact = fold(Labels.compact(text));
        if (compact.isEmpty()) {
            return new PrintedAmount(Kind.BLANK, Amount.ZERO);
        }
        if (compact.matches("[-−–—－/／]+|—+")) {
            return new PrintedAmount(Kind.DASH, Amount.ZERO);
        }
        Matcher m = NUMBER.matcher(compact);
        if (!m.matches()) {
            return new PrintedAmount(Kind.NOT_AN_AMOUNT, Amount.ZERO);
        }
        boolean brackets = compact.startsWith("(") && compact.endsWith(")");
        boolean negative = !m.group(1).isEmpty() || !m.group(2).isEmpty() || brackets;
        if ((compact.startsWith("(") || compact.endsWith(")")) && !brackets) {
            return new PrintedAmount(Kind.NOT_AN_AMOUNT, Amount.ZERO);
        }
        String digits = m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4));
        try {
            Amount amount = Amount.parse((negative ? "-" : "") + digits, unit);
            return new PrintedAmount(Kind.NUMBER, amount);
        } catch (IllegalArgumentException e) {
            return new PrintedAmount(Kind.NOT_AN_AMOUNT, Amount.ZERO);
        }
    }

    /** Returns the amount, if a number is printed. */
    public Optional<Amount> value() {
        return kind == Kind.NUMBER ? Optional.of(amount) : Optional.empty();
    }

    /** Folds full-width digits, comma, point and brackets to ASCII. */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '，') {
                out.append(',');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '（') {
                out.append('(');
            } else if (c == '）') {
                out.append(')');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
