package org.juesuan.core.issue;

/** A shipped or user-supplied definition (catalog, profile, table layout) is broken; the issues locate each fault. */
public final class DefinitionException extends DisclosureException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception from the issues found. */
    public DefinitionException(String message, Issues issues) {
        super(message, issues);
    }

    /** Creates the exception for an I/O failure. */
    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
