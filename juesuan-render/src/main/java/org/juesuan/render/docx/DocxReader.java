package org.juesuan.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a Word file back (读取DOCX正文): its top-level tables, cell by cell with their column spans, and its
 * top-level paragraphs with their styles, as Word would show their text.
 *
 * <p>It reads {@code word/document.xml} with the JDK's streaming XML parser, which costs a fraction of opening the
 * file with POI's XWPF model; the proof needs nothing else. Run text is the {@code w:t} text, {@code w:tab} a tab and
 * {@code w:br}/{@code w:cr} a line break; field codes ({@code w:instrText}) and deleted text are not shown.
 */
final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A cell: its text (paragraphs joined by line breaks, stripped) and how many grid columns it spans. */
    record Cell(String text, int span) {}

    /** A top-level paragraph: its style id (empty if none) and its text. */
    record Para(String style, String text) {}

    /** The body: tables as rows of cells, and paragraphs, each in document order. */
    record Body(List<List<List<Cell>>> tables, List<Para> paragraphs) {}

    private DocxReader() {}

    /**
     * Reads the body of a Word file.
     *
     * @throws IllegalArgumentException if the bytes are not a Word file
     */
    static Body read(byte[] docx) {
        byte[] xml = documentXml(docx);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return new Walk(reader).body();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a readable DOCX: " + e.getMessage(), e);
        }
    }

    private static byte[] documentXml(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return readAll(zip);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("while reading the DOCX back", e);
        }
        throw new IllegalArgumentException("not a readable DOCX: no word/document.xml");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    /** One pass over the body's elements. */
    private static final class Walk {
        private final XMLStreamReader xml;
        private final List<List<List<Cell>>> tables = new ArrayList<>();
        private final List<Para> paragraphs = new ArrayList<>();
        private int tableDepth;
        private @Nullable List<List<Cell>> table;
        private @Nullable List<Cell> row;
        private @Nullable StringBuilder cell;
        private int cellSpan = 1;
        private int cellParagraphs;
        private @Nullable StringBuilder paragraph;
        private String style = "";
        private boolean inRun;
        private boolean inText;

        Walk(XMLStreamReader xml) {
            this.xml = xml;
        }

        Body body() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    end(xml.getLocalName());
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && inText
                        && paragraph != null) {
                    paragraph.append(xml.getText());
                }
            }
            return new Body(tables, paragraphs);
        }

        private void start(String name) {
            switch (name) {
                case "tbl" -> {
                    tableDepth++;
                    if (tableDepth == 1) {
                        table = new ArrayList<>();
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        row = new ArrayList<>();
                    }
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        cell = new StringBuilder();
                        cellSpan = 1;
                        cellParagraphs = 0;
                    }
                }
                case "gridSpan" -> {
                    if (tableDepth == 1 && cell != null) {
                        cellSpan = Integer.parseInt(xml.getAttributeValue(W, "val"));
                    }
                }
                case "p" -> {
                    paragraph = new StringBuilder();
                    style = "";
                }
                case "pStyle" -> style = String.valueOf(xml.getAttributeValue(W, "val"));
                case "r" -> inRun = true;
                case "t" -> inText = inRun;
                case "tab" -> {
                    if (inRun && paragraph != null) {
                        paragraph.append('\t');
                    }
                }
                case "br", "cr" -> {
                    if (inRun && paragraph != null) {
                        paragraph.append('\n');
                    }
                }
                default -> {
                    // other elements carry no text the proof reads
                }
            }
        }

        private void end(String name) {
            switch (name) {
                case "t" -> inText = false;
                case "r" -> inRun = false;
                case "p" -> {
                    String text = paragraph == null ? "" : paragraph.toString();
                    if (tableDepth == 0) {
                        paragraphs.add(new Para(style, text));
                    } else if (tableDepth == 1 && cell != null) {
                        if (cellParagraphs++ > 0) {
                            cell.append('\n');
                        }
                        cell.append(text);
                    }
                    paragraph = null;
                }
                case "tc" -> {
                    if (tableDepth == 1 && row != null && cell != null) {
                        row.add(new Cell(cell.toString().strip(), cellSpan));
                        cell = null;
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1 && table != null && row != null) {
                        table.add(row);
                        row = null;
                    }
                }
                case "tbl" -> {
                    if (tableDepth == 1 && table != null) {
                        tables.add(table);
                        table = null;
                    }
                    tableDepth--;
                }
                default -> {
                    // nothing to close
                }
            }
        }
    }
}
