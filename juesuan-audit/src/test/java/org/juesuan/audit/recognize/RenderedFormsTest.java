package org.juesuan.audit.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentBuilder;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round trip: the forms Juesuan lays out for the example (its own layout: spans, merged goal and 一级指标 cells, ■/□
 * check boxes, full-width brackets) are recognised back as the forms of the dataset they were built from.
 *
 * <p>The document's grids become tables cell by cell (a covered position is left out, a cell keeps its column and
 * span), its headings and paragraphs text blocks — as a reader of a rendered file reports them. The rendered form
 * prints the rates and scores the scoring rules compute where they can (20 for a printed “20分”); they are compared by
 * value.
 */
class RenderedFormsTest {

    static final Catalogs CATALOGS = Catalogs.bundled();
    static final Profiles PROFILES = Profiles.bundled(CATALOGS);

    static Dataset dataset;
    static List<Block> blocks;
    static FormRecognizer.Forms forms;

    @BeforeAll
    static void renderAndRecognize() {
        dataset = new DatasetReader(CATALOGS)
                .read(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"), "dataset.yaml")
                .value()
                .orElseThrow();
        Profile profile = PROFILES.require("hubei-2024");
        Document document = DocumentBuilder.of(profile)
                .build(
                        Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER),
                        List.of(new Heading(1, "一、收入支出决算总体情况说明"), Paragraph.body("2024年度收、支总计均为265.19万元。")),
                        false)
                .value()
                .orElseThrow();
        blocks = blocks(document);
        forms = FormRecognizer.recognize(blocks);
    }

    /** Returns the document's blocks as a reader reports them: each row of a grid at its ordinal, from 1. */
    static List<Block> blocks(Document document) {
        List<Block> blocks = new ArrayList<>();
        int[] line = {0};
        for (Part part : document.parts()) {
            blocks.add(text(part.heading(), ++line[0]));
            for (org.juesuan.core.document.Block block : part.blocks()) {
                if (block instanceof Heading heading) {
                    blocks.add(text(heading.text(), ++line[0]));
                } else if (block instanceof Paragraph paragraph) {
                    blocks.add(text(paragraph.text(), ++line[0]));
                } else if (block instanceof GridBlock grid) {
                    blocks.add(table(grid.grid(), line));
                } else if (block instanceof org.juesuan.core.document.TableBlock table) {
                    blocks.add(text(table.table().title(), ++line[0]));
                    blocks.add(table(table.table().grid(), line));
                }
            }
        }
        return blocks;
    }

    private static TextBlock text(String text, int line) {
        return TextBlock.of(text, SourceRef.text("rendered", line, 1));
    }

    private static TableBlock table(List<List<GridCell>> grid, int[] line) {
        List<TableBlock.Row> rows = new ArrayList<>();
        for (List<GridCell> row : grid) {
            int at = ++line[0];
            List<TableBlock.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                GridCell cell = row.get(c);
                if (!cell.isCovered()) {
                    cells.add(
                            new TableBlock.Cell(cell.text(), c, cell.colSpan(), SourceRef.text("rendered", at, c + 1)));
                }
            }
            rows.add(new TableBlock.Row(cells, SourceRef.text("rendered", at, 1)));
        }
        return new TableBlock(
                rows,
                rows.isEmpty()
                        ? SourceRef.text("rendered", line[0], 1)
                        : rows.get(0).source());
    }

    @Test
    void theRenderedFormsAreTheDatasetsForms() {
        assertThat(FormDescription.of(forms.overall(), FormDescription::numberIn))
                .containsExactlyElementsOf(
                        FormDescription.of(dataset.overall().orElseThrow(), FormDescription::numberIn));
        assertThat(forms.projects()).hasSameSizeAs(dataset.projectEvaluations());
        for (int i = 0; i < forms.projects().size(); i++) {
            assertThat(FormDescription.of(forms.projects().get(i), FormDescription::numberIn))
                    .as("project form %d", i + 1)
                    .containsExactlyElementsOf(
                            FormDescription.of(dataset.projectEvaluations().get(i), FormDescription::numberIn));
        }
        assertThat(forms.issues().sorted()).isEmpty();
    }

    @Test
    void noOtherGridOfTheDocumentIsTakenForAForm() {
        // with the attachments' heading first (as a table of contents prints it), the public tables and the key-work
        // table are looked at too, and none is taken for a form
        List<Block> early = new ArrayList<>();
        early.add(text("第六部分 附件", 0));
        early.addAll(blocks);
        assertThat(blocks.stream().filter(b -> b instanceof TableBlock).count())
                .isGreaterThan(1L + dataset.projectEvaluations().size());
        FormRecognizer.Forms again = FormRecognizer.recognize(early);
        assertThat(again.projects()).hasSameSizeAs(forms.projects());
        assertThat(FormDescription.of(again.overall())).isEqualTo(FormDescription.of(forms.overall()));
        assertThat(again.issues().sorted()).isEmpty();
    }

    @Test
    void aCellSpanningTheRowsOfItsGoalLabelsEachOfThem() {
        // the overall form prints 年度目标1 once, spanning its indicators' rows, and 一级指标 once per run of rows
        Evaluation overall = forms.overall();
        for (Evaluation.Goal goal : overall.goals()) {
            List<Evaluation.Indicator> expected = dataset.overall().orElseThrow().goals().stream()
                    .filter(g -> g.title().equals(goal.title()))
                    .findFirst()
                    .orElseThrow()
                    .indicators();
            assertThat(goal.indicators())
                    .extracting(Evaluation.Indicator::level1)
                    .containsExactlyElementsOf(
                            expected.stream().map(Evaluation.Indicator::level1).toList());
        }
    }
}
