package org.juesuan.audit.read.example;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentBuilder;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.narrative.NarrativeWriter;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.render.docx.DocxRenderer;
import org.juesuan.render.html.HtmlDocumentRenderer;
import org.juesuan.render.pdf.PdfRenderer;
import org.juesuan.render.pdf.RenderedPdf;
import org.juesuan.render.xlsx.WorkbookContent;
import org.juesuan.render.xlsx.XlsxTablesRenderer;

/**
 * Test fixture: the bundled example's whole disclosure (武汉市青山区国资局 2024) composed as Juesuan publishes it —
 * tables, generated narrative, glossary, forms — and rendered by Juesuan's own renderers, so that a reader can be
 * checked against the very model the file was drawn from.
 */
public final class RenderedExample {

    private static final Path DATASET = Path.of("../examples/qingshan-guozi-2024/dataset.yaml");

    private RenderedExample() {}

    /** Returns the composed document of the example under its own profile. */
    public static Document document() {
        return Composed.DOCUMENT;
    }

    /** Returns the example rendered as PDF, with the layout of its figures. */
    public static RenderedPdf renderedPdf() {
        return Files.PDF;
    }

    /** Returns the example rendered as PDF. */
    public static byte[] pdf() {
        return Files.PDF.bytes().clone();
    }

    /** Returns the example rendered as DOCX. */
    public static byte[] docx() {
        return Files.DOCX.clone();
    }

    /** Returns the example rendered as an HTML page. */
    public static byte[] html() {
        return Files.HTML.clone();
    }

    /** Returns the sheets the workbook of the example shows, in order. */
    public static List<PrintedTable> sheets() {
        return WorkbookContent.of(document());
    }

    /** Returns the example's workbook. */
    public static byte[] xlsx() {
        return Files.XLSX.clone();
    }

    /** Returns the public tables of the document, in order. */
    public static List<PrintedTable> tables() {
        List<PrintedTable> tables = new ArrayList<>();
        for (Part part : document().parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof TableBlock table) {
                    tables.add(table.table());
                }
            }
        }
        return tables;
    }

    /** Returns the texts of the body paragraphs of a part of the document. */
    public static List<String> paragraphs(Part.Kind kind) {
        List<String> texts = new ArrayList<>();
        for (Part part : document().parts()) {
            if (part.kind() == kind) {
                for (Block block : part.blocks()) {
                    if (block instanceof Paragraph paragraph && paragraph.style() == Paragraph.Style.BODY) {
                        texts.add(paragraph.text());
                    }
                }
            }
        }
        return texts;
    }

    /** The files, each rendered once, when first asked for. */
    private static final class Files {
        static final RenderedPdf PDF = PdfRenderer.render(document());
        static final byte[] DOCX = DocxRenderer.render(document());
        static final byte[] HTML = HtmlDocumentRenderer.render(document()).getBytes(StandardCharsets.UTF_8);
        static final byte[] XLSX = workbook();

        private static byte[] workbook() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XlsxTablesRenderer.render(sheets(), false, out);
            return out.toByteArray();
        }
    }

    /** The document, composed once. */
    private static final class Composed {
        static final Document DOCUMENT = compose();

        private static Document compose() {
            Catalogs catalogs = Catalogs.bundled();
            Dataset dataset = new DatasetReader(catalogs)
                    .read(DATASET, "dataset.yaml")
                    .value()
                    .orElseThrow();
            Profile profile = Profiles.bundled(catalogs).require(dataset.profileId());
            TableSet display = Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
            List<Block> narrative = NarrativeWriter.write(profile, display);
            return DocumentBuilder.of(profile)
                    .build(display, narrative, false)
                    .value()
                    .orElseThrow();
        }
    }
}
