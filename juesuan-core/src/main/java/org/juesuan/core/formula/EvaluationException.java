package org.juesuan.core.formula;

/** A formula could not be evaluated on the data at hand (计算错误), for example a division by zero. */
public final class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a Chinese message. */
    public EvaluationException(String message) {
        super(message);
    }
}
