package org.juesuan.audit.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/**
 * Reads the rows of one self-evaluation form (自评表) into an {@link Evaluation}: the header fields and check boxes,
 * the budget execution block (预算数, 执行数, 执行率, 得分), the goals with their points and indicators, the total,
 * the reasons for deviations and the improvements.
 *
 * <p>Printed columns are trusted as far as they agree with the form's own header rows: a cell sits under the header
 * its column falls in, or — when a conversion lost an empty cell and the row runs short — in the next slot after the
 * previous cell. A merged cell printed once (一级指标, 二级指标, a goal's label) stands for the rows it covers; a row
 * holding only pieces of labels continues the indicator above it.
 *
 * <p>Not thread-safe; one per form.
 */
final class FormReader {

    /** Which form it is. */
    enum Kind {
        /** 部门整体绩效自评表. */
        OVERALL,
        /** 项目支出绩效自评表. */
        PROJECT
    }

    static final String PROJECT_NAME = "项目名称";
    /** The labels naming the unit on its overall form, in the order they are preferred. */
    private static final List<String> UNIT_NAMES = List.of("部门名称", "单位名称", "部门（单位）名称", "预算单位");
    /** Field labels of the forms' headers, to tell a label from a value when a value is left blank. */
    private static final Set<String> FIELD_LABELS = Set.of(
            "部门名称",
            "单位名称",
            "部门（单位）名称",
            "预算单位",
            PROJECT_NAME,
            "主管部门",
            "项目实施单位",
            "实施单位",
            "基本支出总额",
            "项目支出总额",
            "项目类别",
            "项目属性",
            "项目类型",
            "项目负责人",
            "联系电话");

    /** What a printed column holds. */
    private enum Slot {
        GOAL,
        LEVEL1,
        LEVEL2,
        NAME,
        TARGET,
        ACTUAL,
        WEIGHT,
        ACHIEVEMENT,
        SCORE,
        ITEM,
        PLANNED,
        EXECUTED,
        RATE,
        BUDGET_SCORE,
        OTHER
    }

    private record Column(Slot slot, int start) {}

    /** The form's layout as Juesuan and the 表样 print it: goal, 一级, 二级, 三级 (two columns), 目标值, 完成值, 得分. */
    private static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column(Slot.GOAL, 0),
            new Column(Slot.LEVEL1, 1),
            new Column(Slot.LEVEL2, 2),
            new Column(Slot.NAME, 3),
            new Column(Slot.TARGET, 5),
            new Column(Slot.ACTUAL, 6),
            new Column(Slot.SCORE, 7));

    private enum Section {
        FIELDS,
        BUDGET,
        GOALS,
        END
    }

    private final Issues issues;
    private final SourceRef source;
    private final @Nullable Kind titleKind;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, SourceRef> positions = new LinkedHashMap<>();
    private final Map<String, String> printed = new LinkedHashMap<>();
    private final List<GoalDraft> goals = new ArrayList<>();
    private @Nullable Figure planned;
    private @Nullable Figure executed;
    private @Nullable Text deviation;
    private @Nullable Text improvement;
    private Section section = Section.FIELDS;
    private List<Column> budgetColumns = List.of();
    private AmountUnit budgetUnit = AmountUnit.WAN_YUAN;
    private boolean budgetRead;
    private List<Column> indicatorColumns = INDICATOR_COLUMNS;
    private boolean named;

    /**
     * Starts a form.
     *
     * @param source where the form starts (its title, else its first row)
     * @param titleKind the kind its title names, if any
     * @param caption the 部门名称：… line printed above the table, as label and value, if any
     */
    FormReader(
            SourceRef source,
            @Nullable Kind titleKind,
            Map.@Nullable Entry<String, TableBlock.Cell> caption,
            Issues issues) {
        this.source = source;
        this.titleKind = titleKind;
        this.issues = issues;
        if (caption != null) {
            attribute(
                    caption.getKey(),
                    caption.getValue().text(),
                    caption.getValue().source());
        }
    }

    // ---- rows ----

    /** Returns whether a row names a form (项目名称, 部门名称 …) after this one already has content: a new form. */
    boolean startsNewForm(TableBlock.Row row) {
        List<TableBlock.Cell> cells = nonEmpty(row);
        if (cells.isEmpty()) {
            return false;
        }
        String key = Labels.key(cells.get(0).text());
        boolean nameRow = key.equals(PROJECT_NAME) || UNIT_NAMES.contains(key);
        return nameRow && (named || section != Section.FIELDS);
    }

    /** Returns whether a row names a form: its first cell is 项目名称, 部门名称 or the like. */
    static boolean isNameRow(TableBlock.Row row) {
        List<TableBlock.Cell> cells = nonEmpty(row);
        if (cells.isEmpty()) {
            return false;
        }
        String key = Labels.key(cells.get(0).text());
        return key.equals(PROJECT_NAME) || UNIT_NAMES.contains(key);
    }

    /** Returns whether a row is the header of a form's budget block or of its indicators. */
    static boolean isFormHeader(TableBlock.Row row) {
        return isBudgetHeader(nonEmpty(row)) || isIndicatorHeader(nonEmpty(row));
    }

    /** Reads one row of the form. */
    void accept(TableBlock.Row row) {
        List<TableBlock.Cell> cells = nonEmpty(row);
        if (cells.isEmpty() || cells.stream().allMatch(c -> c.text().matches("[-—–:：|｜=＝\\s]+"))) {
            return;
        }
        String first = Labels.key(cells.get(0).text());
        if (first.equals("总分") || first.equals("总得分") || first.equals("合计得分")) {
            section = Section.END;
            if (cells.size() > 1) {
                put("totalScore", cells.get(1));
            }
            return;
        }
        if (first.startsWith("偏差")) {
            deviation = text(cells, "deviation");
            return;
        }
        if (first.startsWith("改进措施")) {
            improvement = text(cells, "improvement");
            return;
        }
        if (isBudgetHeader(cells)) {
            budgetHeader(cells);
            return;
        }
        if (isIndicatorHeader(cells)) {
            indicatorHeader(cells);
            return;
        }
        if (section == Section.BUDGET && !budgetRead && budgetValues(cells)) {
            return;
        }
        Optional<FormText.GoalLabel> goal = FormText.goal(cells.get(0).text());
        if (goal.isPresent() && cells.size() <= 2 && section != Section.END) {
            goalRow(goal.get(), cells);
            return;
        }
        if (section == Section.GOALS) {
            indicator(row, cells);
            return;
        }
        if (section == Section.FIELDS) {
            fields(cells);
            return;
        }
        issues.warning(
                row.source(),
                "AUDIT_FORM_UNREAD_ROW",
                label() + "有一行未能识别，未读取：“"
                        + String.join(
                                " ",
                                cells.stream().map(c -> FormText.tidy(c.text())).toList()) + "”");
    }

    private static List<TableBlock.Cell> nonEmpty(TableBlock.Row row) {
        List<TableBlock.Cell> cells = new ArrayList<>();
        for (TableBlock.Cell cell : row.cells()) {
            if (!FormText.tidy(cell.text()).isEmpty()) {
                cells.add(cell);
            }
        }
        cells.sort(java.util.Comparator.comparingInt(TableBlock.Cell::column));
        return cells;
    }

    private @Nullable Text text(List<TableBlock.Cell> cells, String field) {
        if (cells.size() < 2) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (TableBlock.Cell cell : cells.subList(1, cells.size())) {
            value.append(FormText.tidy(cell.text()));
        }
        positions.put(field, cells.get(1).source());
        return new Text(value.toString(), cells.get(1).source());
    }

    private void put(String key, TableBlock.Cell cell) {
        printed.put(key, FormText.tidy(cell.text()));
        positions.put("printed." + key, cell.source());
    }

    // ---- header fields ----

    private void fields(List<TableBlock.Cell> cells) {
        if (cells.size() == 1) {
            // 部门名称：… in one cell
            String text = FormText.tidy(cells.get(0).text());
            int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
            if (colon > 0 && colon <= 12 && colon + 1 < text.length()) {
                attribute(
                        Labels.key(text.substring(0, colon)),
                        text.substring(colon + 1),
                        cells.get(0).source());
                return;
            }
        }
        String label = null;
        TableBlock.Cell value = null;
        for (TableBlock.Cell cell : cells) {
            String key = Labels.key(cell.text());
            if (label == null || (value == null && FIELD_LABELS.contains(key)) || value != null) {
                if (label != null && value != null) {
                    attribute(label, value.text(), value.source());
                }
                label = key;
                value = null;
            } else {
                value = cell;
            }
        }
        if (label != null && value != null) {
            attribute(label, value.text(), value.source());
        }
    }

    private void attribute(String label, String text, SourceRef where) {
        String value = FormText.tidy(text);
        Optional<FormText.Choice> choice = FormText.choice(text);
        if (choice.isPresent()) {
            List<String> chosen = choice.get().chosen();
            if (chosen.isEmpty()) {
                issues.warning(
                        where,
                        "AUDIT_FORM_NO_OPTION",
                        label() + "的" + label + "未勾选任何一项（"
                                + String.join("、", choice.get().options()) + "）");
                return;
            }
            if (chosen.size() > 1) {
                issues.warning(
                        where,
                        "AUDIT_FORM_OPTIONS",
                        label() + "的" + label + "勾选了" + chosen.size() + "项：" + String.join("、", chosen));
            }
            value = String.join("、", chosen);
        }
        if (value.isEmpty()) {
            return;
        }
        if (label.equals(PROJECT_NAME) || UNIT_NAMES.contains(label)) {
            named = true;
        }
        attributes.put(label, value);
        positions.put("attributes." + label, where);
    }

    // ---- budget execution ----

    private static boolean isBudgetHeader(List<TableBlock.Cell> cells) {
        boolean planned = false;
        boolean executed = false;
        for (TableBlock.Cell cell : cells) {
            String key = Labels.key(cell.text());
            planned |= key.contains("预算数");
            executed |= key.contains("执行数");
        }
        return planned && executed;
    }

    private void budgetHeader(List<TableBlock.Cell> cells) {
        section = Section.BUDGET;
        budgetRead = false;
        List<Column> columns = new ArrayList<>();
        boolean yearly = cells.stream().anyMatch(c -> {
            String key = Labels.key(c.text());
            return key.contains("预算数") && !key.contains("年初");
        });
        for (TableBlock.Cell cell : cells) {
            String key = Labels.key(cell.text());
            Slot slot;
            if (key.startsWith("得分")) {
                slot = Slot.BUDGET_SCORE;
            } else if (key.contains("执行率")) {
                slot = Slot.RATE;
            } else if (key.contains("预算数")) {
                // the adjusted budget (全年预算数) where the form also prints 年初预算数 (备注1)
                slot = yearly && key.contains("年初") ? Slot.OTHER : Slot.PLANNED;
            } else if (key.contains("执行数")) {
                slot = Slot.EXECUTED;
            } else if (key.contains("预算执行")) {
                slot = Slot.ITEM;
                if (key.contains("（元）")) {
                    budgetUnit = AmountUnit.YUAN;
                } else if (key.contains("万元")) {
                    budgetUnit = AmountUnit.WAN_YUAN;
                }
            } else {
                slot = Slot.OTHER;
            }
            if (slot != Slot.ITEM) {
                columns.add(new Column(slot, cell.column()));
            }
        }
        columns.sort(java.util.Comparator.comparingInt(Column::start));
        budgetColumns = columns;
    }

    /** Reads the budget figures row, if this is one; the first such row after the header is the form's total. */
    private boolean budgetValues(List<TableBlock.Cell> cells) {
        int first = budgetColumns.isEmpty() ? 0 : budgetColumns.get(0).start();
        List<TableBlock.Cell> values = new ArrayList<>();
        for (TableBlock.Cell cell : cells) {
            if (cell.column() >= first) {
                values.add(cell);
            }
        }
        Map<Slot, TableBlock.Cell> slots = new EnumMap<>(Slot.class);
        assign(values, budgetColumns, slots, new ArrayList<>());
        if (slots.keySet().stream().noneMatch(s -> s != Slot.OTHER)) {
            return false;
        }
        budgetRead = true;
        TableBlock.Cell a = slots.get(Slot.PLANNED);
        if (a != null) {
            planned = amount(a, "预算数");
            if (planned != null) {
                positions.put("planned", a.source());
            }
        }
        TableBlock.Cell b = slots.get(Slot.EXECUTED);
        if (b != null) {
            executed = amount(b, "执行数");
            if (executed != null) {
                positions.put("executed", b.source());
            }
        }
        Optional.ofNullable(slots.get(Slot.RATE)).ifPresent(c -> put("executionRate", c));
        Optional.ofNullable(slots.get(Slot.BUDGET_SCORE)).ifPresent(c -> put("budgetScore", c));
        return true;
    }

    private @Nullable Figure amount(TableBlock.Cell cell, String what) {
        String text = FormText.fold(FormText.tidy(cell.text()));
        AmountUnit unit = budgetUnit;
        if (text.endsWith("万元")) {
            text = text.substring(0, text.length() - 2);
            unit = AmountUnit.WAN_YUAN;
        } else if (text.endsWith("万")) {
            text = text.substring(0, text.length() - 1);
            unit = AmountUnit.WAN_YUAN;
        } else if (text.endsWith("元")) {
            text = text.substring(0, text.length() - 1);
            unit = AmountUnit.YUAN;
        }
        PrintedAmount amount = PrintedAmount.read(text, unit);
        if (amount.kind() == PrintedAmount.Kind.NOT_AN_AMOUNT) {
            issues.warning(
                    cell.source(),
                    "AUDIT_FORM_NOT_AN_AMOUNT",
                    label() + "的" + what + "“" + FormText.tidy(cell.text()) + "”不是金额，未读取");
        }
        return amount.value().map(v -> new Figure(v, cell.source())).orElse(null);
    }

    // ---- goals and indicators ----

    private static boolean isIndicatorHeader(List<TableBlock.Cell> cells) {
        boolean level1 = false;
        boolean other = false;
        for (TableBlock.Cell cell : cells) {
            String key = Labels.key(cell.text());
            level1 |= key.startsWith("一级指标");
            other |= key.startsWith("二级指标") || key.startsWith("三级指标");
        }
        return level1 && other;
    }

    private void indicatorHeader(List<TableBlock.Cell> cells) {
        section = Section.GOALS;
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            TableBlock.Cell cell = cells.get(i);
            String key = Labels.key(cell.text());
            Slot slot;
            if (key.startsWith("一级指标")) {
                slot = Slot.LEVEL1;
            } else if (key.startsWith("二级指标")) {
                slot = Slot.LEVEL2;
            } else if (key.startsWith("三级指标")) {
                slot = Slot.NAME;
            } else if (key.contains("目标值") || key.contains("指标值")) {
                slot = Slot.TARGET;
            } else if (key.contains("完成值") || key.startsWith("实际完成")) {
                slot = Slot.ACTUAL;
            } else if (key.contains("分值") || key.contains("权重")) {
                slot = Slot.WEIGHT;
            } else if (key.startsWith("完成情况")) {
                slot = Slot.ACHIEVEMENT;
            } else if (key.startsWith("得分") || key.equals("评分")) {
                slot = Slot.SCORE;
            } else {
                slot = i == 0 ? Slot.GOAL : Slot.OTHER;
            }
            columns.add(new Column(slot, cell.column()));
        }
        if (columns.stream().noneMatch(c -> c.slot() == Slot.GOAL)) {
            columns.add(new Column(Slot.GOAL, 0));
        }
        columns.sort(java.util.Comparator.comparingInt(Column::start));
        indicatorColumns = columns;
        // a goal without description is labelled in the header row's first cell (年度绩效目标1（10分）)
        Optional<FormText.GoalLabel> goal = FormText.goal(cells.get(0).text());
        if (goal.isPresent()) {
            newGoal(goal.get(), cells.get(0), "", null);
        }
    }

    private void goalRow(FormText.GoalLabel label, List<TableBlock.Cell> cells) {
        section = Section.GOALS;
        TableBlock.Cell description = cells.size() > 1 ? cells.get(1) : null;
        newGoal(label, cells.get(0), description == null ? "" : FormText.tidy(description.text()), description);
    }

    private void newGoal(
            FormText.GoalLabel label, TableBlock.Cell cell, String description, TableBlock.@Nullable Cell described) {
        GoalDraft goal = new GoalDraft(label.title(), description, cell.source());
        goal.positions.put("title", cell.source());
        if (described != null) {
            goal.positions.put("description", described.source());
        }
        points(goal, label, cell);
        goals.add(goal);
    }

    private void points(GoalDraft goal, FormText.GoalLabel label, TableBlock.Cell cell) {
        if (label.points() == null) {
            return;
        }
        FormText.Score points = FormText.score(label.points());
        if (points.kind() == FormText.ScoreKind.NUMBER) {
            goal.points = points.value();
            goal.positions.put("points", cell.source());
        } else if (points.kind() == FormText.ScoreKind.NOT_A_NUMBER) {
            issues.warning(
                    cell.source(),
                    "AUDIT_FORM_POINTS_NOT_A_NUMBER",
                    label() + "的“" + label.title() + "”所标分值“" + label.points() + "”不是数值，未读取");
        }
    }

    private void indicator(TableBlock.Row row, List<TableBlock.Cell> cells) {
        Map<Slot, TableBlock.Cell> slots = new EnumMap<>(Slot.class);
        List<TableBlock.Cell> overflow = new ArrayList<>();
        assign(cells, indicatorColumns, slots, overflow);
        TableBlock.Cell goalCell = slots.get(Slot.GOAL);
        GoalDraft goal = goals.isEmpty() ? null : goals.get(goals.size() - 1);
        if (goalCell != null) {
            FormText.GoalLabel label = FormText.goal(goalCell.text()).orElseThrow();
            if (goal != null && goal.title.isEmpty()) {
                goal.title = label.title();
                goal.positions.put("title", goalCell.source());
                points(goal, label, goalCell);
            } else if (goal == null || !goal.title.equals(label.title())) {
                newGoal(label, goalCell, "", null);
                goal = goals.get(goals.size() - 1);
            } else if (goal.points == null) {
                points(goal, label, goalCell);
            }
        }
        if (goal == null) {
            goal = new GoalDraft("", "", row.source());
            goals.add(goal);
        }
        boolean values = slots.containsKey(Slot.TARGET)
                || slots.containsKey(Slot.ACTUAL)
                || slots.containsKey(Slot.SCORE)
                || slots.containsKey(Slot.WEIGHT)
                || slots.containsKey(Slot.ACHIEVEMENT);
        TableBlock.Cell level2 = slots.get(Slot.LEVEL2);
        if (!values
                && goalCell == null
                && !goal.indicators.isEmpty()
                && (level2 == null || !isLevelName(level2.text()))) {
            // the rest of labels broken over two rows
            IndicatorDraft previous = goal.indicators.get(goal.indicators.size() - 1);
            previous.level1 += text(slots.get(Slot.LEVEL1));
            previous.level2 += text(level2);
            previous.name += text(slots.get(Slot.NAME));
            return;
        }
        if (!values && goalCell != null && !slots.containsKey(Slot.NAME)) {
            return;
        }
        IndicatorDraft indicator = new IndicatorDraft(
                slots.containsKey(Slot.NAME) ? slots.get(Slot.NAME).source() : row.source());
        IndicatorDraft previous = goal.indicators.isEmpty() ? null : goal.indicators.get(goal.indicators.size() - 1);
        TableBlock.Cell level1 = slots.get(Slot.LEVEL1);
        if (level1 != null) {
            indicator.level1 = text(level1);
            indicator.positions.put("level1", level1.source());
        } else if (previous != null) {
            indicator.level1 = previous.level1;
            Optional.ofNullable(previous.positions.get("level1")).ifPresent(p -> indicator.positions.put("level1", p));
        }
        if (level2 != null) {
            indicator.level2 = text(level2);
            indicator.positions.put("level2", level2.source());
        } else if (previous != null) {
            indicator.level2 = previous.level2;
            Optional.ofNullable(previous.positions.get("level2")).ifPresent(p -> indicator.positions.put("level2", p));
        }
        indicator.name = field(slots, Slot.NAME, "name", indicator);
        indicator.target = field(slots, Slot.TARGET, "target", indicator);
        indicator.actual = field(slots, Slot.ACTUAL, "actual", indicator);
        String achievement = field(slots, Slot.ACHIEVEMENT, "achievement", indicator);
        indicator.achievement = achievement.isEmpty() ? null : achievement;
        indicator.weight = number(slots.get(Slot.WEIGHT), "weight", "分值", indicator);
        indicator.score = number(slots.get(Slot.SCORE), "score", "得分", indicator);
        goal.indicators.add(indicator);
        if (!overflow.isEmpty()) {
            issues.warning(
                    overflow.get(0).source(),
                    "AUDIT_FORM_UNREAD_CELL",
                    label() + "的指标“" + indicator.name + "”一行多出单元格，未读取：“"
                            + String.join(
                                    " ",
                                    overflow.stream()
                                            .map(c -> FormText.tidy(c.text()))
                                            .toList()) + "”");
        }
    }

    /** Returns whether a text is a whole 一级/二级指标 label (数量指标, 社会效益指标), not a piece of one. */
    private static boolean isLevelName(String text) {
        String tidy = FormText.tidy(text);
        return tidy.endsWith("指标") && tidy.length() > 2;
    }

    private static String text(TableBlock.@Nullable Cell cell) {
        return cell == null ? "" : FormText.tidy(cell.text());
    }

    private static String field(Map<Slot, TableBlock.Cell> slots, Slot slot, String key, IndicatorDraft indicator) {
        TableBlock.Cell cell = slots.get(slot);
        if (cell == null) {
            return "";
        }
        indicator.positions.put(key, cell.source());
        return FormText.tidy(cell.text());
    }

    private @Nullable BigDecimal number(
            TableBlock.@Nullable Cell cell, String key, String what, IndicatorDraft indicator) {
        if (cell == null) {
            return null;
        }
        FormText.Score score = FormText.score(cell.text());
        if (score.kind() == FormText.ScoreKind.NOT_A_NUMBER) {
            issues.warning(
                    cell.source(),
                    "AUDIT_FORM_SCORE_NOT_A_NUMBER",
                    label() + "的指标“" + indicator.name + "”" + what + "“" + FormText.tidy(cell.text()) + "”不是数值，未读取");
            return null;
        }
        if (score.value() != null) {
            indicator.positions.put(key, cell.source());
        }
        return score.value();
    }

    /**
     * Puts each cell under the column its position falls in, or in the next column after the previous cell's when
     * that one is taken (a row that lost an empty cell); a cell under the goal column that is no goal label moves on.
     */
    private static void assign(
            List<TableBlock.Cell> cells,
            List<Column> columns,
            Map<Slot, TableBlock.Cell> slots,
            List<TableBlock.Cell> overflow) {
        if (columns.isEmpty()) {
            overflow.addAll(cells);
            return;
        }
        int previous = -1;
        for (TableBlock.Cell cell : cells) {
            int index = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).start() <= cell.column()) {
                    index = i;
                }
            }
            if (index <= previous) {
                index = previous + 1;
            }
            while (index < columns.size()
                    && columns.get(index).slot() == Slot.GOAL
                    && FormText.goal(cell.text()).isEmpty()) {
                index++;
            }
            if (index >= columns.size()) {
                overflow.add(cell);
                continue;
            }
            Slot slot = columns.get(index).slot();
            if (slot != Slot.OTHER) {
                slots.put(slot, cell);
            }
            previous = index;
        }
    }

    // ---- the form ----

    /** Returns how findings name this form, as the scoring does: 整体绩效自评表, or 项目“…”自评表. */
    private String label() {
        if (kind() == Kind.OVERALL) {
            return "整体绩效自评表";
        }
        String name = attributes.get(PROJECT_NAME);
        return name == null ? "项目自评表" : "项目“" + name + "”自评表";
    }

    /** Returns the kind: a form naming a 项目名称 is a project's; else as its title says; else the unit's. */
    Kind kind() {
        if (attributes.containsKey(PROJECT_NAME)) {
            return Kind.PROJECT;
        }
        return titleKind != null ? titleKind : Kind.OVERALL;
    }

    /** Returns the form read. */
    Evaluation finish() {
        Kind kind = kind();
        Map<String, String> fields = new LinkedHashMap<>(attributes);
        Map<String, SourceRef> where = new LinkedHashMap<>(positions);
        String name = null;
        if (kind == Kind.PROJECT) {
            name = fields.remove(PROJECT_NAME);
            Optional.ofNullable(where.remove("attributes." + PROJECT_NAME)).ifPresent(p -> where.put("name", p));
        } else {
            for (String label : UNIT_NAMES) {
                if (name == null && fields.containsKey(label)) {
                    name = fields.get(label);
                    Optional.ofNullable(where.get("attributes." + label)).ifPresent(p -> where.put("name", p));
                }
            }
        }
        if (name == null) {
            issues.warning(
                    source,
                    "AUDIT_FORM_NO_NAME",
                    (kind == Kind.PROJECT ? "项目自评表未印项目名称" : "整体绩效自评表未印部门名称") + "，名称按空白读取");
            name = "";
        }
        List<Evaluation.Goal> read = new ArrayList<>();
        String carried = "";
        SourceRef carriedAt = null;
        for (GoalDraft goal : goals) {
            // a merged 一级指标 printed lower than its first row: the rows above take it
            String firstLevel = "";
            SourceRef firstAt = null;
            for (IndicatorDraft indicator : goal.indicators) {
                if (!indicator.level1.isEmpty()) {
                    firstLevel = indicator.level1;
                    firstAt = indicator.positions.get("level1");
                    break;
                }
            }
            if (firstLevel.isEmpty()) {
                firstLevel = carried;
                firstAt = carriedAt;
            }
            List<Evaluation.Indicator> indicators = new ArrayList<>();
            for (IndicatorDraft indicator : goal.indicators) {
                if (indicator.level1.isEmpty()) {
                    indicator.level1 = firstLevel;
                    if (firstAt != null) {
                        indicator.positions.put("level1", firstAt);
                    }
                }
                carried = indicator.level1;
                carriedAt = indicator.positions.get("level1");
                indicators.add(indicator.toIndicator());
            }
            read.add(new Evaluation.Goal(
                    goal.title, goal.description, goal.points, indicators, goal.source, goal.positions));
        }
        if (read.stream().allMatch(g -> g.indicators().isEmpty())) {
            issues.warning(
                    source,
                    "AUDIT_FORM_NO_INDICATORS",
                    (kind == Kind.PROJECT ? "项目“" + name + "”自评表" : "整体绩效自评表") + "没有可识别的绩效指标");
        }
        return new Evaluation(
                name, fields, planned, executed, read, deviation, improvement, null, printed, source, where);
    }

    /** A goal being read. */
    private static final class GoalDraft {
        String title;
        final String description;
        final SourceRef source;

        @Nullable
        BigDecimal points;

        final Map<String, SourceRef> positions = new LinkedHashMap<>();
        final List<IndicatorDraft> indicators = new ArrayList<>();

        GoalDraft(String title, String description, SourceRef source) {
            this.title = title;
            this.description = description;
            this.source = source;
        }
    }

    /** An indicator being read. */
    private static final class IndicatorDraft {
        final SourceRef source;
        String level1 = "";
        String level2 = "";
        String name = "";
        String target = "";
        String actual = "";

        @Nullable
        BigDecimal weight;

        @Nullable
        BigDecimal score;

        @Nullable
        String achievement;

        final Map<String, SourceRef> positions = new LinkedHashMap<>();

        IndicatorDraft(SourceRef source) {
            this.source = source;
        }

        Evaluation.Indicator toIndicator() {
            return new Evaluation.Indicator(
                    level1, level2, name, target, actual, weight, score, achievement, source, positions);
        }
    }
}
