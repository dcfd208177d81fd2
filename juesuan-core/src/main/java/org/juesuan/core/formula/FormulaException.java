package org.juesuan.core.formula;

/**
 * A formula could not be parsed or checked (公式错误): the message is Chinese, the offset points into the formula.
 *
 * <p>Thrown by {@link Parser} and {@link Checker} and caught by the rule loader, which turns it into an issue at
 * {@code file:line:col} with a caret.
 */
public final class FormulaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    /** Creates the exception at an offset of the formula text. */
    public FormulaException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** Returns the offset in the formula text, from 0. */
    public int offset() {
        return offset;
    }
}
