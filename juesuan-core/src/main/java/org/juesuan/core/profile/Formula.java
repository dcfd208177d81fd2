package org.juesuan.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sum of signed references, the only arithmetic a table definition needs: {@code I27 + I28 + I29},
 * {@code basic + project}, {@code body} (the top-level rows of the section's body).
 *
 * <p>Grammar: {@code formula = term { ("+" | "-") term } ; term = identifier ;} where an identifier is letters,
 * digits and underscores. Rule checks use a richer language; derivation needs no more than this.
 *
 * <p>Immutable and thread-safe.
 *
 * @param terms the terms, in order
 */
public record Formula(List<Term> terms) {

    /** The reference that stands for the top-level rows of the section's body. */
    public static final String BODY = "body";

    /** Creates a formula. */
    public Formula {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("empty formula");
        }
    }

    /**
     * A signed reference.
     *
     * @param negative whether the term is subtracted
     * @param ref the row or column id, or {@link #BODY}
     */
    public record Term(boolean negative, String ref) {
        /** Creates a term. */
        public Term {
            Objects.requireNonNull(ref, "ref");
        }
    }

    /**
     * Parses a formula.
     *
     * @return the formula, or empty if the text is not one
     */
    public static Optional<Formula> parse(String text) {
        List<Term> terms = new ArrayList<>();
        String s = text.strip();
        boolean negative = false;
        int i = 0;
        boolean expectTerm = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (expectTerm) {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                if (start == i) {
                    return Optional.empty();
                }
                terms.add(new Term(negative, s.substring(start, i)));
                expectTerm = false;
            } else if (c == '+' || c == '-') {
                negative = c == '-';
                expectTerm = true;
                i++;
            } else {
                return Optional.empty();
            }
        }
        return expectTerm || terms.isEmpty() ? Optional.empty() : Optional.of(new Formula(terms));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Term term : terms) {
            if (text.length() > 0 || term.negative()) {
                text.append(term.negative() ? " - " : " + ");
            }
            text.append(term.ref());
        }
        return text.toString().strip();
    }
}
