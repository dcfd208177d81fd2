package org.juesuan.app.publish;

import java.util.Objects;
import org.juesuan.core.rule.Findings;

/** Validation found errors, so publishable output was refused (校验未通过); the findings say what and where. */
public final class ValidationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Findings findings;

    /** Creates the exception. */
    public ValidationFailedException(String message, Findings findings) {
        super(message);
        this.findings = Objects.requireNonNull(findings, "findings");
    }

    /** Returns the findings. */
    public Findings findings() {
        return findings;
    }
}
