package org.juesuan.audit.read;

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
}
