package org.juesuan.importer.workbook;

import static org.juesuan.importer.workbook.PerformanceSheet.ATTRIBUTE;
import static org.juesuan.importer.workbook.PerformanceSheet.DEVIATION;
import static org.juesuan.importer.workbook.PerformanceSheet.EXECUTED;
import static org.juesuan.importer.workbook.PerformanceSheet.GOAL;
import static org.juesuan.importer.workbook.PerformanceSheet.HEADER;
import static org.juesuan.importer.workbook.PerformanceSheet.IMPROVEMENT;
import static org.juesuan.importer.workbook.PerformanceSheet.INDICATOR;
import static org.juesuan.importer.workbook.PerformanceSheet.LAST_COLUMN;
import static org.juesuan.importer.workbook.PerformanceSheet.NAME;
import static org.juesuan.importer.workbook.PerformanceSheet.OVERALL;
import static org.juesuan.importer.workbook.PerformanceSheet.PLANNED;
import static org.juesuan.importer.workbook.PerformanceSheet.PRINTED;
import static org.juesuan.importer.workbook.PerformanceSheet.PRINTED_LABELS;
import static org.juesuan.importer.workbook.PerformanceSheet.PROJECT;
import static org.juesuan.importer.workbook.PerformanceSheet.SUMMARY;
import static org.juesuan.importer.workbook.PerformanceSheet.TYPE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.source.SourceRef;

/**
 * Reads the sheet 绩效自评 row by row, as {@link PerformanceSheet} describes it: a 评价类型 row starts a form, the
 * label in column A says what every other row holds, and a form left entirely blank is skipped.
 *
 * <p>Not thread-safe: one per import.
 */
final class PerformanceReader {

    /**
     * The evaluations read.
     *
     * @param overall the overall evaluation, if any
     * @param projects the project evaluations, in order
     */
    record Evaluations(@Nullable Evaluation overall, List<Evaluation> projects) {}

    static Evaluations read(SheetReader sheet, ImportContext context) {
        PerformanceReader reader = new PerformanceReader(sheet, context);
        for (int row = 1; row <= sheet.lastRow(); row++) {
            reader.row(row);
        }
        reader.finish();
        return new Evaluations(reader.overall, reader.projects);
    }

    /** The form being read. Not thread-safe. */
    private static final class Draft {
        final boolean overall;
        final SourceRef source;
        String name = "";
        SourceRef nameRef;

        @Nullable
        Figure planned;

        @Nullable
        Figure executed;

        @Nullable
        Text deviation;

        @Nullable
        Text improvement;

        @Nullable
        Text summary;

        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, String> printed = new LinkedHashMap<>();
        final Map<String, SourceRef> positions = new LinkedHashMap<>();
        final List<GoalDraft> goals = new ArrayList<>();

        Draft(boolean overall, SourceRef source) {
            this.overall = overall;
            this.source = source;
            this.nameRef = source;
        }

        boolean isBlank() {
            return name.isEmpty()
                    && planned == null
                    && executed == null
                    && deviation == null
                    && improvement == null
                    && summary == null
                    && attributes.isEmpty()
                    && printed.isEmpty()
                    && goals.isEmpty();
        }
    }

    /** A goal being read. Not thread-safe. */
    private static final class GoalDraft {
        final String title;
        final String description;
        final @Nullable BigDecimal points;
        final SourceRef source;
        final List<Evaluation.Indicator> indicators = new ArrayList<>();

        final SourceRef pointsSource;

        GoalDraft(
                String title,
                String description,
                @Nullable BigDecimal points,
                SourceRef source,
                SourceRef pointsSource) {
            this.title = title;
            this.description = description;
            this.points = points;
            this.source = source;
            this.pointsSource = pointsSource;
        }
    }

    private final SheetReader sheet;
    private final ImportContext context;
    private @Nullable Draft draft;
    private @Nullable GoalDraft goal;
    private @Nullable Evaluation overall;
    private final List<Evaluation> projects = new ArrayList<>();

    private PerformanceReader(SheetReader sheet, ImportContext context) {
        this.sheet = sheet;
        this.context = context;
    }

    void row(int row) {
        String type = sheet.text(row, 0);
        if (type.isEmpty()) {
            if (!sheet.isBlankRow(row, 1, LAST_COLUMN)) {
                context.problem(sheet.ref(row, 0), "WORKBOOK_MISSING_ROW_TYPE", "此行填有内容，但 A 列没有注明行类型");
            }
            return;
        }
        if (type.equals(TYPE)) {
            finish();
            String kind = sheet.text(row, 1);
            if (!kind.equals(OVERALL) && !kind.equals(PROJECT)) {
                context.issues.error(sheet.ref(row, 1), "WORKBOOK_BAD_FIELD", "评价类型应为“整体”或“项目”，实为“" + kind + "”");
            }
            draft = new Draft(kind.equals(OVERALL), sheet.ref(row, 0));
            goal = null;
            return;
        }
        if (draft == null) {
            if (!type.equals(HEADER)) {
                context.problem(sheet.ref(row, 0), "WORKBOOK_NO_FORM", "“" + type + "”行之前应有“评价类型”行");
            }
            return;
        }
        field(draft, type, row);
    }

    private void field(Draft form, String type, int row) {
        switch (type) {
            case NAME:
                form.name = sheet.text(row, 1);
                form.nameRef = sheet.ref(row, 1);
                form.positions.put("name", form.nameRef);
                break;
            case PLANNED:
                form.planned = sheet.figure(row, 1).orElse(null);
                form.positions.put("planned", sheet.ref(row, 1));
                break;
            case EXECUTED:
                form.executed = sheet.figure(row, 1).orElse(null);
                form.positions.put("executed", sheet.ref(row, 1));
                break;
            case DEVIATION:
                form.deviation = sheet.textValue(row, 1).orElse(null);
                break;
            case IMPROVEMENT:
                form.improvement = sheet.textValue(row, 1).orElse(null);
                break;
            case SUMMARY:
                form.summary = sheet.textValue(row, 1).orElse(null);
                break;
            case ATTRIBUTE:
                pair(form.attributes, row, "属性名", Map.of());
                break;
            case PRINTED:
                pair(form.printed, row, "项目", PRINTED_LABELS)
                        .ifPresent(key -> form.positions.put("printed." + key, sheet.ref(row, 2)));
                break;
            case HEADER:
                break;
            case GOAL:
                goal = new GoalDraft(
                        sheet.text(row, 1),
                        sheet.text(row, 2),
                        sheet.decimal(row, 3, "目标分值").orElse(null),
                        sheet.ref(row, 0),
                        sheet.ref(row, 3));
                form.goals.add(goal);
                indicator(row).ifPresent(goal.indicators::add);
                break;
            case INDICATOR:
                if (goal == null) {
                    context.issues.error(sheet.ref(row, 0), "WORKBOOK_NO_GOAL", "“指标”行之前应有“年度目标”行");
                    return;
                }
                if (!sheet.isBlankRow(row, 1, 3)) {
                    context.issues.error(
                            sheet.ref(row, 1),
                            "WORKBOOK_GOAL_IN_INDICATOR",
                            "年度目标、目标说明、目标分值应填在“年度目标”行，“指标”行的 B–D 列应留空");
                }
                indicator(row).ifPresent(goal.indicators::add);
                break;
            default:
                context.problem(sheet.ref(row, 0), "WORKBOOK_UNKNOWN_ROW_TYPE", "无法识别的行类型“" + type + "”");
                break;
        }
    }

    /** Reads a name | value row into {@code map}; returns the key it was stored under, if it was. */
    private Optional<String> pair(Map<String, String> map, int row, String what, Map<String, String> labels) {
        String name = sheet.text(row, 1);
        String value = sheet.text(row, 2);
        if (name.isEmpty()) {
            if (!value.isEmpty()) {
                context.issues.error(sheet.ref(row, 1), "WORKBOOK_MISSING_FIELD", what + "不能为空");
            }
            return Optional.empty();
        }
        String key = name;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (label.getValue().equals(name)) {
                key = label.getKey();
            }
        }
        if (map.putIfAbsent(key, value) != null) {
            context.issues.error(sheet.ref(row, 1), "WORKBOOK_DUPLICATE_FIELD", "“" + name + "”在本评价中重复");
            return Optional.empty();
        }
        return Optional.of(key);
    }

    private Optional<Evaluation.Indicator> indicator(int row) {
        if (sheet.isBlankRow(row, 4, LAST_COLUMN)) {
            return Optional.empty();
        }
        String name = sheet.text(row, 6);
        @Nullable BigDecimal weight = sheet.decimal(row, 9, "权重").orElse(null);
        @Nullable BigDecimal score = sheet.decimal(row, 10, "得分").orElse(null);
        if (name.isEmpty()) {
            context.issues.error(sheet.ref(row, 6), "WORKBOOK_MISSING_FIELD", "三级指标不能为空");
            return Optional.empty();
        }
        String achievement = sheet.text(row, 11);
        Map<String, SourceRef> positions = new LinkedHashMap<>();
        positions.put("name", sheet.ref(row, 6));
        positions.put("target", sheet.ref(row, 7));
        positions.put("actual", sheet.ref(row, 8));
        positions.put("weight", sheet.ref(row, 9));
        positions.put("score", sheet.ref(row, 10));
        positions.put("achievement", sheet.ref(row, 11));
        return Optional.of(new Evaluation.Indicator(
                sheet.text(row, 4),
                sheet.text(row, 5),
                name,
                sheet.text(row, 7),
                sheet.text(row, 8),
                weight,
                score,
                achievement.isEmpty() ? null : achievement,
                sheet.ref(row, 0),
                positions));
    }

    void finish() {
        Draft form = draft;
        draft = null;
        goal = null;
        if (form == null || form.isBlank()) {
            return;
        }
        if (form.name.isEmpty()) {
            context.issues.error(form.nameRef, "WORKBOOK_MISSING_FIELD", "绩效自评表的名称不能为空");
            return;
        }
        List<Evaluation.Goal> goals = new ArrayList<>();
        for (GoalDraft g : form.goals) {
            goals.add(new Evaluation.Goal(
                    g.title, g.description, g.points, g.indicators, g.source, Map.of("points", g.pointsSource)));
        }
        Evaluation evaluation = new Evaluation(
                form.name,
                form.attributes,
                form.planned,
                form.executed,
                goals,
                form.deviation,
                form.improvement,
                form.summary,
                form.printed,
                form.source,
                form.positions);
        if (!form.overall) {
            projects.add(evaluation);
        } else if (overall != null) {
            context.issues.error(form.source, "WORKBOOK_DUPLICATE_FORM", "整体绩效自评只能有一份");
        } else {
            overall = evaluation;
        }
    }
}
