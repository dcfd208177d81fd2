package org.juesuan.core.formula;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.money.Amount;

/**
 * A node of a parsed formula (公式语法树). Every node keeps the offset of its first character in the formula text.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Expr
        permits Expr.NumberLiteral,
                Expr.AmountLiteral,
                Expr.BooleanLiteral,
                Expr.StringLiteral,
                Expr.CellRef,
                Expr.NameRef,
                Expr.Unary,
                Expr.Binary,
                Expr.Call {

    /** Returns the offset of the node in the formula text. */
    int offset();

    /** A plain number, e.g. {@code 100} or {@code 0.5}. */
    record NumberLiteral(BigDecimal value, int offset) implements Expr {}

    /** An amount written with its unit, e.g. {@code 0.01万元}; held in yuan. */
    record AmountLiteral(Amount value, int offset) implements Expr {}

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value, int offset) implements Expr {}

    /** A quoted text, only meaningful as a row label. */
    record StringLiteral(String value, int offset) implements Expr {}

    /**
     * A cell or a list of cells of a table: {@code T05[2010301].basic}, {@code T01[I1..I8]}, {@code T02[row].col},
     * {@code T05[@top].C1}.
     *
     * @param table the table id
     * @param row which rows
     * @param column which column, or null for the row's single value column
     * @param offset the offset
     */
    record CellRef(String table, RowSelector row, @Nullable ColumnSelector column, int offset) implements Expr {
        /** Creates a cell reference. */
        public CellRef {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(row, "row");
        }
    }

    /**
     * A named value outside the tables: {@code fact.operatingCost.actual}, {@code claim.totalChangeRate},
     * {@code data.annualBudget}.
     *
     * @param namespace {@code fact}, {@code claim} or {@code data}
     * @param path the dotted name within the namespace
     * @param offset the offset
     */
    record NameRef(String namespace, String path, int offset) implements Expr {}

    /** A unary operation. */
    record Unary(UnaryOp op, Expr operand, int offset) implements Expr {}

    /** A binary operation. */
    record Binary(BinaryOp op, Expr left, Expr right, int offset) implements Expr {}

    /** A call of one of the fixed functions. */
    record Call(String function, List<Expr> arguments, int offset) implements Expr {
        /** Creates a call. */
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** Unary operators. */
    enum UnaryOp {
        NEGATE("-"),
        NOT("not");

        private final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }

        /** Returns the symbol as written. */
        public String symbol() {
            return symbol;
        }
    }

    /** Binary operators, in the language's precedence groups. */
    enum BinaryOp {
        OR("or"),
        AND("and"),
        EQ("=="),
        NE("!="),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">="),
        ADD("+"),
        SUBTRACT("-"),
        MULTIPLY("*"),
        DIVIDE("/");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        /** Returns the symbol as written. */
        public String symbol() {
            return symbol;
        }
    }

    /** Which rows a cell reference means. */
    sealed interface RowSelector
            permits RowSelector.Current,
                    RowSelector.Id,
                    RowSelector.Label,
                    RowSelector.Range,
                    RowSelector.Top,
                    RowSelector.Children {

        /** {@code row}: the row a rule iterates over. */
        record Current() implements RowSelector {}

        /** A row id or code: {@code I27}, {@code total}, {@code 2010301}. */
        record Id(String id) implements RowSelector {}

        /** A row label: {@code "本年收入合计"}. */
        record Label(String label) implements RowSelector {}

        /** The rows from one id to another, inclusive, in table order: {@code I1..I8}. */
        record Range(String from, String to) implements RowSelector {}

        /** {@code @top}: the top-level rows of the body (类 rows, class lines, economic heads). */
        record Top() implements RowSelector {}

        /** {@code @children}: the direct children of the current row (款 of a 类, items of a head). */
        record Children() implements RowSelector {}
    }

    /** Which column a cell reference means. */
    sealed interface ColumnSelector permits ColumnSelector.Current, ColumnSelector.Id, ColumnSelector.Number {

        /** {@code col}: the column a rule iterates over. */
        record Current() implements ColumnSelector {}

        /** A column id: {@code basic}. */
        record Id(String id) implements ColumnSelector {}

        /** A 栏次: {@code C1}. */
        record Number(int number) implements ColumnSelector {}
    }
}
