package org.juesuan.audit.read;

import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * Reads one format of published document (文件读取器) into paragraphs and tables.
 *
 * <p>A reader never throws anything but {@link UnreadableDocumentException} on any input, however damaged or
 * truncated, and keeps no state between calls: implementations are thread-safe.
 */
public interface DocumentReader {

    /** Returns the format read. */
    Format format();

    /**
     * Reads a document.
     *
     * @param name the file name as the user gave it, used in positions
     * @param content the file's bytes
     * @throws UnreadableDocumentException if the bytes are not a readable document of this format
     */
    PublishedDocument read(String name, byte[] content) throws UnreadableDocumentException;

    /**
     * Returns the position of a whole file, having checked that there is something to read.
     *
     * @throws UnreadableDocumentException if the file is empty
     */
    static SourceRef nonEmpty(String name, byte[] content) throws UnreadableDocumentException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        SourceRef file = SourceRef.file(name);
        if (content.length == 0) {
            throw new UnreadableDocumentException(file, "文件为空（0字节），无法审查");
        }
        return file;
    }
}
