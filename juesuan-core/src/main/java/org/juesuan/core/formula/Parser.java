package org.juesuan.core.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;

/**
 * Parses formula text into an {@link Expr} (公式语法分析), by recursive descent, one method per production:
 *
 * <pre>
 * formula        = expression END ;
 * expression     = disjunction ;
 * disjunction    = conjunction { "or" conjunction } ;
 * conjunction    = negation { "and" negation } ;
 * negation       = "not" negation | comparison ;
 * comparison     = additive [ ( "==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) additive ] ;
 * additive       = multiplicative { ( "+" | "-" ) multiplicative } ;
 * multiplicative = unary { ( "*" | "/" ) unary } ;
 * unary          = "-" unary | primary ;
 * primary        = number [ "元" | "万元" ] | "true" | "false" | call | cellRef | nameRef | "(" expression ")" ;
 * call           = identifier "(" [ expression { "," expression } ] ")" ;
 * cellRef        = identifier "[" rowSelector "]" [ "." columnSelector ] ;
 * rowSelector    = "row" | "@top" | "@children" | key [ ".." key ] | string ;
 * key            = identifier | number ;
 * columnSelector = "col" | "C" digits | identifier ;
 * nameRef        = ( "fact" | "claim" | "data" ) "." identifier { "." identifier } ;
 * </pre>
 *
 * <p>The language has no loops, no assignments and no user functions; rules iterate over rows and columns
 * declaratively, outside the formula. Nesting deeper than {@value #MAX_DEPTH}, chains of more than
 * {@value #MAX_TERMS} operands and calls with more than {@value #MAX_ARGUMENTS} arguments are refused, so neither
 * parsing, checking nor evaluating a formula can exhaust the stack.
 *
 * <p>Not thread-safe; use one parser per formula ({@link #parse(String)} does).
 */
public final class Parser {

    /** The deepest nesting allowed. */
    public static final int MAX_DEPTH = 48;

    /** The most arguments a call may have. */
    public static final int MAX_ARGUMENTS = 64;

    /** The most operands one chain of the same precedence may have ({@code a + b + …}, {@code a and b and …}). */
    public static final int MAX_TERMS = 200;

    private static final Set<String> NAMESPACES = Set.of("fact", "claim", "data");

    private final List<Token> tokens;
    private int position;
    private int depth;

    private Parser(String text) {
        this.tokens = Lexer.tokens(text);
    }

    /**
     * Parses a formula.
     *
     * @throws FormulaException with a Chinese message and the offset of the problem
     */
    public static Expr parse(String text) {
        return new Parser(text).formula();
    }

    private Expr formula() {
        Expr expression = expression();
        if (peek().kind() != Token.Kind.END) {
            throw error("多余的" + peek().describe() + "（缺少运算符，或括号不配对）", peek());
        }
        return expression;
    }

    private Expr expression() {
        if (++depth > MAX_DEPTH) {
            throw error("公式嵌套超过 " + MAX_DEPTH + " 层", peek());
        }
        try {
            return disjunction();
        } finally {
            depth--;
        }
    }

    private Expr disjunction() {
        Expr left = conjunction();
        int terms = 1;
        while (isWord("or")) {
            chain(++terms);
            Token op = next();
            left = new Expr.Binary(Expr.BinaryOp.OR, left, conjunction(), op.offset());
        }
        return left;
    }

    private Expr conjunction() {
        Expr left = negation();
        int terms = 1;
        while (isWord("and")) {
            chain(++terms);
            Token op = next();
            left = new Expr.Binary(Expr.BinaryOp.AND, left, negation(), op.offset());
        }
        return left;
    }

    private Expr negation() {
        if (isWord("not")) {
            Token op = next();
            nest(op);
            try {
                return new Expr.Unary(Expr.UnaryOp.NOT, negation(), op.offset());
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Expr.BinaryOp op = comparisonOperator(peek().kind());
        if (op != null) {
            Token token = next();
            Expr right = additive();
            if (comparisonOperator(peek().kind()) != null) {
                throw error("比较不能连写，请用 and 连接两个比较", peek());
            }
            return new Expr.Binary(op, left, right, token.offset());
        }
        return left;
    }

    private static Expr.BinaryOp comparisonOperator(Token.Kind kind) {
        switch (kind) {
            case EQ:
                return Expr.BinaryOp.EQ;
            case NE:
                return Expr.BinaryOp.NE;
            case LT:
                return Expr.BinaryOp.LT;
            case LE:
                return Expr.BinaryOp.LE;
            case GT:
                return Expr.BinaryOp.GT;
            case GE:
                return Expr.BinaryOp.GE;
            default:
                return null;
        }
    }

    private Expr additive() {
        Expr left = multiplicative();
        int terms = 1;
        while (peek().kind() == Token.Kind.PLUS || peek().kind() == Token.Kind.MINUS) {
            chain(++terms);
            Token op = next();
            Expr.BinaryOp binary = op.kind() == Token.Kind.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUBTRACT;
            left = new Expr.Binary(binary, left, multiplicative(), op.offset());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        int terms = 1;
        while (peek().kind() == Token.Kind.STAR || peek().kind() == Token.Kind.SLASH) {
            chain(++terms);
            Token op = next();
            Expr.BinaryOp binary = op.kind() == Token.Kind.STAR ? Expr.BinaryOp.MULTIPLY : Expr.BinaryOp.DIVIDE;
            left = new Expr.Binary(binary, left, unary(), op.offset());
        }
        return left;
    }

    private Expr unary() {
        if (peek().kind() == Token.Kind.MINUS) {
            Token op = next();
            nest(op);
            try {
                return new Expr.Unary(Expr.UnaryOp.NEGATE, unary(), op.offset());
            } finally {
                depth--;
            }
        }
        return primary();
    }

    private Expr primary() {
        Token token = peek();
        switch (token.kind()) {
            case NUMBER:
                next();
                BigDecimal value = new BigDecimal(token.text());
                if (token.unit().isEmpty()) {
                    return new Expr.NumberLiteral(value, token.offset());
                }
                AmountUnit unit = token.unit().equals("万元") ? AmountUnit.WAN_YUAN : AmountUnit.YUAN;
                try {
                    return new Expr.AmountLiteral(Amount.parse(token.text(), unit), token.offset());
                } catch (IllegalArgumentException e) {
                    throw error(e.getMessage(), token);
                }
            case STRING:
                next();
                return new Expr.StringLiteral(token.text(), token.offset());
            case LPAREN:
                next();
                Expr inner = expression();
                expect(Token.Kind.RPAREN, "缺少右括号“)”");
                return inner;
            case IDENT:
                return identifierStart();
            case END:
                throw error("公式不完整，缺少运算对象", token);
            default:
                throw error("此处不应出现" + token.describe(), token);
        }
    }

    private Expr identifierStart() {
        Token name = next();
        if (name.text().equals("true") || name.text().equals("false")) {
            return new Expr.BooleanLiteral(name.text().equals("true"), name.offset());
        }
        if (peek().kind() == Token.Kind.LPAREN) {
            return call(name);
        }
        if (peek().kind() == Token.Kind.LBRACKET) {
            return cellRef(name);
        }
        if (NAMESPACES.contains(name.text()) && peek().kind() == Token.Kind.DOT) {
            return nameRef(name);
        }
        throw error("无法识别的“" + name.text() + "”：应为表格单元格（如 T05[total].C1）、函数调用或 fact./claim./data. 名称", name);
    }

    private Expr call(Token name) {
        expect(Token.Kind.LPAREN, "缺少左括号“(”");
        List<Expr> arguments = new ArrayList<>();
        if (peek().kind() != Token.Kind.RPAREN) {
            arguments.add(expression());
            while (peek().kind() == Token.Kind.COMMA) {
                next();
                arguments.add(expression());
                if (arguments.size() > MAX_ARGUMENTS) {
                    throw error("函数参数超过 " + MAX_ARGUMENTS + " 个", peek());
                }
            }
        }
        expect(Token.Kind.RPAREN, "函数 " + name.text() + " 缺少右括号“)”");
        return new Expr.Call(name.text(), arguments, name.offset());
    }

    private Expr cellRef(Token table) {
        expect(Token.Kind.LBRACKET, "缺少“[”");
        Expr.RowSelector row = rowSelector();
        expect(Token.Kind.RBRACKET, "行选择缺少右方括号“]”");
        Expr.ColumnSelector column = null;
        if (peek().kind() == Token.Kind.DOT) {
            next();
            column = columnSelector();
        }
        return new Expr.CellRef(table.text(), row, column, table.offset());
    }

    private Expr.RowSelector rowSelector() {
        Token token = peek();
        if (token.kind() == Token.Kind.AT) {
            next();
            Token word = expect(Token.Kind.IDENT, "“@”后应为 top 或 children");
            if (word.text().equals("top")) {
                return new Expr.RowSelector.Top();
            }
            if (word.text().equals("children")) {
                return new Expr.RowSelector.Children();
            }
            throw error("“@”后应为 top 或 children", word);
        }
        if (token.kind() == Token.Kind.STRING) {
            next();
            return new Expr.RowSelector.Label(token.text());
        }
        if (token.kind() == Token.Kind.IDENT && token.text().equals("row")) {
            next();
            return new Expr.RowSelector.Current();
        }
        String from = key();
        if (peek().kind() == Token.Kind.RANGE) {
            next();
            return new Expr.RowSelector.Range(from, key());
        }
        return new Expr.RowSelector.Id(from);
    }

    private String key() {
        Token token = peek();
        if (token.kind() == Token.Kind.IDENT
                || token.kind() == Token.Kind.NUMBER && token.unit().isEmpty()) {
            next();
            return token.text();
        }
        throw error("应为行标识、科目编码、行名称或 row", token);
    }

    private Expr.ColumnSelector columnSelector() {
        Token token = expect(Token.Kind.IDENT, "“.”后应为列标识、栏次（如 C1）或 col");
        if (token.text().equals("col")) {
            return new Expr.ColumnSelector.Current();
        }
        if (token.text().matches("C\\d{1,3}")) {
            return new Expr.ColumnSelector.Number(Integer.parseInt(token.text().substring(1)));
        }
        return new Expr.ColumnSelector.Id(token.text());
    }

    private Expr nameRef(Token namespace) {
        StringBuilder path = new StringBuilder();
        while (peek().kind() == Token.Kind.DOT) {
            next();
            Token part = expect(Token.Kind.IDENT, "“.”后应为名称");
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(part.text());
        }
        return new Expr.NameRef(namespace.text(), path.toString(), namespace.offset());
    }

    private void chain(int terms) {
        if (terms > MAX_TERMS) {
            throw error("同一层运算项超过 " + MAX_TERMS + " 个，请用 sum() 或拆分规则", peek());
        }
    }

    private void nest(Token at) {
        if (++depth > MAX_DEPTH) {
            throw error("公式嵌套超过 " + MAX_DEPTH + " 层", at);
        }
    }

    private boolean isWord(String word) {
        return peek().kind() == Token.Kind.IDENT && peek().text().equals(word);
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        return tokens.get(position++);
    }

    private Token expect(Token.Kind kind, String message) {
        if (peek().kind() != kind) {
            throw error(message + "，实为" + peek().describe(), peek());
        }
        return next();
    }

    private static FormulaException error(String message, Token at) {
        return new FormulaException(message, at.offset());
    }
}
