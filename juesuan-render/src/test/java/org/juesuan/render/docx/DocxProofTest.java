package org.juesuan.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.document.TextRun;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.render.SampleDocument;
import org.juesuan.render.proof.Mismatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The proof reads a Word file back and finds every figure that differs from the document, and only those. */
class DocxProofTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @ParameterizedTest
    @CsvSource({"hubei-2024, false", "hubei-2024, true", "shanghai-2024, false"})
    void aFaithfulRenderHasNoMismatch(String profile, boolean draft) {
        Document document = SampleDocument.of(profile, draft);
        assertThat(DocxProof.check(DocxRenderer.render(document), document)).isEmpty();
    }

    @Test
    void findsExactlyTheTableCellAndTheNarrativeFigureThatAreOffByOneCent() {
        Document truth = SampleDocument.of("hubei-2024", false);
        Document corrupted = corrupt(truth);

        List<Mismatch> mismatches = DocxProof.check(DocxRenderer.render(corrupted), truth);

        assertThat(mismatches).extracting(Mismatch::place).containsExactly("公开05表 合计 本年支出小计", "情况说明 一、第1段");
        String total = totalOfT05(truth).text();
        assertThat(mismatches.get(0).expected()).isEqualTo(total);
        assertThat(mismatches.get(0).shown())
                .isEqualTo(new BigDecimal(total).add(CENT).toPlainString());
        assertThat(mismatches.get(1).expected()).isEqualTo("4.68");
        assertThat(mismatches.get(1).shown()).isEqualTo("4.69");
        assertThat(mismatches).allMatch(m -> m.format().equals("DOCX"));
    }

    @Test
    void reportsAChangedSentenceAsAWholeWhenItsFiguresCannotBeFound() {
        Document truth = SampleDocument.of("hubei-2024", false);
        Document reworded = map(truth, block -> {
            if (block instanceof Paragraph paragraph && paragraph.text().startsWith("2024年度收入合计")) {
                List<Run> runs = new ArrayList<>(paragraph.runs());
                runs.set(0, new TextRun("2024年度本年收入合计"));
                return new Paragraph(paragraph.style(), runs);
            }
            return block;
        });

        List<Mismatch> mismatches = DocxProof.check(DocxRenderer.render(reworded), truth);

        assertThat(mismatches).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.place()).isEqualTo("情况说明 二、第1段");
            assertThat(mismatch.shown()).startsWith("2024年度本年收入合计");
        });
    }

    @Test
    void reportsATableMissingFromTheFile() {
        Document truth = SampleDocument.of("hubei-2024", false);
        Document shorter = new Document(
                truth.info(),
                truth.parts().stream()
                        .map(part -> new Part(
                                part.kind(),
                                part.number(),
                                part.title(),
                                part.blocks().stream()
                                        .filter(block -> !(block instanceof TableBlock table
                                                && table.table().number().equals("公开09表")))
                                        .toList()))
                        .toList());

        List<Mismatch> mismatches = DocxProof.check(DocxRenderer.render(shorter), truth);

        assertThat(mismatches.get(0).place()).isEqualTo("表格数");
        assertThat(mismatches).extracting(Mismatch::place).anyMatch(place -> place.startsWith("公开09表"));
    }

    @Test
    void findsAnAmountOfAGridBesideACellMergedDownFromTheRowAbove() {
        Document truth = SampleDocument.of("hubei-2024", false);
        Document corrupted = map(truth, block -> {
            if (block instanceof GridBlock grid && grid.id().equals("evaluation.overall")) {
                List<List<GridCell>> cells = new ArrayList<>(grid.grid());
                List<GridCell> row = new ArrayList<>(cells.get(1));
                GridCell budget = row.get(1);
                BigDecimal higher = new BigDecimal(budget.text()).add(CENT);
                row.set(1, GridCell.of(higher.toPlainString(), budget.kind()));
                cells.set(1, row);
                return new GridBlock(grid.id(), cells, grid.headerRows(), grid.widths());
            }
            return block;
        });

        List<Mismatch> mismatches = DocxProof.check(DocxRenderer.render(corrupted), truth);

        assertThat(mismatches).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.place()).isEqualTo("附件 第1张表 预算执行情况（万元）（20分） 预算数(A)");
            assertThat(mismatch.expected()).isEqualTo("207.87");
            assertThat(mismatch.shown()).isEqualTo("207.88");
        });
    }

    @Test
    void refusesBytesThatAreNotAWordFile() {
        Document truth = SampleDocument.of("hubei-2024", false);
        assertThatThrownBy(() -> DocxProof.check(new byte[] {1, 2, 3}, truth))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesACellOfTheRightHandPanelByItsOwnRow() {
        PrintedTable t01 = DocxRendererTest.printedTables(SampleDocument.of("hubei-2024", false))
                .get(0);
        List<List<GridCell>> grid = t01.grid();
        int row = -1;
        for (int r = 0; r < grid.size(); r++) {
            if (grid.get(r).get(3).text().equals("一、一般公共服务支出")) {
                row = r;
            }
        }
        assertThat(Places.cell(t01.number(), grid, t01.headerRows(), row, 5)).isEqualTo("公开01表 一、一般公共服务支出 支出金额");
        assertThat(Places.cell(t01.number(), grid, t01.headerRows(), row, 2)).isEqualTo("公开01表 一、一般公共预算财政拨款收入 收入金额");
    }

    /** Returns the document with the total of 公开05表 and the change in 一、 each one cent higher. */
    private static Document corrupt(Document truth) {
        return map(truth, block -> {
            if (block instanceof TableBlock table && table.table().number().equals("公开05表")) {
                return new TableBlock(withTotalRaised(table.table()));
            }
            if (block instanceof Paragraph paragraph) {
                List<Run> runs = new ArrayList<>();
                for (Run run : paragraph.runs()) {
                    if (run instanceof FigureRun figure && figure.key().equals("一.change")) {
                        BigDecimal raised = figure.value().add(CENT);
                        runs.add(new FigureRun(figure.key(), figure.kind(), raised, raised.toPlainString()));
                    } else {
                        runs.add(run);
                    }
                }
                return new Paragraph(paragraph.style(), runs);
            }
            return block;
        });
    }

    private static Document map(Document document, UnaryOperator<Block> change) {
        List<Part> parts = new ArrayList<>();
        for (Part part : document.parts()) {
            parts.add(new Part(
                    part.kind(),
                    part.number(),
                    part.title(),
                    part.blocks().stream().map(change).toList()));
        }
        return new Document(document.info(), parts);
    }

    /** The first amount in the 合计 row of 公开05表: 本年支出 小计. */
    private static GridCell totalOfT05(Document document) {
        for (PrintedTable table : DocxRendererTest.printedTables(document)) {
            if (table.number().equals("公开05表")) {
                for (List<GridCell> row : table.grid()) {
                    if (row.get(0).text().equals("合计")) {
                        return row.stream()
                                .filter(cell -> cell.kind() == GridCell.Kind.AMOUNT)
                                .findFirst()
                                .orElseThrow();
                    }
                }
            }
        }
        throw new AssertionError("公开05表 has no 合计 row");
    }

    private static PrintedTable withTotalRaised(PrintedTable table) {
        List<List<GridCell>> grid = new ArrayList<>();
        boolean raised = false;
        for (List<GridCell> row : table.grid()) {
            List<GridCell> cells = new ArrayList<>(row);
            if (!raised && row.get(0).text().equals("合计")) {
                for (int c = 0; c < cells.size(); c++) {
                    GridCell cell = cells.get(c);
                    if (cell.kind() == GridCell.Kind.AMOUNT) {
                        BigDecimal higher = new BigDecimal(cell.text()).add(CENT);
                        cells.set(
                                c,
                                new GridCell(
                                        higher.toPlainString(),
                                        cell.kind(),
                                        cell.rowSpan(),
                                        cell.colSpan(),
                                        Amount.parse(higher.toPlainString(), AmountUnit.WAN_YUAN),
                                        cell.rowId(),
                                        cell.columnId()));
                        raised = true;
                        break;
                    }
                }
            }
            grid.add(cells);
        }
        return table.withGrid(grid);
    }
}
