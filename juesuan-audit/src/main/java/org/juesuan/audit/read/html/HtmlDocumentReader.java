package org.juesuan.audit.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.DocumentReader;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a published web page (读取HTML文件) into paragraphs and tables, in document order.
 *
 * <p>The page is parsed with jsoup as a browser would (the character set from a byte-order mark or a {@code meta}
 * tag, else UTF-8), keeping the source position of every element and text. Each block element (heading, paragraph,
 * list item, {@code div}…) gives a paragraph of the text directly in it, its white space collapsed as a browser
 * shows it; a line break inside it is a space. Scripts, styles, inline SVG drawings (a chart's labels), forms'
 * templates and elements marked hidden ({@code hidden}, or an inline {@code display:none}) are not read.
 *
 * <p>A {@code <table>} gives a table: its rows are the rows of its head, bodies and foot in order; a cell spanning
 * columns ({@code colspan}) has that span, and a cell spanning rows ({@code rowspan}) shows as an empty cell of the
 * same span in each row below it, placed as the HTML table model places cells. A table nested in a cell is
 * flattened into that cell's text. A caption gives a paragraph before the table.
 *
 * <p>Positions are {@link SourceRef#text(String, int, int) line and column} in the page's source, from 1: a
 * paragraph has a piece wherever its text starts anew in the source, a row points at its {@code <tr>} and a cell at
 * its {@code <td>}.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlDocumentReader implements DocumentReader {

    /** Creates a reader. */
    public HtmlDocumentReader() {}

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public PublishedDocument read(String name, byte[] content) throws UnreadableDocumentException {
        SourceRef file = DocumentReader.nonEmpty(name, content);
        if (binary(content)) {
            throw new UnreadableDocumentException(file, "此文件不是网页（内容是二进制数据），无法审查");
        }
        Document page;
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            page = Jsoup.parse(new ByteArrayInputStream(content), null, "", parser);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // an unknown character set named by the page, or a failure in the parser
            throw new UnreadableDocumentException(file, "此网页无法解析（字符集不明或文件已损坏），无法审查", e);
        }
        List<Block> blocks = new PageWalk(name).blocks(page);
        if (blocks.isEmpty()) {
            throw new UnreadableDocumentException(file, "此网页没有可读的文字，无法审查");
        }
        return new PublishedDocument(name, Format.HTML, blocks);
    }

    /** Returns whether the file starts with binary data: a NUL byte in its first 8 KiB, without a UTF-16 mark. */
    private static boolean binary(byte[] content) {
        boolean utf16 = content.length >= 2
                && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF
                        || content[0] == (byte) 0xFF && content[1] == (byte) 0xFE);
        if (utf16) {
            return false;
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
