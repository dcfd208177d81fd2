package org.juesuan.audit.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.performance.Scorecard;
import org.juesuan.core.performance.Scorer;
import org.juesuan.core.performance.ScoringLoader;
import org.juesuan.core.performance.ScoringRules;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The self-evaluation forms of the bundled example's published text (第六部分 附件) recognised automatically: they
 * are the forms transcribed by hand in dataset.yaml, field by field, every field points at the cell it was read
 * from, and the scoring rules find in them exactly what they find in the transcription — at the printed cells.
 */
class SeedFormsTest {

    static final Catalogs CATALOGS = Catalogs.bundled();
    static final Path SEED = Path.of("../examples/qingshan-guozi-2024/published.txt");

    static List<String> lines;
    static FormRecognizer.Forms forms;
    static Dataset transcribed;
    static ScoringRules rules;

    @BeforeAll
    static void recognize() throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        lines = List.of(text.split("\n", -1));
        forms = FormRecognizer.recognize(TabText.read("published.txt", text));
        transcribed = new DatasetReader(CATALOGS)
                .read(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"), "dataset.yaml")
                .value()
                .orElseThrow();
        rules = ScoringLoader.load(Profiles.bundled(CATALOGS).require("hubei-2024"))
                .value()
                .orElseThrow();
    }

    @Test
    void theOverallFormIsTheTranscribedOne() {
        assertThat(FormDescription.of(forms.overall()))
                .containsExactlyElementsOf(
                        FormDescription.of(transcribed.overall().orElseThrow()));
    }

    @Test
    void eachProjectFormIsTheTranscribedOne() {
        assertThat(forms.projects()).hasSameSizeAs(transcribed.projectEvaluations());
        for (int i = 0; i < forms.projects().size(); i++) {
            assertThat(FormDescription.of(forms.projects().get(i)))
                    .as("project form %d", i + 1)
                    .containsExactlyElementsOf(
                            FormDescription.of(transcribed.projectEvaluations().get(i)));
        }
    }

    @Test
    void theFormsReadTheSameWhenPageBreaksCutTheirTables() throws IOException {
        // a page footer where the text has a blank line: the overall form's table is cut in two, and so is each
        // project form's — as a reader that ends a table at a page break reports them
        String text = Files.readString(SEED, StandardCharsets.UTF_8).replace("\n\n", "\n- 1 -\n");
        FormRecognizer.Forms cut = FormRecognizer.recognize(TabText.read("published.txt", text));
        assertThat(FormDescription.of(cut.overall())).containsExactlyElementsOf(FormDescription.of(forms.overall()));
        assertThat(cut.projects()).hasSameSizeAs(forms.projects());
        for (int i = 0; i < forms.projects().size(); i++) {
            assertThat(FormDescription.of(cut.projects().get(i)))
                    .containsExactlyElementsOf(
                            FormDescription.of(forms.projects().get(i)));
        }
        assertThat(cut.issues().sorted()).isEmpty();
    }

    @Test
    void everyRowOfTheFormsIsRead() {
        assertThat(forms.issues().sorted()).isEmpty();
    }

    /** Returns the text of the tab-separated field at a position of published.txt, without white space. */
    private static String fieldAt(SourceRef where) {
        assertThat(where).isInstanceOf(SourceRef.Text.class);
        SourceRef.Text at = (SourceRef.Text) where;
        assertThat(at.file()).isEqualTo("published.txt");
        String rest = lines.get(at.line() - 1).substring(at.column() - 1);
        int tab = rest.indexOf('\t');
        return Labels.compact(tab < 0 ? rest : rest.substring(0, tab));
    }

    private static List<Evaluation> all() {
        List<Evaluation> all = new ArrayList<>();
        all.add(forms.overall());
        all.addAll(forms.projects());
        return all;
    }

    @Test
    void everyFieldPointsAtTheCellItWasReadFrom() {
        int checked = 0;
        for (Evaluation form : all()) {
            assertThat(fieldAt(form.source("name"))).isEqualTo(form.name());
            assertThat(Amount.parse(fieldAt(form.source("planned")), AmountUnit.WAN_YUAN))
                    .isEqualTo(form.plannedFigure().orElseThrow().amount());
            assertThat(form.executedFigure().orElseThrow().source()).isEqualTo(form.source("executed"));
            for (Map.Entry<String, String> printed : form.printed().entrySet()) {
                assertThat(fieldAt(form.source("printed." + printed.getKey()))).isEqualTo(printed.getValue());
            }
            assertThat(fieldAt(form.deviation().source()))
                    .isEqualTo(form.deviation().value());
            for (Evaluation.Goal goal : form.goals()) {
                assertThat(fieldAt(goal.source("points")))
                        .contains(goal.title().substring(goal.title().length() - 1))
                        .contains(goal.points().toPlainString() + "分");
                for (Evaluation.Indicator indicator : goal.indicators()) {
                    assertThat(fieldAt(indicator.source("level1"))).isEqualTo(indicator.level1());
                    assertThat(fieldAt(indicator.source("target"))).isEqualTo(indicator.target());
                    assertThat(fieldAt(indicator.source("actual"))).isEqualTo(indicator.actual());
                    if (indicator.score() != null) {
                        assertThat(new BigDecimal(
                                        fieldAt(indicator.source("score")).replace("分", "")))
                                .isEqualByComparingTo(indicator.score());
                    } else {
                        assertThat(indicator.positions()).doesNotContainKey("score");
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(16);
    }

    @Test
    void aFormStartsAtItsTitle() {
        for (Evaluation form : all()) {
            SourceRef.Text at = (SourceRef.Text) form.source();
            assertThat(lines.get(at.line() - 1)).contains("自评表").doesNotContain("\t");
        }
    }

    private static List<String> findings(Scorecard card) {
        return card.issues().sorted().stream()
                .map(i -> i.code() + " " + i.message())
                .sorted()
                .toList();
    }

    @Test
    void theRulesFindInThePublishedFormsWhatTheyFindInTheTranscription() {
        Scorecard published = Scorer.score(rules, transcribed.withEvaluations(forms.overall(), forms.projects()));
        Scorecard expected = Scorer.score(rules, transcribed);
        assertThat(findings(expected))
                .anyMatch(f -> f.startsWith("PERFORMANCE_GOAL_POINTS"))
                .anyMatch(f -> f.startsWith("PERFORMANCE_UNIT_MISMATCH"));
        assertThat(findings(published)).containsExactlyElementsOf(findings(expected));
        assertThat(published.projects())
                .extracting(p -> p.totalValue().map(BigDecimal::toPlainString).orElse("-"))
                .containsExactlyElementsOf(expected.projects().stream()
                        .map(p -> p.totalValue().map(BigDecimal::toPlainString).orElse("-"))
                        .toList());
    }

    @Test
    void theFindingsPointAtThePrintedCells() {
        Scorecard published = Scorer.score(rules, transcribed.withEvaluations(forms.overall(), forms.projects()));
        List<Issue> issues = published.issues().sorted();
        assertThat(issues).isNotEmpty().allSatisfy(i -> assertThat(i.where().file())
                .isEqualTo("published.txt"));
        // the unit mismatch at the printed actual value, on both forms
        assertThat(issues)
                .filteredOn(i -> i.code().equals("PERFORMANCE_UNIT_MISMATCH"))
                .hasSize(2)
                .allSatisfy(i -> assertThat(fieldAt(i.where())).isEqualTo("39个"));
        // the 10-point header at the goal's label
        assertThat(issues)
                .filteredOn(i -> i.code().equals("PERFORMANCE_GOAL_POINTS"))
                .singleElement()
                .satisfies(i -> assertThat(fieldAt(i.where())).contains("(10分)"));
        // a weight read from a printed score at that score
        assertThat(issues)
                .filteredOn(i -> i.code().equals("PERFORMANCE_WEIGHT_FROM_SCORE"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(fieldAt(i.where())).matches("[0-9]+分?"));
        // a form's totals at its title
        assertThat(issues)
                .filteredOn(i -> i.code().equals("PERFORMANCE_WEIGHT_TOTAL"))
                .singleElement()
                .satisfies(i -> assertThat(lines.get(((SourceRef.Text) i.where()).line() - 1))
                        .contains("项目自评表"));
    }
}
