package org.juesuan.core.issue;

/** Input (a dataset, a workbook) could not be read into a usable value; the issues say where and why. */
public final class UnableToReadInputException extends DisclosureException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception from the issues found. */
    public UnableToReadInputException(String message, Issues issues) {
        super(message, issues);
    }

    /** Creates the exception for an I/O failure. */
    public UnableToReadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
