package org.juesuan.audit.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.audit.read.example.PrintedGrids;
import org.juesuan.audit.read.example.RenderedExample;
import org.juesuan.audit.read.example.RoundTrip;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.source.SourceRef;
import org.juesuan.render.pdf.PdfLayout;
import org.juesuan.render.pdf.RenderedPdf;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PdfDocumentReaderTest {

    private static final PdfDocumentReader READER = new PdfDocumentReader();

    /** The example rendered once, and read once. */
    private static final class Example {
        static final RenderedPdf RENDERED = RenderedExample.renderedPdf();
        static final PublishedDocument READ = read("决算.pdf", RENDERED.bytes());
    }

    private static PublishedDocument read(String name, byte[] pdf) {
        try {
            return READER.read(name, pdf);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Nested
    class RoundTripOfTheExample {

        @Test
        void readsEveryCellOfEveryPublicTableInItsPrintedRowAndColumn() {
            RoundTrip.assertEveryTableReadCellForCell(Example.READ, RenderedExample.tables());
        }

        @Test
        void readsEveryNarrativeParagraphWhole() {
            RoundTrip.assertNarrativeReadWhole(Example.READ);
        }

        @Test
        void pointsEveryAmountCellAtThePageItWasDrawnOn() {
            Map<String, PrintedTable> tables = new HashMap<>();
            for (PrintedTable table : RenderedExample.tables()) {
                tables.put(table.id(), table);
            }
            int checked = 0;
            for (PdfLayout.Placement placement : Example.RENDERED.layout().placements()) {
                if (placement.target() instanceof PdfLayout.TableCell cell) {
                    TableBlock table = PrintedGrids.tableAfter(
                            Example.READ, tables.get(cell.tableId()).title());
                    TableBlock.Cell read = cellAt(table.rows().get(cell.row()), cell.column());
                    assertThat(read.source())
                            .as(cell.toString())
                            .isInstanceOfSatisfying(SourceRef.Page.class, page -> assertThat(page.page())
                                    .isEqualTo(placement.page()));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(300);
        }

        @Test
        void pointsEveryFigureOfTheNarrativeAtThePageItWasDrawnOn() {
            Map<String, Integer> pages = new HashMap<>();
            for (PdfLayout.Placement placement : Example.RENDERED.layout().placements()) {
                if (placement.target() instanceof PdfLayout.Figure figure) {
                    pages.put(figure.key(), placement.page());
                }
            }
            int checked = 0;
            for (Part part : RenderedExample.document().parts()) {
                for (org.juesuan.core.document.Block block : part.blocks()) {
                    if (!(block instanceof Paragraph paragraph)
                            || !pages.keySet().containsAll(keys(paragraph))) {
                        continue;
                    }
                    List<TextBlock> read = PrintedGrids.paragraphs(Example.READ, paragraph.text());
                    assertThat(read).as(paragraph.text()).hasSize(1);
                    int offset = 0;
                    for (Run run : paragraph.runs()) {
                        if (run instanceof FigureRun figure) {
                            assertThat(read.get(0).at(offset))
                                    .as(figure.key())
                                    .isInstanceOfSatisfying(SourceRef.Page.class, page -> assertThat(page.page())
                                            .isEqualTo(pages.get(figure.key())));
                            checked++;
                        }
                        offset += run.text().length();
                    }
                }
            }
            assertThat(checked).isGreaterThan(30);
        }

        @Test
        void joinsAParagraphBrokenByAPageAndKeepsAPieceOnEachPage() {
            String duty = RenderedExample.paragraphs(Part.Kind.OVERVIEW).stream()
                    .filter(text -> text.startsWith("11."))
                    .findFirst()
                    .orElseThrow();
            List<TextBlock> read = PrintedGrids.paragraphs(Example.READ, duty);
            assertThat(read).hasSize(1);
            Set<Integer> pages = new LinkedHashSet<>();
            for (TextBlock.Piece piece : read.get(0).pieces()) {
                pages.add(((SourceRef.Page) piece.source()).page());
            }
            assertThat(pages).hasSize(2);
            int first = pages.iterator().next();
            assertThat(pages).containsExactly(first, first + 1);
        }

        @Test
        void joinsATableRunningOverTwoPagesAndDropsTheHeaderRowsItRepeats() {
            PrintedTable summary = RenderedExample.tables().get(0);
            TableBlock read = PrintedGrids.tableAfter(Example.READ, summary.title());
            Set<Integer> pages = new LinkedHashSet<>();
            for (TableBlock.Row row : read.rows()) {
                pages.add(((SourceRef.Page) row.source()).page());
            }
            assertThat(pages).hasSize(2);
            assertThat(read.rows()).hasSize(summary.grid().size());
        }

        @Test
        void dropsThePageNumbersOfTheFooter() {
            for (Block block : Example.READ.blocks()) {
                if (block instanceof TextBlock text) {
                    assertThat(text.text()).doesNotMatch(".*—\\s*\\d+\\s*—.*");
                }
            }
        }

        @Test
        void numbersTheLinesOfAPageFromItsTop() {
            PrintedTable summary = RenderedExample.tables().get(0);
            List<TableBlock.Row> rows =
                    PrintedGrids.tableAfter(Example.READ, summary.title()).rows();
            for (int i = 1; i < rows.size(); i++) {
                SourceRef.Page above = (SourceRef.Page) rows.get(i - 1).source();
                SourceRef.Page below = (SourceRef.Page) rows.get(i).source();
                if (above.page() == below.page()) {
                    assertThat(below.line()).isGreaterThan(above.line());
                }
            }
            TextBlock title =
                    PrintedGrids.paragraphs(Example.READ, summary.title()).get(0);
            SourceRef.Page titleLine = (SourceRef.Page) title.source();
            SourceRef.Page firstRow = (SourceRef.Page) rows.get(0).source();
            assertThat(titleLine.page()).isEqualTo(firstRow.page());
            assertThat(titleLine.line()).isLessThan(firstRow.line());
        }
    }

    private static TableBlock.Cell cellAt(TableBlock.Row row, int column) {
        for (TableBlock.Cell cell : row.cells()) {
            if (cell.column() <= column && column < cell.column() + cell.span()) {
                return cell;
            }
        }
        throw new AssertionError("no cell at column " + column + " in " + row);
    }

    private static List<String> keys(Paragraph paragraph) {
        List<String> keys = new ArrayList<>();
        for (Run run : paragraph.runs()) {
            if (run instanceof FigureRun figure) {
                keys.add(figure.key());
            }
        }
        return keys.isEmpty() ? List.of("") : keys;
    }

    @Nested
    class Unreadable {

        @Test
        void reportsAScanWithoutTextLayerOnce() throws IOException {
            byte[] scan;
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage picture = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
                picture.getGraphics().fillRect(10, 10, 40, 5);
                PDImageXObject image = LosslessFactory.createFromImage(document, picture);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
                scan = save(document);
            }
            assertThatThrownBy(() -> READER.read("扫描件.pdf", scan))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此PDF没有文字层（可能是扫描件），无法审查")
                    .satisfies(e -> assertThat(((UnreadableDocumentException) e).where())
                            .isEqualTo(SourceRef.file("扫描件.pdf")));
        }

        @Test
        void reportsAFileEncryptedWithAPassword() throws IOException {
            byte[] locked =
                    textPdf("Budget 2024", new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            assertThatThrownBy(() -> READER.read("加密.pdf", locked))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此PDF已加密，需要密码才能打开，无法审查");
        }

        @Test
        void readsAFileProtectedOnlyAgainstChanges() throws Exception {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            byte[] protectedPdf = textPdf("Budget 2024", new StandardProtectionPolicy("owner", "", permissions));
            PublishedDocument read = READER.read("只读.pdf", protectedPdf);
            assertThat(read.blocks()).singleElement().isInstanceOfSatisfying(TextBlock.class, text -> assertThat(
                            text.text())
                    .isEqualTo("Budget 2024"));
        }

        @Test
        void reportsAnEmptyFile() {
            assertThatThrownBy(() -> READER.read("空.pdf", new byte[0]))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("文件为空（0字节），无法审查");
        }

        @Test
        void reportsAFileThatIsNoPdf() {
            byte[] text = "部门决算\n一、收入支出决算总表\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThatThrownBy(() -> READER.read("决算.pdf", text))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此文件不是可读的PDF文件（格式不符或文件已损坏），无法审查");
        }
    }

    private static byte[] textPdf(String text, StandardProtectionPolicy policy) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 500);
                content.showText(text);
                content.endText();
            }
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
