package org.juesuan.core.formula;

import java.util.Objects;

/**
 * A token of the formula language (公式记号), with its offset in the formula text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind
 * @param text the text as written (for numbers, the digits without a unit suffix)
 * @param offset the offset of the first character, from 0
 * @param unit for amount literals, the unit suffix ({@code 元} or {@code 万元}); empty otherwise
 */
record Token(Kind kind, String text, int offset, String unit) {

    /** Token kinds. */
    enum Kind {
        NUMBER,
        STRING,
        IDENT,
        LPAREN,
        RPAREN,
        LBRACKET,
        RBRACKET,
        COMMA,
        DOT,
        RANGE,
        AT,
        PLUS,
        MINUS,
        STAR,
        SLASH,
        EQ,
        NE,
        LT,
        LE,
        GT,
        GE,
        END
    }

    Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
    }

    /** Returns a readable form for messages. */
    String describe() {
        return kind == Kind.END ? "公式结尾" : "“" + text + unit + "”";
    }
}
