package org.juesuan.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.juesuan.core.document.Document;

/**
 * Renders the disclosure document as an editable Word file (Word 版, DOCX) that a finance clerk can revise in Word or
 * WPS: real styles (标题 for the cover, 标题 1 for parts, 标题 2 for 一、, 标题 3 for （一）, 正文 with a two-character
 * first-line indent, table text) with East-Asian fonts, A4 pages, a cover, a table of contents that Word completes
 * with page numbers on opening, page numbers in the footer, each part and each public table on a new page, wide tables
 * on landscape pages with their header rows repeated on every page, the charts as pictures with their captions, and a
 * 草稿 mark on every page of a draft.
 *
 * <p>The same document always gives the same bytes. Stateless and thread-safe.
 */
public final class DocxRenderer {

    private DocxRenderer() {}

    /** Returns the DOCX bytes of a document. */
    public static byte[] render(Document document) {
        BodyWriter body = new BodyWriter(document);
        String xml = body.write();
        return DocxPackage.write(document.info(), xml, body.pictures());
    }

    /**
     * Writes the DOCX of a document.
     *
     * @param document the document
     * @param out where the bytes go; it is not closed
     */
    public static void render(Document document, OutputStream out) {
        try {
            out.write(render(document));
        } catch (IOException e) {
            throw new UncheckedIOException("while writing the DOCX", e);
        }
    }
}
