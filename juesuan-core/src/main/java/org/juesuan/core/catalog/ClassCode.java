package org.juesuan.core.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A classification code (科目编码) such as {@code 2010301}: digits only, its level given by its length.
 *
 * <p>The code does not know its kind; {@link CatalogKind} says which lengths are levels. Codes order as text, which
 * puts a parent right before its children.
 *
 * <p>Immutable and thread-safe.
 *
 * @param digits the digits
 */
public record ClassCode(String digits) implements Comparable<ClassCode> {

    /**
     * Creates a code.
     *
     * @throws IllegalArgumentException if {@code digits} is empty or not all ASCII digits
     */
    public ClassCode {
        Objects.requireNonNull(digits, "digits");
        if (!isCode(digits)) {
            throw new IllegalArgumentException("not a classification code: " + digits);
        }
    }

    /** Returns the code for text that is all digits, or empty. */
    public static Optional<ClassCode> parse(String text) {
        return isCode(text) ? Optional.of(new ClassCode(text)) : Optional.empty();
    }

    // codes are made on every derivation step: a loop, not a regular expression
    private static boolean isCode(String text) {
        if (text.isEmpty() || text.length() > 12) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns the code of the given text, which must be all digits. */
    public static ClassCode of(String digits) {
        return new ClassCode(digits);
    }

    /** Returns the number of digits. */
    public int length() {
        return digits.length();
    }

    /** Returns the leading {@code length} digits as a code. */
    public ClassCode prefix(int length) {
        return new ClassCode(digits.substring(0, length));
    }

    /** Returns whether this code equals {@code other} or is one of its ancestors. */
    public boolean contains(ClassCode other) {
        return other.digits.startsWith(digits);
    }

    /** Returns the level (from 1) of this code in the given classification, or 0 if its length is not a level. */
    public int level(CatalogKind kind) {
        return kind.levelOfLength(digits.length());
    }

    /** Returns the parent code in the given classification, or empty for a top-level code. */
    public Optional<ClassCode> parent(CatalogKind kind) {
        int level = level(kind);
        return level > 1 ? Optional.of(prefix(kind.lengths().get(level - 2))) : Optional.empty();
    }

    @Override
    public int compareTo(ClassCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
