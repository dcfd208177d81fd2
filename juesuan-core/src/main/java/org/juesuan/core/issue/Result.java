package org.juesuan.core.issue;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading or checking something: a value (when one could be built) and the issues found.
 *
 * <p>A result with errors may still carry a value when the problems did not prevent building one; callers decide
 * whether errors are fatal. Immutable once returned; the {@link Issues} it holds are not to be modified further.
 *
 * @param <T> the value type
 */
public final class Result<T> {

    private final @Nullable T value;
    private final Issues issues;

    private Result(@Nullable T value, Issues issues) {
        this.value = value;
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    /** Returns a result with a value and the issues found while building it. */
    public static <T> Result<T> of(T value, Issues issues) {
        return new Result<>(Objects.requireNonNull(value, "value"), issues);
    }

    /** Returns a result without a value; {@code issues} must explain why. */
    public static <T> Result<T> failed(Issues issues) {
        return new Result<>(null, issues);
    }

    /** Returns the value, if one could be built. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** Returns the issues. */
    public Issues issues() {
        return issues;
    }

    /** Returns whether there is a value and no error. */
    public boolean isClean() {
        return value != null && !issues.hasErrors();
    }

    /**
     * Returns the value if there is one and no error.
     *
     * @param failure builds the exception for the failing case from the issues
     * @throws RuntimeException the one built by {@code failure}
     */
    public T orElseThrow(java.util.function.Function<Issues, ? extends RuntimeException> failure) {
        if (value == null || issues.hasErrors()) {
            throw failure.apply(issues);
        }
        return value;
    }
}
