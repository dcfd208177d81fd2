package org.juesuan.audit.read;

import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * Thrown when a file cannot be read as a published document (无法读取的文件): not the format its name says, damaged,
 * encrypted, or a scanned PDF without a text layer. The message is Chinese and says which.
 */
public final class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SourceRef where;

    /** Creates the exception. */
    public UnreadableDocumentException(SourceRef where, String message) {
        super(message);
        this.where = Objects.requireNonNull(where, "where");
    }

    /** Creates the exception with the failure that caused it. */
    public UnreadableDocumentException(SourceRef where, String message, Throwable cause) {
        super(message, cause);
        this.where = Objects.requireNonNull(where, "where");
    }

    /** Returns where the problem is, at least the file. */
    public SourceRef where() {
        return where;
    }
}
