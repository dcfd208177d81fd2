package org.juesuan.audit.read;

import java.util.List;
import java.util.Objects;

/**
 * A published document as read (已公开文件): its paragraphs and tables in reading order.
 *
 * <p>Nothing here is interpreted yet: a table is rows of cell texts, a paragraph is text. Every piece keeps where
 * it was found, so a finding can quote it and point at it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the file name as the user gave it
 * @param format the format it was read as
 * @param blocks the paragraphs and tables, in reading order
 */
public record PublishedDocument(String name, Format format, List<Block> blocks) {

    /** Creates a document. */
    public PublishedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
    }
}
