package org.juesuan.core.issue;

/**
 * The root of the exceptions for unusable input or environment (a corrupt file, a missing definition).
 *
 * <p>Problems in user data are {@link Issue}s, not exceptions; this family is for the cases where nothing sensible
 * can be produced. The message always names the place.
 */
public abstract class DisclosureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Issues issues;

    /** Creates an exception with a message and the issues behind it. */
    protected DisclosureException(String message, Issues issues) {
        super(message);
        this.issues = issues;
    }

    /** Creates an exception with a message and a cause. */
    protected DisclosureException(String message, Throwable cause) {
        super(message, cause);
        this.issues = Issues.create();
    }

    /** Returns the issues that explain the failure; may be empty. */
    public Issues issues() {
        return issues;
    }
}
