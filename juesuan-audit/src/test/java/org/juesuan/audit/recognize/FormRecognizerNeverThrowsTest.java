package org.juesuan.audit.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.source.SourceRef;

/**
 * Whatever the blocks — random texts and tables made of the forms' own words, or the example's forms cut short or
 * with rows and cells dropped — recognition returns forms and findings; it never throws.
 */
class FormRecognizerNeverThrowsTest {

    private static final List<Block> SEED = seed();

    private static List<Block> seed() {
        try {
            String text =
                    Files.readString(Path.of("../examples/qingshan-guozi-2024/published.txt"), StandardCharsets.UTF_8);
            return TabText.read("published.txt", text).blocks();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The forms' words, and a few that are not. */
    private static final List<String> WORDS = List.of(
            "第六部分 附件",
            "附件",
            "2024年度某单位整体绩效自评表",
            "2024年度某单位项目自评表",
            "绩效自评表",
            "部门名称：某单位",
            "部门名称",
            "项目名称",
            "主管部门",
            "项目实施单位",
            "项目类别",
            "1、部门预算项目☑ 2、区级专项☐",
            "☐持续性项目 ☐新增性项目",
            "<input checked=\"\" type=\"checkbox\"/>",
            "预算执行情况（万元）（20分）",
            "预算数(A)",
            "年初预算数",
            "执行数(B)",
            "执行率(B/A)",
            "得分 (20分*执行率)",
            "部门整体支出总额",
            "207.87",
            "6.24万元",
            "1,234.5",
            "(12.00)",
            "100%",
            "20分",
            "年度目标 1: (40分)",
            "年度绩效 目标 1 (10分)",
            "年度目标1（十分）",
            "年度目标2",
            "年度绩效指标",
            "一级 指标",
            "二级指标",
            "三级指标",
            "年初目标值 (A)",
            "实际完成值 (B)",
            "分值",
            "完成情况",
            "得分",
            "产出指标",
            "数量指标",
            "指标",
            "企业专项审计",
            "3家",
            "≥95%",
            "及时有效",
            "优",
            "总分",
            "偏差大或目标未完成原因分析",
            "改进措施及结果应用方案",
            "备注：",
            "-----",
            "",
            " ",
            "：",
            "（",
            "目标",
            "999999999999999999999.9999999");

    @Provide
    Arbitrary<String> word() {
        return Arbitraries.oneOf(
                Arbitraries.of(WORDS),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("年度目标分指标（）():：☑☐0123456789.、 ").ofMaxLength(12));
    }

    @Provide
    Arbitrary<Block> block() {
        Arbitrary<TableBlock.Cell> cell = Combinators.combine(
                        word(),
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(1, 3))
                .as((text, column, span) ->
                        new TableBlock.Cell(text, column, span, SourceRef.text("r", 1, column + 1)));
        Arbitrary<TableBlock.Row> row =
                cell.list().ofMaxSize(9).map(cells -> new TableBlock.Row(cells, SourceRef.text("r", 1, 1)));
        Arbitrary<Block> table = row.list().ofMaxSize(14).map(rows -> new TableBlock(rows, SourceRef.text("r", 1, 1)));
        Arbitrary<Block> text = word().map(w -> TextBlock.of(w, SourceRef.text("r", 1, 1)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, text), net.jqwik.api.Tuple.of(2, table));
    }

    @Property(tries = 500)
    void randomBlocksNeverThrow(@ForAll("blocks") List<Block> blocks) {
        check(FormRecognizer.recognize(blocks));
    }

    @Provide
    Arbitrary<List<Block>> blocks() {
        Arbitrary<Block> heading = Arbitraries.of(
                TextBlock.of("第六部分 附件", SourceRef.text("r", 1, 1)),
                TextBlock.of("2024年度某单位项目自评表", SourceRef.text("r", 1, 1)));
        return Combinators.combine(heading, block().list().ofMaxSize(8)).as((first, rest) -> {
            List<Block> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return all;
        });
    }

    @Property(tries = 200)
    void theExampleCutShortNeverThrows(
            @ForAll @IntRange(min = 0, max = 1000) int blocks,
            @ForAll @IntRange(min = 0, max = 40) int rows,
            @ForAll @IntRange(min = 0, max = 7) int dropEvery) {
        List<Block> cut = new ArrayList<>(SEED.subList(0, Math.min(blocks, SEED.size())));
        if (!cut.isEmpty() && cut.get(cut.size() - 1) instanceof TableBlock table) {
            // the last table cut after a number of rows, and every n-th cell of each row dropped
            List<TableBlock.Row> kept = new ArrayList<>();
            for (TableBlock.Row row :
                    table.rows().subList(0, Math.min(rows, table.rows().size()))) {
                List<TableBlock.Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.cells().size(); c++) {
                    if (dropEvery == 0 || c % (dropEvery + 1) != dropEvery) {
                        cells.add(row.cells().get(c));
                    }
                }
                kept.add(new TableBlock.Row(cells, row.source()));
            }
            cut.set(cut.size() - 1, new TableBlock(kept, table.source()));
        }
        FormRecognizer.Forms forms = FormRecognizer.recognize(cut);
        check(forms);
        assertThat(forms.projects()).hasSizeLessThanOrEqualTo(2);
        if (blocks >= SEED.size()) {
            assertThat(forms.projects()).hasSize(2);
            assertThat(forms.overallForm()).isPresent();
        }
    }

    /** Every form read, and every finding, is located in the blocks given. */
    private static void check(FormRecognizer.Forms forms) {
        List<Evaluation> all = new ArrayList<>(forms.projects());
        forms.overallForm().ifPresent(all::add);
        for (Evaluation form : all) {
            assertThat(form.positions().values()).allSatisfy(FormRecognizerNeverThrowsTest::given);
            for (Evaluation.Goal goal : form.goals()) {
                given(goal.source());
                for (Evaluation.Indicator indicator : goal.indicators()) {
                    assertThat(indicator.positions().values()).allSatisfy(FormRecognizerNeverThrowsTest::given);
                }
            }
        }
        forms.issues().forEach(issue -> given(issue.where()));
    }

    private static void given(SourceRef where) {
        assertThat(where.file()).isIn("r", "published.txt");
    }
}
