package org.juesuan.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.junit.jupiter.api.Test;

/** The self-evaluation forms show the scores the profile's rules give, and recorded ones only where they cannot. */
class EvaluationFormScoresTest {

    /** The example with one edit of its YAML text. */
    static Dataset exampleWith(String from, String to) throws Exception {
        String text = Files.readString(ExampleDocuments.EXAMPLE);
        assertThat(text).contains(from);
        Result<Node> node = TreeReader.read(text.replace(from, to), "dataset.yaml", TreeReader.Format.YAML);
        return new DatasetReader(ExampleDocuments.CATALOGS)
                .read(node.value().orElseThrow(), SourceRef.file("dataset.yaml"), Issues.create())
                .value()
                .orElseThrow();
    }

    static List<List<String>> secondProjectForm(Dataset dataset) {
        Document document =
                ExampleDocuments.build(dataset, "hubei-2024").value().orElseThrow();
        List<GridBlock> grids = ExampleDocuments.grids(ExampleDocuments.part(document, Part.Kind.ATTACHMENTS));
        return ExampleDocuments.texts(grids.get(2));
    }

    static List<String> rowWith(List<List<String>> form, String text) {
        return form.stream().filter(row -> row.contains(text)).findFirst().orElseThrow();
    }

    @Test
    void anIndicatorScoreIsTheRulesNotTheOnePrinted() throws Exception {
        // 编印《大企动态》 with a weight of 30: 8 of 10 issues give 30 × 8 ÷ 10 = 24, whatever the form printed (30)
        Dataset dataset = exampleWith(
                "name: 编印《大企动态》, target: 10期, actual: 10期, score: 30}",
                "name: 编印《大企动态》, target: 10期, actual: 8期, weight: 30, score: 30}");
        List<String> row = rowWith(secondProjectForm(dataset), "编印《大企动态》");
        assertThat(row).contains("10期", "8期", "24").doesNotContain("30");
    }

    @Test
    void theExecutionRateAndBudgetScoreAreComputed() throws Exception {
        // 29.44 budgeted, 26.50 spent: 26.50 ÷ 29.44 = 90.01%, 20 × 90.01% = 18.00 (the form printed 100% and 20分)
        Dataset dataset = exampleWith(
                "planned: 29.44      # 十三(三)2 says “年初预算数29.44万，项目执行数29.44万元”\n      executed: 29.44",
                "planned: 29.44\n      executed: 26.50");
        List<String> row = rowWith(secondProjectForm(dataset), "26.50");
        assertThat(row).contains("29.44", "26.50", "90.01%", "18").doesNotContain("100%", "20");
    }

    @Test
    void whereTheRulesCannotScoreTheRecordedScoreStays() throws Exception {
        // 走访服务驻区大企业大单位: 20次 against 39个 cannot be scored, so the printed 20 is shown; the form's total
        // cannot be computed either (the qualitative indicator has no weight), so the printed 100 stays
        List<List<String>> form = secondProjectForm(ExampleDocuments.dataset());
        assertThat(rowWith(form, "走访服务驻区大企业大单位")).contains("20次", "39个", "20");
        assertThat(rowWith(form, "总分")).containsExactly("总分", "100");
    }
}
