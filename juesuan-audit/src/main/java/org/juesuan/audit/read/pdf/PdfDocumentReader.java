package org.juesuan.audit.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.juesuan.audit.read.DocumentReader;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a published PDF (读取PDF文件) from its text layer into paragraphs and tables.
 *
 * <p>The glyphs of each page are taken with their positions (PDFBox) and grouped into lines by baseline. A table
 * drawn with ruling lines is rebuilt from them: its grid columns and rows are where lines are drawn, a cell spans the
 * grid positions between which no line is drawn, and each glyph goes to the cell its centre is in; a cell covered by
 * a cell spanning rows from above is reported empty. A table drawn without lines is found from runs of lines split
 * into pieces by wide gaps, its columns from where the pieces lie. Two logical tables printed side by side keep the
 * printed grid's columns: which columns belong to which is for the recognition of the profile's tables. A table
 * running over several pages is one table, without the header rows repeated on each page.
 *
 * <p>The other lines are joined into paragraphs; the spaces a PDF leaves between Chinese characters are dropped, a
 * space is kept between Latin words and where a gap separates two fields on one line (e.g. the unit name and
 * 单位：万元). Page numbers and running headers and footers are dropped.
 *
 * <p>Positions are {@link SourceRef#page(String, int, int) page and line}: the page from 1, the line counted from 1
 * at the top of the page over every line of text on it (tables, headers and footers included). A paragraph has a
 * piece for each of its lines; a table row and each cell point at the line their text starts on.
 *
 * <p>A PDF without a text layer (a scan), an encrypted, damaged or empty file is reported unreadable with a message
 * saying which. Stateless and thread-safe.
 */
public final class PdfDocumentReader implements DocumentReader {

    /** Creates a reader. */
    public PdfDocumentReader() {}

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public PublishedDocument read(String name, byte[] content) throws UnreadableDocumentException {
        SourceRef file = DocumentReader.nonEmpty(name, content);
        List<PageLayout> pages = new ArrayList<>();
        for (RawPage page : rawPages(file, content)) {
            pages.add(PageLayout.of(page.number, page.width, page.height, page.glyphs, page.rulings));
        }
        if (pages.isEmpty()) {
            throw new UnreadableDocumentException(file, "此PDF没有页面，无法审查");
        }
        pages = PageFlow.withoutHeadersAndFooters(pages);
        if (PageFlow.textLength(pages) == 0) {
            throw new UnreadableDocumentException(file, "此PDF没有文字层（可能是扫描件），无法审查");
        }
        return new PublishedDocument(name, Format.PDF, new PageFlow(name).blocks(pages));
    }

    /** What PDFBox gives of a page: its size as shown, its glyphs and its lines. */
    private record RawPage(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings) {}

    /**
     * Takes the glyphs and lines of every page. PDFBox is lenient with damaged files and throws a variety of unchecked exceptions (and,
     * on pathologically nested objects, a stack overflow) where it cannot go on: each means the file cannot be read.
     */
    private static List<RawPage> rawPages(SourceRef file, byte[] content) throws UnreadableDocumentException {
        PDDocument document;
        try {
            document = Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(file, "此PDF已加密，需要密码才能打开，无法审查", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableDocumentException(file, "此文件不是可读的PDF文件（格式不符或文件已损坏），无法审查", e);
        }
        try (document) {
            Map<Integer, List<Glyph>> glyphs = GlyphCollector.collect(document);
            List<RawPage> pages = new ArrayList<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                PageFrame frame = PageFrame.of(page);
                List<Glyph> onPage = glyphs.getOrDefault(number, List.of());
                List<Ruling> rulings = onPage.isEmpty() ? List.of() : RulingCollector.collect(page);
                pages.add(new RawPage(number, frame.width(), frame.height(), onPage, rulings));
            }
            return pages;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableDocumentException(file, "此PDF的内容无法读取（文件已损坏），无法审查", e);
        }
    }
}
