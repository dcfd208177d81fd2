package org.juesuan.core.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.document.DocumentDefinition.AttachmentsPart;
import org.juesuan.core.document.DocumentDefinition.FieldRow;
import org.juesuan.core.document.DocumentDefinition.Fields;
import org.juesuan.core.document.DocumentDefinition.Form;
import org.juesuan.core.document.DocumentDefinition.FormLabels;
import org.juesuan.core.document.DocumentDefinition.Options;
import org.juesuan.core.internal.ChineseNumerals;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.performance.Scorecard;
import org.juesuan.core.performance.Scorecard.FormScore;
import org.juesuan.core.performance.Scorecard.GoalScore;

/**
 * Lays out the self-evaluation forms (绩效自评表) of the attachments part, as the example prints them: the fields,
 * the budget execution block, each goal with its indicators, the total, the reasons for deviations and the
 * improvements, then the notes.
 *
 * <p>The execution rate, the budget score, each indicator's score and the total are the ones the profile's scoring
 * rules give ({@link Scorecard}); where the rules cannot give one (a missing weight, a target and an actual in
 * different units…) the form shows what the dataset records, and validation says why. Not thread-safe; one per
 * document.
 */
final class EvaluationForms {

    /** The columns: goal, 一级指标, 二级指标, 三级指标 (two), 目标值, 完成值, 得分. */
    private static final List<Integer> WIDTHS = List.of(3, 2, 3, 3, 3, 3, 3, 2);

    private static final int COLUMNS = WIDTHS.size();

    private final AttachmentsPart part;
    private final Map<String, String> base;
    private final Dataset dataset;
    private final Issues issues;

    private final @Nullable Scorecard scores;

    EvaluationForms(
            AttachmentsPart part,
            Map<String, String> base,
            Dataset dataset,
            @Nullable Scorecard scores,
            Issues issues) {
        this.part = part;
        this.scores = scores;
        this.base = base;
        this.dataset = dataset;
        this.issues = issues;
    }

    /** Returns the blocks of the attachments part. */
    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        int headings = 0;
        Optional<Evaluation> overall = dataset.overall();
        if (overall.isPresent()) {
            headings++;
            blocks.add(new Heading(2, part.overall().heading().fill(numbered(headings))));
            form(part.overall(), overall.get(), "evaluation.overall", overallScore(), blocks);
        }
        List<Evaluation> projects = dataset.projectEvaluations();
        if (!projects.isEmpty()) {
            headings++;
            blocks.add(new Heading(2, part.project().heading().fill(numbered(headings))));
            for (int i = 0; i < projects.size(); i++) {
                form(part.project(), projects.get(i), "evaluation.project." + (i + 1), projectScore(i), blocks);
            }
        }
        if (blocks.isEmpty()) {
            issues.warning(dataset.source(), "DOCUMENT_NO_EVALUATION", "数据集没有绩效自评表（performance），附件部分为空");
        }
        return blocks;
    }

    private Map<String, String> numbered(int n) {
        Map<String, String> values = new HashMap<>(base);
        values.put("n", Integer.toString(n));
        values.put("cn", ChineseNumerals.of(n));
        return values;
    }

    private @Nullable FormScore overallScore() {
        return scores == null ? null : scores.overallForm().orElse(null);
    }

    private @Nullable FormScore projectScore(int index) {
        return scores == null || index >= scores.projects().size()
                ? null
                : scores.projects().get(index);
    }

    private void form(Form form, Evaluation evaluation, String id, @Nullable FormScore score, List<Block> blocks) {
        Map<String, String> values = new HashMap<>(base);
        values.put("name", evaluation.name());
        String department = evaluation.attributes().get("部门名称");
        values.put(
                "department", department != null ? department : dataset.unit().shortName());
        blocks.add(Paragraph.of(Paragraph.Style.CENTERED, form.title().fill(values)));
        blocks.add(Paragraph.of(Paragraph.Style.PLAIN, form.caption().fill(values)));
        blocks.add(new GridBlock(id, grid(form, evaluation, score), 0, WIDTHS));
        blocks.add(Paragraph.of(Paragraph.Style.NOTE, part.notesTitle()));
        for (String note : part.notes()) {
            blocks.add(Paragraph.of(Paragraph.Style.NOTE, note));
        }
    }

    private List<List<GridCell>> grid(Form form, Evaluation evaluation, @Nullable FormScore score) {
        FormLabels labels = part.labels();
        Grid grid = new Grid(COLUMNS);
        List<String> missing = new ArrayList<>();
        for (FieldRow row : form.fields()) {
            int r = grid.row();
            if (row instanceof Fields) {
                List<String> names = ((Fields) row).names();
                int width = names.size() == 1 ? 6 : 2;
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    grid.put(r, i * 4, 1, 2, Grid.header(name));
                    grid.put(r, i * 4 + 2, 1, width, Grid.label(field(form, evaluation, name, missing)));
                }
            } else {
                Options options = (Options) row;
                grid.put(r, 0, 1, 2, Grid.header(options.name()));
                grid.put(r, 2, 1, 6, Grid.label(options(options, evaluation, missing)));
            }
        }
        // 预算执行情况: the label spans the header row and the figures row
        int head = grid.row();
        grid.put(head, 0, 2, 2, Grid.header(labels.budget()));
        grid.put(head, 2, 1, 2, Grid.header(""));
        grid.put(head, 4, Grid.header(labels.planned()));
        grid.put(head, 5, Grid.header(labels.executed()));
        grid.put(head, 6, Grid.header(labels.rate()));
        grid.put(head, 7, Grid.header(labels.budgetScore()));
        int budget = grid.row();
        grid.put(budget, 2, 1, 2, Grid.label(form.budgetItem()));
        grid.put(budget, 4, amount(evaluation.planned(), labels.planned(), missing));
        grid.put(budget, 5, amount(evaluation.executed(), labels.executed(), missing));
        // the rate and the scores as the profile's scoring rules give them; what the form printed where they cannot
        grid.put(
                budget,
                6,
                Grid.label(computed(score == null ? null : score.rate(), "%")
                        .orElseGet(() -> printed(evaluation, "executionRate", labels.rate(), missing))));
        grid.put(
                budget,
                7,
                Grid.label(computed(score == null ? null : score.budgetScore(), "")
                        .orElseGet(() -> printed(evaluation, "budgetScore", labels.budgetScore(), missing))));
        goals(grid, evaluation, score, labels);
        int total = grid.row();
        grid.put(total, 0, 1, 2, Grid.header(labels.total()));
        grid.put(
                total,
                2,
                1,
                6,
                Grid.label(computed(score == null ? null : score.total(), "")
                        .orElseGet(() -> printed(evaluation, "totalScore", labels.total(), missing))));
        int deviation = grid.row();
        grid.put(deviation, 0, 1, 2, Grid.header(labels.deviation()));
        grid.put(deviation, 2, 1, 6, Grid.label(text(evaluation.deviation(), labels.deviation(), missing)));
        int improvement = grid.row();
        grid.put(improvement, 0, 1, 2, Grid.header(labels.improvement()));
        grid.put(improvement, 2, 1, 6, Grid.label(text(evaluation.improvement(), labels.improvement(), missing)));
        if (!missing.isEmpty()) {
            issues.warning(
                    evaluation.source(),
                    "DOCUMENT_FORM_INCOMPLETE",
                    "绩效自评表“" + evaluation.name() + "”以下栏目没有数据，表中留空：" + String.join("、", missing));
        }
        return grid.rows();
    }

    /**
     * Lays out the goals. A goal with a description gets a row of its own (年度目标1（40分） | 大企业协调服务经费)
     * and its indicators follow, labelled with the goal's title, under one header row for all such goals; a goal
     * without description has its label spanning its own header row and its indicators.
     */
    private void goals(Grid grid, Evaluation evaluation, @Nullable FormScore score, FormLabels labels) {
        boolean headerDone = false;
        List<Evaluation.Goal> goals = evaluation.goals();
        for (int g = 0; g < goals.size(); g++) {
            Evaluation.Goal goal = goals.get(g);
            @Nullable
            GoalScore goalScore =
                    score != null && g < score.goals().size() ? score.goals().get(g) : null;
            String label = goal.points() == null
                    ? goal.title()
                    : labels.goal().fill(Map.of("title", goal.title(), "points", number(goal.points())));
            List<Evaluation.Indicator> indicators = goal.indicators();
            int first;
            if (!goal.description().isBlank()) {
                int r = grid.row();
                grid.put(r, 0, 1, 2, Grid.header(label));
                grid.put(r, 2, 1, 6, Grid.label(goal.description()));
                if (!headerDone) {
                    indicatorHeader(grid, grid.row(), Grid.header(labels.indicators()), 1, labels);
                    headerDone = true;
                }
                first = indicators.isEmpty() ? -1 : grid.row();
                if (!indicators.isEmpty()) {
                    grid.put(first, 0, indicators.size(), 1, Grid.label(goal.title()));
                }
            } else {
                indicatorHeader(grid, grid.row(), Grid.header(label), indicators.size() + 1, labels);
                first = indicators.isEmpty() ? -1 : grid.row();
            }
            for (int i = 0; i < indicators.size(); i++) {
                Evaluation.Indicator indicator = indicators.get(i);
                int r = i == 0 ? first : grid.row();
                // one 一级指标 cell for consecutive indicators of the same kind
                if (i == 0 || !indicators.get(i - 1).level1().equals(indicator.level1())) {
                    int run = 1;
                    while (i + run < indicators.size()
                            && indicators.get(i + run).level1().equals(indicator.level1())) {
                        run++;
                    }
                    grid.put(r, 1, run, 1, Grid.label(indicator.level1()));
                }
                grid.put(r, 2, Grid.label(indicator.level2()));
                grid.put(r, 3, 1, 2, Grid.label(indicator.name()));
                grid.put(r, 5, Grid.label(indicator.target()));
                grid.put(r, 6, Grid.label(indicator.actual()));
                BigDecimal recorded = indicator.score();
                @Nullable
                BigDecimal scored =
                        goalScore != null && i < goalScore.indicators().size()
                                ? goalScore.indicators().get(i).score()
                                : null;
                grid.put(r, 7, Grid.label(computed(scored, "").orElse(recorded == null ? "" : number(recorded))));
            }
        }
    }

    private static void indicatorHeader(Grid grid, int r, GridCell first, int rowSpan, FormLabels labels) {
        grid.put(r, 0, rowSpan, 1, first);
        grid.put(r, 1, Grid.header(labels.level1()));
        grid.put(r, 2, Grid.header(labels.level2()));
        grid.put(r, 3, 1, 2, Grid.header(labels.name()));
        grid.put(r, 5, Grid.header(labels.target()));
        grid.put(r, 6, Grid.header(labels.actual()));
        grid.put(r, 7, Grid.header(labels.score()));
    }

    private static String field(Form form, Evaluation evaluation, String name, List<String> missing) {
        String value = evaluation.attributes().get(name);
        if (value == null && name.equals(form.nameField())) {
            value = evaluation.name();
        }
        if (value == null) {
            missing.add(name);
            return "";
        }
        return value;
    }

    /** Returns e.g. 1、部门预算项目■　2、区级专项□　3、上级转移支付项目□, the option the evaluation names marked. */
    private String options(Options options, Evaluation evaluation, List<String> missing) {
        String value = evaluation.attributes().get(options.name());
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean found = false;
        for (Template option : options.options()) {
            String name = option.fill(base);
            boolean chosen = value != null && Catalog.sameName(name, value);
            found |= chosen;
            names.add(name);
            texts.add(names.size() + "、" + name + (chosen ? part.checked() : part.unchecked()));
        }
        if (value == null) {
            missing.add(options.name());
        } else if (!found) {
            issues.warning(
                    evaluation.source(),
                    "DOCUMENT_FORM_OPTION",
                    "绩效自评表“" + evaluation.name() + "”的" + options.name() + "“" + value + "”不是表样中的选项（"
                            + String.join("、", names) + "），未勾选任何一项");
        }
        return String.join("\u3000", texts);
    }

    private static GridCell amount(@Nullable Figure figure, String label, List<String> missing) {
        if (figure == null) {
            missing.add(label);
            return Grid.label("");
        }
        return Grid.amount(figure.amount());
    }

    private static String printed(Evaluation evaluation, String key, String label, List<String> missing) {
        String value = evaluation.printed().get(key);
        if (value == null) {
            missing.add(label);
            return "";
        }
        return value;
    }

    private static String text(@Nullable Text text, String label, List<String> missing) {
        if (text == null) {
            missing.add(label);
            return "";
        }
        return text.value();
    }

    /** Returns a computed rate or score as the forms print it (100%, 20, 95.5), if there is one. */
    private static Optional<String> computed(@Nullable BigDecimal value, String suffix) {
        return value == null ? Optional.empty() : Optional.of(number(value) + suffix);
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
