package org.juesuan.audit.read.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.DocumentReader;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a published Word file (读取DOCX文件) into paragraphs and tables, in the order of its body.
 *
 * <p>The package is opened with POI, whose zip checks (ZipSecureFile's defaults) refuse a file that inflates
 * suspiciously; the main document part is then read with the JDK's streaming XML parser (no DTDs, no external
 * entities). A paragraph's text is the text Word shows: field codes (the instructions of a table of contents or a
 * page reference) are skipped and their results kept, as are deleted and moved-away text; tabs and line breaks
 * become spaces. Headers, footers, footnotes and comments are other parts and are not read.
 *
 * <p>A table cell spanning grid columns ({@code w:gridSpan}) has that span; a cell continuing a vertical merge
 * ({@code w:vMerge} without {@code restart}) is reported empty; rows starting after skipped grid columns ({@code
 * w:gridBefore}) start at the right column. A table nested in a cell is flattened into the cell's text, row by row,
 * so the outer table keeps its grid. Paragraphs in text boxes join the paragraph they are anchored in.
 *
 * <p>Positions are {@link SourceRef#text(String, int, int) line and column} where the line is the paragraph's
 * ordinal in the body — every {@code w:p}, in tables too, counting from 1 — and the column the character in it,
 * from 1. A table row points at its first cell's first paragraph, a cell at its own first paragraph.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocxDocumentReader implements DocumentReader {

    /** Creates a reader. */
    public DocxDocumentReader() {}

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public PublishedDocument read(String name, byte[] content) throws UnreadableDocumentException {
        SourceRef file = DocumentReader.nonEmpty(name, content);
        List<Block> blocks;
        OPCPackage pack = open(file, content);
        try {
            PackagePart main = mainPart(file, pack);
            try (InputStream in = main.getInputStream()) {
                XMLStreamReader xml = xmlFactory().createXMLStreamReader(in);
                try {
                    blocks = new BodyWalk(name, xml).blocks();
                } finally {
                    xml.close();
                }
            }
        } catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            // POI and the XML parser signal a damaged part with a variety of unchecked exceptions
            throw new UnreadableDocumentException(file, "此Word文件的正文无法读取（文件已损坏），无法审查", e);
        } finally {
            pack.revert();
        }
        return new PublishedDocument(name, Format.DOCX, blocks);
    }

    /** Opens the zip package; POI's ZipSecureFile checks refuse zip bombs. */
    static OPCPackage open(SourceRef file, byte[] content) throws UnreadableDocumentException {
        if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            throw new UnreadableDocumentException(file, "此文件是旧版Word格式（.doc）或已加密，无法审查；请另存为未加密的.docx文件");
        }
        try {
            return OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            throw new UnreadableDocumentException(file, "此文件不是可读的Word文件（格式不符或文件已损坏），无法审查", e);
        }
    }

    private static PackagePart mainPart(SourceRef file, OPCPackage pack)
            throws UnreadableDocumentException, InvalidFormatException {
        PackageRelationshipCollection relations = pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (relations.isEmpty()) {
            relations = pack.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = null;
        if (!relations.isEmpty()) {
            PackageRelationship relation = relations.getRelationship(0);
            part = pack.getPart(PackagingURIHelper.createPartName(relation.getTargetURI()));
        }
        if (part == null || !part.getContentType().contains("wordprocessingml")) {
            throw new UnreadableDocumentException(file, "此文件不是Word文件（没有Word正文），无法审查");
        }
        return part;
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
