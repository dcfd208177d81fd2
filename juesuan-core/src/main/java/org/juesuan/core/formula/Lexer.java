package org.juesuan.core.formula;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits formula text into tokens (公式词法分析).
 *
 * <p>Numbers may carry a unit suffix, {@code 0.01万元} or {@code 100元}, which makes them amounts. Strings are in
 * double quotes or Chinese quotes ({@code “本年收入合计”}). Identifiers are letters, digits and underscores and may
 * start with a digit only as part of a number.
 *
 * <p>Stateless and thread-safe.
 */
final class Lexer {

    private Lexer() {}

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c)) {
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                    i++;
                    while (i < text.length() && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                String number = text.substring(start, i);
                String unit = "";
                if (text.startsWith("万元", i)) {
                    unit = "万元";
                    i += 2;
                } else if (text.startsWith("元", i)) {
                    unit = "元";
                    i += 1;
                }
                tokens.add(new Token(Token.Kind.NUMBER, number, start, unit));
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.IDENT, text.substring(start, i), start, ""));
                continue;
            }
            if (c == '"' || c == '“') {
                char close = c == '"' ? '"' : '”';
                int end = text.indexOf(close, i + 1);
                if (end < 0) {
                    throw new FormulaException("字符串缺少结束引号", start);
                }
                tokens.add(new Token(Token.Kind.STRING, text.substring(i + 1, end), start, ""));
                i = end + 1;
                continue;
            }
            Token.Kind kind;
            int length = 1;
            switch (c) {
                case '(':
                    kind = Token.Kind.LPAREN;
                    break;
                case ')':
                    kind = Token.Kind.RPAREN;
                    break;
                case '[':
                    kind = Token.Kind.LBRACKET;
                    break;
                case ']':
                    kind = Token.Kind.RBRACKET;
                    break;
                case ',':
                    kind = Token.Kind.COMMA;
                    break;
                case '@':
                    kind = Token.Kind.AT;
                    break;
                case '+':
                    kind = Token.Kind.PLUS;
                    break;
                case '-':
                    kind = Token.Kind.MINUS;
                    break;
                case '*':
                    kind = Token.Kind.STAR;
                    break;
                case '/':
                    kind = Token.Kind.SLASH;
                    break;
                case '.':
                    if (text.startsWith("..", i)) {
                        kind = Token.Kind.RANGE;
                        length = 2;
                    } else {
                        kind = Token.Kind.DOT;
                    }
                    break;
                case '=':
                    if (!text.startsWith("==", i)) {
                        throw new FormulaException("比较相等请写“==”", start);
                    }
                    kind = Token.Kind.EQ;
                    length = 2;
                    break;
                case '!':
                    if (!text.startsWith("!=", i)) {
                        throw new FormulaException("取反请写“not”，不相等请写“!=”", start);
                    }
                    kind = Token.Kind.NE;
                    length = 2;
                    break;
                case '<':
                    kind = text.startsWith("<=", i) ? Token.Kind.LE : Token.Kind.LT;
                    length = kind == Token.Kind.LE ? 2 : 1;
                    break;
                case '>':
                    kind = text.startsWith(">=", i) ? Token.Kind.GE : Token.Kind.GT;
                    length = kind == Token.Kind.GE ? 2 : 1;
                    break;
                default:
                    throw new FormulaException("无法识别的字符“" + c + "”", start);
            }
            tokens.add(new Token(kind, text.substring(i, i + length), start, ""));
            i += length;
        }
        tokens.add(new Token(Token.Kind.END, "", text.length(), ""));
        return tokens;
    }
}
