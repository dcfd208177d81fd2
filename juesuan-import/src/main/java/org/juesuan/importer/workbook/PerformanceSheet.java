package org.juesuan.importer.workbook;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.Text;

/**
 * The sheet 绩效自评: the performance self-evaluation forms (整体 and 项目), flat and editable.
 *
 * <p>Column A says what each row is. A form starts with a 评价类型 row (整体 or 项目), followed by its fields (名称,
 * 预算数, 执行数, 偏差原因, 改进措施, 主要产出和效果), one 属性 row per header field (属性名 | 属性值), one 原表所列 row
 * per printed score (项目 | 数值), and the indicator table: a 年度目标 row starts a goal (年度目标, 目标说明, 目标分值 in
 * columns B–D) and may carry its first indicator in columns E–L (一级指标, 二级指标, 三级指标, 年初目标值, 实际完成值,
 * 权重, 得分, 完成情况 — the achievement naming a qualitative indicator's tier, such as 达成); each further indicator of the goal is an 指标 row. A form left entirely blank is ignored.
 *
 * <p>Stateless and thread-safe.
 */
final class PerformanceSheet {

    static final String TYPE = "评价类型";
    static final String OVERALL = "整体";
    static final String PROJECT = "项目";
    static final String NAME = "名称";
    static final String PLANNED = "预算数";
    static final String EXECUTED = "执行数";
    static final String DEVIATION = "偏差原因";
    static final String IMPROVEMENT = "改进措施";
    static final String SUMMARY = "主要产出和效果";
    static final String ATTRIBUTE = "属性";
    static final String PRINTED = "原表所列";
    static final String HEADER = "指标表头";
    static final String GOAL = "年度目标";
    static final String INDICATOR = "指标";
    static final List<String> COLUMNS =
            List.of("年度目标", "目标说明", "目标分值", "一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "权重", "得分", "完成情况");
    /** Chinese labels of the printed scores' usual keys; other keys are written as they are. */
    static final Map<String, String> PRINTED_LABELS =
            Map.of("executionRate", "执行率", "budgetScore", "预算执行得分", "totalScore", "总分");

    /** The last column a form uses (L). */
    static final int LAST_COLUMN = 11;

    private PerformanceSheet() {}

    static void write(Sheet sheet, WorkbookContent content, CellWriter out) {
        out.text(sheet, 0, 0, "行类型", CellWriter.Style.HEADER);
        out.text(sheet, 0, 1, "内容（填法见“说明”工作表）", CellWriter.Style.HEADER);
        out.merge(sheet, 0, 0, 1, LAST_COLUMN);
        out.widths(sheet, 14, 24, 30, 10, 12, 14, 24, 14, 14, 8, 8, 12);
        int row = 1;
        if (content.template()) {
            row = block(sheet, row, OVERALL, null, out) + 1;
            block(sheet, row, PROJECT, null, out);
        } else {
            if (content.dataset().overallEvaluation() != null) {
                row = block(sheet, row, OVERALL, content.dataset().overallEvaluation(), out) + 1;
            }
            for (Evaluation evaluation : content.dataset().projectEvaluations()) {
                row = block(sheet, row, PROJECT, evaluation, out) + 1;
            }
        }
        out.choices(
                sheet,
                0,
                1,
                1999,
                List.of(
                        TYPE,
                        NAME,
                        PLANNED,
                        EXECUTED,
                        DEVIATION,
                        IMPROVEMENT,
                        SUMMARY,
                        ATTRIBUTE,
                        PRINTED,
                        HEADER,
                        GOAL,
                        INDICATOR));
        sheet.createFreezePane(1, 1);
    }

    /** Writes one form; returns the row after it. */
    private static int block(Sheet sheet, int row, String type, @Nullable Evaluation e, CellWriter out) {
        out.text(sheet, row, 0, TYPE, CellWriter.Style.LABEL);
        out.text(sheet, row++, 1, type, CellWriter.Style.INPUT_TEXT);
        out.text(sheet, row, 0, NAME, CellWriter.Style.LABEL);
        out.text(sheet, row++, 1, e == null ? "" : e.name(), CellWriter.Style.INPUT_TEXT);
        out.text(sheet, row, 0, PLANNED, CellWriter.Style.LABEL);
        out.amount(
                sheet,
                row++,
                1,
                e == null ? null : e.plannedFigure().map(Figure::amount).orElse(null),
                CellWriter.Style.INPUT_AMOUNT);
        out.text(sheet, row, 0, EXECUTED, CellWriter.Style.LABEL);
        out.amount(
                sheet,
                row++,
                1,
                e == null ? null : e.executedFigure().map(Figure::amount).orElse(null),
                CellWriter.Style.INPUT_AMOUNT);
        row = text(sheet, row, DEVIATION, e == null ? null : e.deviation(), out);
        row = text(sheet, row, IMPROVEMENT, e == null ? null : e.improvement(), out);
        row = text(sheet, row, SUMMARY, e == null ? null : e.summary(), out);
        Map<String, String> attributes = e == null || e.attributes().isEmpty() ? Map.of("", "") : e.attributes();
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            row = pair(sheet, row, ATTRIBUTE, attribute.getKey(), attribute.getValue(), out);
        }
        Map<String, String> printed = e == null || e.printed().isEmpty() ? Map.of("", "") : e.printed();
        for (Map.Entry<String, String> score : printed.entrySet()) {
            row = pair(
                    sheet,
                    row,
                    PRINTED,
                    PRINTED_LABELS.getOrDefault(score.getKey(), score.getKey()),
                    score.getValue(),
                    out);
        }
        out.text(sheet, row, 0, HEADER, CellWriter.Style.LABEL);
        for (int c = 0; c < COLUMNS.size(); c++) {
            out.text(sheet, row, c + 1, COLUMNS.get(c), CellWriter.Style.HEADER);
        }
        row++;
        if (e != null) {
            for (Evaluation.Goal goal : e.goals()) {
                out.text(sheet, row, 0, GOAL, CellWriter.Style.LABEL);
                out.text(sheet, row, 1, goal.title(), CellWriter.Style.INPUT_TEXT);
                out.text(sheet, row, 2, goal.description(), CellWriter.Style.INPUT_TEXT);
                out.decimal(sheet, row, 3, goal.points(), CellWriter.Style.INPUT_NUMBER);
                if (goal.indicators().isEmpty()) {
                    row++;
                }
                for (int i = 0; i < goal.indicators().size(); i++) {
                    if (i > 0) {
                        out.text(sheet, row, 0, INDICATOR, CellWriter.Style.LABEL);
                        for (int c = 1; c <= 3; c++) {
                            out.text(sheet, row, c, "", CellWriter.Style.INPUT_TEXT);
                        }
                    }
                    indicator(sheet, row++, goal.indicators().get(i), out);
                }
            }
        }
        return row;
    }

    private static int text(Sheet sheet, int row, String label, @Nullable Text text, CellWriter out) {
        out.text(sheet, row, 0, label, CellWriter.Style.LABEL);
        out.text(sheet, row, 1, text == null ? "" : text.value(), CellWriter.Style.INPUT_TEXT);
        out.merge(sheet, row, row, 1, LAST_COLUMN);
        return row + 1;
    }

    private static int pair(Sheet sheet, int row, String label, String name, String value, CellWriter out) {
        out.text(sheet, row, 0, label, CellWriter.Style.LABEL);
        out.text(sheet, row, 1, name, CellWriter.Style.INPUT_TEXT);
        out.text(sheet, row, 2, value, CellWriter.Style.INPUT_TEXT);
        return row + 1;
    }

    private static void indicator(Sheet sheet, int row, Evaluation.Indicator indicator, CellWriter out) {
        out.text(sheet, row, 4, indicator.level1(), CellWriter.Style.INPUT_TEXT);
        out.text(sheet, row, 5, indicator.level2(), CellWriter.Style.INPUT_TEXT);
        out.text(sheet, row, 6, indicator.name(), CellWriter.Style.INPUT_TEXT);
        out.text(sheet, row, 7, indicator.target(), CellWriter.Style.INPUT_TEXT);
        out.text(sheet, row, 8, indicator.actual(), CellWriter.Style.INPUT_TEXT);
        out.decimal(sheet, row, 9, indicator.weight(), CellWriter.Style.INPUT_NUMBER);
        out.decimal(sheet, row, 10, indicator.score(), CellWriter.Style.INPUT_NUMBER);
        out.text(sheet, row, 11, indicator.achievementText().orElse(""), CellWriter.Style.INPUT_TEXT);
    }

    static PerformanceReader.Evaluations read(SheetReader sheet, ImportContext context) {
        return PerformanceReader.read(sheet, context);
    }
}
