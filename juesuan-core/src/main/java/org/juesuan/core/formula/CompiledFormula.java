package org.juesuan.core.formula;

import java.util.Objects;

/**
 * A checked formula ready to evaluate (已编译公式): every reference resolved, every operation typed.
 *
 * <p>Compiled once when rules are loaded and evaluated many times, once per unit and per row or column a rule
 * iterates over. Immutable and thread-safe; the {@link Environment} carries the per-evaluation state.
 */
public final class CompiledFormula {

    /** A node of the compiled tree. */
    interface Node {
        Value eval(Environment environment);
    }

    private final String text;
    private final Expr expr;
    private final Type type;
    private final Node root;

    CompiledFormula(String text, Expr expr, Type type, Node root) {
        this.text = Objects.requireNonNull(text, "text");
        this.expr = Objects.requireNonNull(expr, "expr");
        this.type = Objects.requireNonNull(type, "type");
        this.root = Objects.requireNonNull(root, "root");
    }

    /** Returns the formula as written. */
    public String text() {
        return text;
    }

    /** Returns the syntax tree. */
    public Expr expr() {
        return expr;
    }

    /** Returns the type of the result. */
    public Type type() {
        return type;
    }

    /**
     * Evaluates the formula.
     *
     * @throws EvaluationException if the data make it impossible (a division by zero)
     */
    public Value evaluate(Environment environment) {
        return root.eval(environment);
    }

    @Override
    public String toString() {
        return text;
    }
}
