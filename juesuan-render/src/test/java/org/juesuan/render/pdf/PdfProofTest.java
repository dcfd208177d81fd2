package org.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.SampleDocument;
import org.juesuan.render.proof.Mismatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfProofTest {

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void correctRenderingHasNoMismatch(String profile) {
        Document document = SampleDocument.of(profile, false);
        RenderedPdf rendered = PdfRenderer.render(document);
        assertThat(PdfProof.check(document, rendered)).isEmpty();
        // every figure and every amount cell (blank ones too: they must read blank) was actually looked at
        long figures = rendered.layout().placements().stream()
                .filter(p -> p.target() instanceof PdfLayout.Figure)
                .count();
        assertThat(figures).isEqualTo(document.figures().size());
        long cells = rendered.layout().placements().stream()
                .filter(p -> p.target() instanceof PdfLayout.TableCell || p.target() instanceof PdfLayout.GridBlockCell)
                .count();
        long amounts = 0;
        for (org.juesuan.core.document.Part part : document.parts()) {
            for (org.juesuan.core.document.Block block : part.blocks()) {
                java.util.List<java.util.List<org.juesuan.core.layout.GridCell>> grid = block
                                instanceof org.juesuan.core.document.TableBlock table
                        ? table.table().grid()
                        : block instanceof org.juesuan.core.document.GridBlock g ? g.grid() : java.util.List.of();
                for (var row : grid) {
                    amounts += row.stream()
                            .filter(cell -> cell.kind() == org.juesuan.core.layout.GridCell.Kind.AMOUNT)
                            .count();
                }
            }
        }
        assertThat(cells).isEqualTo(amounts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void readsEveryPlacementAsPdfBoxsAreaStripperDoes(String profile) throws Exception {
        Document document = SampleDocument.of(profile, false);
        RenderedPdf rendered = PdfRenderer.render(document);
        Map<Integer, List<PdfLayout.Placement>> byPage = new TreeMap<>();
        for (PdfLayout.Placement placement : rendered.layout().placements()) {
            byPage.computeIfAbsent(placement.page(), p -> new ArrayList<>()).add(placement);
        }
        int compared = 0;
        try (PDDocument file = Loader.loadPDF(rendered.bytes())) {
            for (Map.Entry<Integer, List<PdfLayout.Placement>> page : byPage.entrySet()) {
                List<PdfLayout.Placement> placements = page.getValue();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.setSortByPosition(true);
                for (int i = 0; i < placements.size(); i++) {
                    PdfLayout.Placement p = placements.get(i);
                    stripper.addRegion(
                            Integer.toString(i), new Rectangle2D.Double(p.x(), p.y(), p.width(), p.height()));
                }
                stripper.extractRegions(file.getPage(page.getKey() - 1));
                List<String> read = PdfProof.read(file, page.getKey(), placements);
                for (int i = 0; i < placements.size(); i++) {
                    String expected =
                            stripper.getTextForRegion(Integer.toString(i)).replaceAll("\\s+", "");
                    assertThat(read.get(i))
                            .as("page %d, %s", page.getKey(), placements.get(i).target())
                            .isEqualTo(expected);
                    if (!expected.isEmpty()) {
                        compared++;
                    }
                }
            }
        }
        // the sample prints over a hundred figures; the comparison must have looked at them, not at blanks only
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void catchesOneTableCellAndOneFigureOffByOneCent() {
        Document truth = SampleDocument.of("hubei-2024", false);
        Document corrupted = corrupt(truth, "T05", "三.basic");
        RenderedPdf rendered = PdfRenderer.render(corrupted);

        List<Mismatch> mismatches = PdfProof.check(truth, rendered);

        assertThat(mismatches).as(mismatches.toString()).hasSize(2);
        Mismatch cell = mismatches.stream()
                .filter(m -> m.place().contains("公开05表"))
                .findFirst()
                .orElseThrow();
        assertThat(cell.place()).startsWith("第").contains("页");
        assertThat(cell.shown()).isEqualTo(plusCent(cell.expected()));
        Mismatch figure = mismatches.stream()
                .filter(m -> m.place().contains("三.basic"))
                .findFirst()
                .orElseThrow();
        assertThat(figure.expected()).isEqualTo("207.87");
        assertThat(figure.shown()).isEqualTo("207.88");
        assertThat(figure.message()).contains("应为“207.87”").contains("实为“207.88”");
        // the corrupted document agrees with its own rendering
        assertThat(PdfProof.check(corrupted, rendered)).isEmpty();
    }

    @Test
    void reportsAFigureTheLayoutDoesNotPlace() {
        Document document = SampleDocument.of("hubei-2024", false);
        RenderedPdf rendered = PdfRenderer.render(document);
        List<PdfLayout.Placement> fewer = new ArrayList<>(rendered.layout().placements());
        fewer.removeIf(p -> p.target().equals(new PdfLayout.Figure("一.total")));
        List<Mismatch> mismatches = PdfProof.check(
                document, rendered.bytes(), new PdfLayout(rendered.layout().pageCount(), fewer));
        assertThat(mismatches).singleElement().satisfies(m -> {
            assertThat(m.place()).contains("一.total");
            assertThat(m.shown()).isEmpty();
        });
    }

    private static String plusCent(String text) {
        return new java.math.BigDecimal(text.replace(",", ""))
                .add(new java.math.BigDecimal("0.01"))
                .toPlainString();
    }

    /** Returns the document with the first non-blank amount of a table and one figure increased by 0.01. */
    private static Document corrupt(Document document, String tableId, String figureKey) {
        List<Part> parts = new ArrayList<>();
        boolean[] cellDone = {false};
        for (Part part : document.parts()) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : part.blocks()) {
                if (block instanceof TableBlock table && table.table().id().equals(tableId)) {
                    blocks.add(new TableBlock(corrupt(table.table(), cellDone)));
                } else if (block instanceof Paragraph paragraph) {
                    List<Run> runs = new ArrayList<>();
                    for (Run run : paragraph.runs()) {
                        if (run instanceof FigureRun figure && figure.key().equals(figureKey)) {
                            String text = plusCent(figure.text());
                            runs.add(new FigureRun(figure.key(), figure.kind(), figure.value(), text));
                        } else {
                            runs.add(run);
                        }
                    }
                    blocks.add(new Paragraph(paragraph.style(), runs));
                } else {
                    blocks.add(block);
                }
            }
            parts.add(new Part(part.kind(), part.number(), part.title(), blocks));
        }
        assertThat(cellDone[0]).as("a cell was corrupted").isTrue();
        return new Document(document.info(), parts);
    }

    private static PrintedTable corrupt(PrintedTable table, boolean[] done) {
        List<List<GridCell>> grid = new ArrayList<>();
        for (List<GridCell> row : table.grid()) {
            List<GridCell> copy = new ArrayList<>();
            for (GridCell cell : row) {
                if (!done[0]
                        && cell.kind() == GridCell.Kind.AMOUNT
                        && !cell.text().isBlank()) {
                    copy.add(new GridCell(
                            plusCent(cell.text()),
                            cell.kind(),
                            cell.rowSpan(),
                            cell.colSpan(),
                            cell.amount(),
                            cell.rowId(),
                            cell.columnId()));
                    done[0] = true;
                } else {
                    copy.add(cell);
                }
            }
            grid.add(copy);
        }
        return table.withGrid(grid);
    }
}
