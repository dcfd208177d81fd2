package org.juesuan.core.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.formula.Environment;
import org.juesuan.core.formula.EvaluationException;
import org.juesuan.core.formula.Tolerance;
import org.juesuan.core.formula.Truth;
import org.juesuan.core.formula.Value;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.CellValue;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;

/**
 * Runs a {@link RuleSet} over one unit (执行校验) and reports what fails, where and by how much.
 *
 * <p>Each rule is evaluated once, or once per row (and column) it iterates over. An evaluation either passes, fails
 * (with the rule's severity, lowered to 提示 or 警告 when the difference is within the rounding tolerance of
 * transcribed figures), does not apply (its {@code when} is false, or a narrative claim it checks was not stated),
 * or cannot be computed (a division by zero, reported as a warning rather than thrown).
 *
 * <p>Stateless and thread-safe; one engine serves every unit.
 */
public final class RuleEngine {

    /** The most cells one evaluation records as its inputs. */
    private static final int MAX_INPUTS = 256;

    private RuleEngine() {}

    /** Checks a unit against every rule, keeping at most {@link Findings#DEFAULT_CAP} findings. */
    public static Findings check(RuleSet rules, UnitView unit) {
        return check(rules, unit, Findings.DEFAULT_CAP);
    }

    /** Checks a unit against every rule, keeping at most {@code cap} findings. */
    public static Findings check(RuleSet rules, UnitView unit, int cap) {
        return check(rules, unit, cap, List.of());
    }

    /**
     * Checks every rule against a unit, together with findings of checks that are not rules (e.g. the scoring of the
     * self-evaluation forms), sorted and capped as one list.
     *
     * @param rules the rules
     * @param unit the unit
     * @param cap how many findings to list at most
     * @param more findings made elsewhere, listed with the rules' findings
     */
    public static Findings check(RuleSet rules, UnitView unit, int cap, List<Finding> more) {
        List<Finding> findings = new ArrayList<>(more);
        Evaluation evaluation = new Evaluation(unit, findings);
        for (CompiledRule rule : rules.rules()) {
            evaluation.run(rule);
        }
        return new Findings(findings, cap, evaluation.count);
    }

    /** The outcome of one evaluation of a rule. */
    public enum Outcome {
        /** The check holds. */
        PASSED,
        /** The check fails. */
        FAILED,
        /** The rule does not apply here. */
        NOT_APPLICABLE,
        /** The check could not be computed. */
        ERROR
    }

    /**
     * Evaluates one rule on one unit and returns the worst outcome, for tests of rules; findings go to the list.
     */
    public static Outcome evaluate(CompiledRule rule, UnitView unit, List<Finding> findings) {
        Evaluation evaluation = new Evaluation(unit, findings);
        return evaluation.run(rule);
    }

    /** The state of evaluating rules on one unit; it is also the formulas' environment. */
    private static final class Evaluation implements Environment {
        private final UnitView unit;
        private final List<Finding> findings;
        private int count;
        private @Nullable String currentTable;
        private @Nullable String currentRow;
        private @Nullable String currentColumn;
        private boolean missingClaim;
        private Value.@Nullable AmountValue left;
        private Value.@Nullable AmountValue right;
        private @Nullable String firstTable;
        private @Nullable String firstRow;
        private @Nullable String firstColumn;
        private @Nullable String firstNamespace;
        private @Nullable String firstName;
        // the cells the current evaluation read, kept without allocating until a finding needs them
        private final String[] readTables = new String[MAX_INPUTS];
        private final String[] readRows = new String[MAX_INPUTS];
        private final String[] readColumns = new String[MAX_INPUTS];
        private int reads;

        Evaluation(UnitView unit, List<Finding> findings) {
            this.unit = unit;
            this.findings = findings;
        }

        Outcome run(CompiledRule rule) {
            RuleDefinition.Each each = rule.definition().each();
            if (each == null) {
                currentTable = null;
                currentRow = null;
                currentColumn = null;
                return once(rule);
            }
            UnitView.TableIndex index = unit.index(each.table());
            Outcome worst = Outcome.NOT_APPLICABLE;
            if (index == null) {
                return worst;
            }
            currentTable = each.table();
            for (ReportRow row : index.table.rows()) {
                if (each.section() != null && !each.section().equals(row.section())
                        || !selected(each.where(), row, index)) {
                    continue;
                }
                currentRow = row.id();
                if (each.columns()) {
                    for (ColumnDefinition column : index.table.columns(row.section())) {
                        currentColumn = column.id();
                        worst = worse(worst, once(rule));
                    }
                } else {
                    currentColumn = null;
                    worst = worse(worst, once(rule));
                }
            }
            return worst;
        }

        private static boolean selected(RuleDefinition.Where where, ReportRow row, UnitView.TableIndex index) {
            switch (where) {
                case PARENTS:
                    return !index.children.getOrDefault(row.id(), List.of()).isEmpty();
                case CODES:
                    return row.code() != null;
                case ITEMS:
                    return row.code() != null
                            && index.children.getOrDefault(row.id(), List.of()).isEmpty();
                case TOP:
                    return !row.total() && row.level() <= 1;
                case TOTALS:
                    return row.total();
                case ALL:
                default:
                    return true;
            }
        }

        private static Outcome worse(Outcome a, Outcome b) {
            if (a == Outcome.FAILED || b == Outcome.FAILED) {
                return Outcome.FAILED;
            }
            if (a == Outcome.ERROR || b == Outcome.ERROR) {
                return Outcome.ERROR;
            }
            return a == Outcome.PASSED || b == Outcome.PASSED ? Outcome.PASSED : Outcome.NOT_APPLICABLE;
        }

        /** Forgets the cells read so far: the next read becomes the finding's location and left value. */
        private void forgetReads() {
            left = null;
            right = null;
            firstTable = null;
            firstRow = null;
            firstColumn = null;
            firstNamespace = null;
            firstName = null;
            reads = 0;
        }

        private Outcome once(CompiledRule rule) {
            count++;
            missingClaim = false;
            forgetReads();
            try {
                if (rule.when() != null) {
                    if (truth(rule.when().evaluate(this)) == Truth.FALSE) {
                        return Outcome.NOT_APPLICABLE;
                    }
                    // the location and figures of a finding come from the check, not from the condition
                    forgetReads();
                }
                Truth truth = truth(rule.check().evaluate(this));
                if (missingClaim) {
                    return Outcome.NOT_APPLICABLE;
                }
                if (truth == Truth.TRUE) {
                    return Outcome.PASSED;
                }
                Severity severity = severity(rule.definition().severity(), truth);
                String message = message(rule);
                if (rule.at() != null) {
                    // the rule names the cell to report: read it first, so it becomes the location
                    firstTable = null;
                    rule.at().evaluate(this);
                }
                findings.add(finding(rule, severity, message));
                return Outcome.FAILED;
            } catch (EvaluationException e) {
                if (missingClaim) {
                    return Outcome.NOT_APPLICABLE;
                }
                findings.add(finding(rule, Severity.WARNING, "无法计算：" + e.getMessage()));
                return Outcome.ERROR;
            }
        }

        private static Severity severity(Severity rule, Truth truth) {
            Severity found =
                    truth == Truth.ROUNDING ? Severity.INFO : truth == Truth.TOLERATED ? Severity.WARNING : rule;
            return found.compareTo(rule) >= 0 ? found : rule;
        }

        private static Truth truth(Value value) {
            return ((Value.TruthValue) value).truth();
        }

        private Finding finding(CompiledRule rule, Severity severity, String message) {
            String table = currentTable != null ? currentTable : firstTable;
            String row = currentTable != null ? currentRow : firstRow;
            String column = currentColumn != null ? currentColumn : currentTable != null ? null : firstColumn;
            if (currentTable != null
                    && column == null
                    && firstTable != null
                    && firstTable.equals(currentTable)
                    && row != null
                    && row.equals(firstRow)) {
                column = firstColumn;
            }
            SourceRef source = SourceRef.NONE;
            String place = "";
            long order = Long.MAX_VALUE;
            if (table == null && firstName != null) {
                // a check of stated figures only: point at the statement in the dataset
                Optional<java.util.Map.Entry<String, SourceRef>> named = unit.describe(firstNamespace, firstName);
                if (named.isPresent()) {
                    place = named.get().getKey();
                    source = named.get().getValue();
                }
            }
            if (table != null && row != null) {
                UnitView.TableIndex index = unit.index(table);
                place = place(index.table, row, column);
                if (column != null) {
                    source = index.table.source(row, column).orElse(SourceRef.NONE);
                }
                int tablePosition = unit.tables().tables().indexOf(index.table);
                int rowPosition = index.position.getOrDefault(row, 9999);
                int columnPosition = column == null ? 0 : columnPosition(index.table, row, column);
                order = ((long) tablePosition << 40) | ((long) rowPosition << 16) | columnPosition;
            }
            return new Finding(
                    rule.id(),
                    severity,
                    rule.definition().title(),
                    message,
                    table == null ? "" : table,
                    row == null ? "" : row,
                    column == null ? "" : column,
                    place,
                    source,
                    left == null ? null : left.amount(),
                    right == null ? null : right.amount(),
                    inputs(),
                    order);
        }

        private List<String> inputs() {
            List<String> cells = new ArrayList<>(reads);
            for (int i = 0; i < reads; i++) {
                String cell = readTables[i] + "/" + readRows[i] + "/" + readColumns[i];
                if (!cells.contains(cell)) {
                    cells.add(cell);
                }
            }
            return cells;
        }

        private static int columnPosition(ReportTable table, String row, String column) {
            List<ColumnDefinition> columns =
                    table.row(row).map(r -> table.columns(r.section())).orElse(List.of());
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).id().equals(column)) {
                    return i + 1;
                }
            }
            return 0;
        }

        private static String place(ReportTable table, String row, @Nullable String column) {
            StringBuilder text = new StringBuilder(
                    table.definition().number().isEmpty()
                            ? table.definition().title()
                            : table.definition().number());
            Optional<ReportRow> found = table.row(row);
            text.append(' ')
                    .append(found.map(r -> r.code() != null ? r.code().digits() + " " + r.label() : r.label())
                            .orElse(row));
            if (column != null) {
                table.column(row, column).ifPresent(c -> text.append(" ")
                        .append(String.join("", c.header()))
                        .append(c.number() == null ? "" : "（栏次" + c.number() + "）"));
            }
            return text.toString();
        }

        private String message(CompiledRule rule) {
            StringBuilder text = new StringBuilder();
            for (CompiledRule.MessagePart part : rule.message()) {
                if (part instanceof CompiledRule.MessagePart.Literal) {
                    text.append(((CompiledRule.MessagePart.Literal) part).text());
                } else if (part instanceof CompiledRule.MessagePart.Keyword) {
                    CompiledRule.MessagePart.Keyword keyword = (CompiledRule.MessagePart.Keyword) part;
                    text.append(keyword(keyword.name(), keyword.unit()));
                } else {
                    CompiledRule.MessagePart.Formula formula = (CompiledRule.MessagePart.Formula) part;
                    try {
                        text.append(format(formula.formula().evaluate(this), formula.unit()));
                    } catch (EvaluationException e) {
                        text.append("（无法计算）");
                    }
                }
            }
            return text.toString();
        }

        private String keyword(String name, AmountUnit amountUnit) {
            switch (name) {
                case "left":
                    return left == null ? "" : shown(left.amount(), amountUnit);
                case "right":
                    return right == null ? "" : shown(right.amount(), amountUnit);
                case "diff":
                    return left == null || right == null
                            ? ""
                            : shown(left.amount().minus(right.amount()), amountUnit);
                case "row":
                case "code":
                    if (currentTable == null || currentRow == null) {
                        return "";
                    }
                    Optional<ReportRow> row = unit.index(currentTable).table.row(currentRow);
                    if (name.equals("code")) {
                        return row.flatMap(ReportRow::classCode)
                                .map(c -> c.digits())
                                .orElse("");
                    }
                    return row.map(r -> r.code() != null ? r.code().digits() + " " + r.label() : r.label())
                            .orElse(currentRow);
                case "column":
                default:
                    if (currentTable == null || currentRow == null || currentColumn == null) {
                        return "";
                    }
                    return unit.index(currentTable)
                            .table
                            .column(currentRow, currentColumn)
                            .map(c -> String.join("", c.header()))
                            .orElse(currentColumn);
            }
        }

        private static String format(Value value, AmountUnit unit) {
            if (value instanceof Value.AmountValue) {
                return shown(((Value.AmountValue) value).amount(), unit);
            }
            if (value instanceof Value.NumberValue) {
                // keep the decimals a figure was stated or rounded with (100.0%), drop those of computed ratios
                BigDecimal number = ((Value.NumberValue) value).value();
                if (number.scale() > 4) {
                    number = number.stripTrailingZeros();
                }
                return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
            }
            if (value instanceof Value.TruthValue) {
                return ((Value.TruthValue) value).truth() == Truth.FALSE ? "否" : "是";
            }
            return value instanceof Value.TextValue ? ((Value.TextValue) value).text() : "";
        }

        /** An amount in the unit a placeholder asks for, exact: 元 with two decimals, 万元 as {@link #wan}. */
        private static String shown(Amount amount, AmountUnit unit) {
            return unit == AmountUnit.YUAN ? amount.value().toPlainString() : wan(amount);
        }

        /** An amount in 万元, exact: two decimals, more only when the figure has them. */
        private static String wan(Amount amount) {
            return amount.toWanYuan().toPlainString();
        }

        // ---- Environment ----

        @Override
        public Value.AmountValue cell(String table, String row, String column) {
            if (reads < MAX_INPUTS) {
                readTables[reads] = table;
                readRows[reads] = row;
                readColumns[reads] = column;
                reads++;
            }
            if (firstTable == null) {
                firstTable = table;
                firstRow = row;
                firstColumn = column;
            }
            UnitView.TableIndex index = unit.index(table);
            if (index == null) {
                return Value.BLANK_AMOUNT;
            }
            CellValue value = index.table.cell(row, column);
            Optional<Amount> amount = value.amount();
            return amount.isPresent() ? new Value.AmountValue(amount.get(), false, 1) : Value.BLANK_AMOUNT;
        }

        @Override
        public Optional<String> sectionOf(String table, String row) {
            UnitView.TableIndex index = unit.index(table);
            return index == null ? Optional.empty() : index.table.row(row).map(ReportRow::section);
        }

        @Override
        public List<String> range(String table, String from, String to) {
            UnitView.TableIndex index = unit.index(table);
            if (index == null || !index.position.containsKey(from) || !index.position.containsKey(to)) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            List<ReportRow> rows = index.table.rows();
            for (int i = index.position.get(from); i <= index.position.get(to); i++) {
                ids.add(rows.get(i).id());
            }
            return ids;
        }

        @Override
        public List<String> top(String table, String section) {
            UnitView.TableIndex index = unit.index(table);
            return index == null ? List.of() : index.top.getOrDefault(section, List.of());
        }

        @Override
        public List<String> children(String table, String row) {
            UnitView.TableIndex index = unit.index(table);
            return index == null ? List.of() : index.children.getOrDefault(row, List.of());
        }

        @Override
        public Optional<String> rowByLabel(String table, String label) {
            UnitView.TableIndex index = unit.index(table);
            return index == null ? Optional.empty() : Optional.ofNullable(index.byLabel.get(label));
        }

        @Override
        public int level(String table, String row) {
            UnitView.TableIndex index = unit.index(table);
            return index == null
                    ? 0
                    : index.table.row(row).map(ReportRow::level).orElse(0);
        }

        @Override
        public boolean hasRow(String table, String row) {
            UnitView.TableIndex index = unit.index(table);
            return index != null && index.position.containsKey(row);
        }

        @Override
        public Value name(String namespace, String path) {
            if (firstName == null) {
                firstNamespace = namespace;
                firstName = path;
            }
            Value value = unit.name(namespace, path);
            if (namespace.equals("claim") && isBlank(value)) {
                missingClaim = true;
            }
            return value;
        }

        private static boolean isBlank(Value value) {
            return value instanceof Value.AmountValue
                    ? ((Value.AmountValue) value).blank()
                    : value instanceof Value.NumberValue && ((Value.NumberValue) value).blank();
        }

        @Override
        public @Nullable String currentRow() {
            return currentRow;
        }

        @Override
        public @Nullable String currentColumn() {
            return currentColumn;
        }

        @Override
        public Tolerance tolerance() {
            return unit.tolerance();
        }

        @Override
        public void compared(Value.AmountValue leftValue, Value.AmountValue rightValue, Truth truth) {
            if (left == null) {
                left = leftValue;
                right = rightValue;
            }
        }
    }
}
