package org.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentInfo;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.junit.jupiter.api.Test;

/** A table too wide for a portrait page and too long for one page. */
class PdfWideTableTest {

    private static final int COLUMNS = 18;
    private static final int ROWS = 70;

    @Test
    void wideLongTableGoesOnLandscapePagesWithRepeatedHeadersAndWholeRows() throws IOException {
        Document document = document();
        RenderedPdf rendered = PdfRenderer.render(document);

        Map<Integer, Integer> pageOfRow = new HashMap<>();
        for (PdfLayout.Placement placement : rendered.layout().placements()) {
            PdfLayout.TableCell cell = (PdfLayout.TableCell) placement.target();
            Integer before = pageOfRow.putIfAbsent(cell.row(), placement.page());
            assertThat(before == null || before == placement.page())
                    .as("row %d is not split", cell.row())
                    .isTrue();
        }
        List<Integer> pages = pageOfRow.values().stream().distinct().sorted().toList();
        assertThat(pages).hasSizeGreaterThan(1);

        List<String> texts = PdfRendererTest.pageTexts(rendered.bytes());
        try (PDDocument pdf = Loader.loadPDF(rendered.bytes())) {
            for (int page : pages) {
                PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                assertThat(box.getWidth()).as("page %d is landscape", page).isGreaterThan(box.getHeight());
                assertThat(texts.get(page - 1)).contains("本年支出明细", "科目名称", "明细17");
            }
            // the contents page is portrait
            PDRectangle contents = pdf.getPage(1).getMediaBox();
            assertThat(contents.getWidth()).isLessThan(contents.getHeight());
        }
        assertThat(PdfProof.check(document, rendered)).isEmpty();
    }

    private static Document document() {
        List<List<GridCell>> grid = new ArrayList<>();
        List<GridCell> top = new ArrayList<>();
        top.add(new GridCell("科目名称", GridCell.Kind.HEADER, 2, 1, null, null, null));
        top.add(new GridCell("本年支出明细", GridCell.Kind.HEADER, 1, COLUMNS, null, null, null));
        for (int c = 1; c < COLUMNS; c++) {
            top.add(GridCell.COVERED);
        }
        grid.add(top);
        List<GridCell> second = new ArrayList<>();
        second.add(GridCell.COVERED);
        for (int c = 0; c < COLUMNS; c++) {
            second.add(GridCell.of("明细" + c, GridCell.Kind.HEADER));
        }
        grid.add(second);
        for (int r = 0; r < ROWS; r++) {
            List<GridCell> row = new ArrayList<>();
            row.add(GridCell.of("支出科目第" + r + "项", GridCell.Kind.LABEL));
            for (int c = 0; c < COLUMNS; c++) {
                String text = (r * 37 + c * 11) + "." + String.format("%02d", (r + c) % 100);
                row.add(new GridCell(
                        text, GridCell.Kind.AMOUNT, 1, 1, Amount.parse(text, AmountUnit.WAN_YUAN), "r" + r, "c" + c));
            }
            grid.add(row);
        }
        PrintedTable table =
                new PrintedTable("W01", "公开99表", "2024年度宽表", "部门：某单位", "单位：万元", grid, 2, List.of("本表为测试表。"), null);
        Part part = new Part(Part.Kind.TABLES, "第一部分", "部门决算表", List.of(new Heading(1, "宽表"), new TableBlock(table)));
        DocumentInfo info = new DocumentInfo(
                "某单位2024年度部门决算公开", "某单位", 2024, LocalDate.of(2025, 6, 30), "hubei-2024", "zh-CN", false);
        return new Document(info, List.of(part));
    }
}
