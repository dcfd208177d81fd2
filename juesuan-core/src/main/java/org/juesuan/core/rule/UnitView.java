package org.juesuan.core.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.dataset.Count;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.formula.Tolerance;
import org.juesuan.core.formula.Value;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.PublishedCells;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;

/**
 * One unit as the rules see it (校验对象): its tables as printed, its facts, the claims of its narrative, and how
 * strictly amounts are compared. Indexes are built once, so any number of rules read it quickly.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class UnitView {

    private final TableSet tables;
    private final Dataset dataset;
    private final Tolerance tolerance;
    private final Map<String, TableIndex> indexes = new HashMap<>();

    /**
     * Creates the view.
     *
     * @param tables the tables as printed (derived, with any printed figures in place)
     * @param dataset the dataset, for facts, claims and data values
     * @param tolerance how amounts are compared
     */
    public UnitView(TableSet tables, Dataset dataset, Tolerance tolerance) {
        this.tables = Objects.requireNonNull(tables, "tables");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        for (ReportTable table : tables.tables()) {
            indexes.put(table.id(), new TableIndex(table));
        }
    }

    /**
     * Returns the view of a dataset under a profile: the derived tables with the figures the dataset says a document
     * printed put in their place, compared exactly for data in 元 and with the profile's rounding tolerance for data
     * transcribed in 万元.
     *
     * @param derived the tables derived from the dataset
     * @param matches the printed figures, resolved to their cells
     */
    public static UnitView of(TableSet derived, List<PublishedCells.Match> matches) {
        Dataset dataset = derived.dataset();
        Tolerance tolerance =
                dataset.amountUnit() == AmountUnit.WAN_YUAN ? derived.profile().tolerance() : Tolerance.EXACT;
        return new UnitView(PublishedCells.asPrinted(derived, matches), dataset, tolerance);
    }

    /** Returns the tables. */
    public TableSet tables() {
        return tables;
    }

    /** Returns the dataset. */
    public Dataset dataset() {
        return dataset;
    }

    /** Returns the tolerance. */
    public Tolerance tolerance() {
        return tolerance;
    }

    TableIndex index(String table) {
        return indexes.get(table);
    }

    /** Returns a named value, blank when not stated. */
    Value name(String namespace, String path) {
        switch (namespace) {
            case "fact":
                UnitFact fact = UnitFact.ofKey(path).orElseThrow();
                switch (fact.type()) {
                    case AMOUNT:
                        return dataset.facts()
                                .amount(fact)
                                .map(f -> (Value) new Value.AmountValue(f.amount(), false, 1))
                                .orElse(Value.BLANK_AMOUNT);
                    case COUNT:
                        Optional<Count> count = dataset.facts().count(fact);
                        return new Value.NumberValue(
                                count.map(c -> BigDecimal.valueOf(c.value())).orElse(BigDecimal.ZERO), count.isEmpty());
                    case TEXT:
                    default:
                        return new Value.TextValue(
                                dataset.facts().text(fact).map(t -> t.value()).orElse(""));
                }
            case "claim":
                NarrativeClaim claim = NarrativeClaim.ofKey(path).orElseThrow();
                Published.Claim stated = dataset.published().claims().get(claim);
                if (claim.kind() == NarrativeClaim.Kind.AMOUNT) {
                    return stated == null
                            ? Value.BLANK_AMOUNT
                            : new Value.AmountValue(Amount.of(stated.value()), false, 1);
                }
                return new Value.NumberValue(stated == null ? BigDecimal.ZERO : stated.value(), stated == null);
            case "data":
            default:
                return data(DataName.ofKey(path).orElseThrow());
        }
    }

    /**
     * Returns where a named value was stated and what it is called: the dataset line of a narrative claim or a unit
     * fact; data values have no single source.
     */
    Optional<Map.Entry<String, SourceRef>> describe(String namespace, String path) {
        switch (namespace) {
            case "claim":
                NarrativeClaim claim = NarrativeClaim.ofKey(path).orElseThrow();
                Published.Claim stated = dataset.published().claims().get(claim);
                return Optional.of(
                        Map.entry("情况说明所述" + claim.label(), stated == null ? SourceRef.NONE : stated.source()));
            case "fact":
                UnitFact fact = UnitFact.ofKey(path).orElseThrow();
                SourceRef source = dataset.facts()
                        .amount(fact)
                        .map(Figure::source)
                        .or(() -> dataset.facts().count(fact).map(Count::source))
                        .or(() -> dataset.facts().text(fact).map(t -> t.source()))
                        .orElse(SourceRef.NONE);
                return Optional.of(Map.entry(fact.label(), source));
            default:
                return Optional.of(Map.entry(DataName.ofKey(path).orElseThrow().label(), SourceRef.NONE));
        }
    }

    private Value data(DataName name) {
        switch (name) {
            case ANNUAL_BUDGET:
                List<Amount> budgets = new ArrayList<>();
                for (FunctionLine line : dataset.lines()) {
                    line.annualBudgetFigure().ifPresent(f -> budgets.add(f.amount()));
                }
                return amounts(budgets);
            case LINE_COUNT:
                return new Value.NumberValue(BigDecimal.valueOf(dataset.lines().size()), false);
            case EVALUATED_PROJECTS:
                return new Value.NumberValue(
                        BigDecimal.valueOf(dataset.projectEvaluations().size()),
                        dataset.projectEvaluations().isEmpty());
            case EVALUATED_PROJECTS_PLANNED:
            case EVALUATED_PROJECTS_EXECUTED:
                List<Amount> parts = new ArrayList<>();
                for (Evaluation evaluation : dataset.projectEvaluations()) {
                    (name == DataName.EVALUATED_PROJECTS_PLANNED
                                    ? evaluation.plannedFigure()
                                    : evaluation.executedFigure())
                            .map(Figure::amount)
                            .ifPresent(parts::add);
                }
                return amounts(parts);
            case OVERALL_PLANNED:
                return dataset.overall()
                        .flatMap(Evaluation::plannedFigure)
                        .map(f -> (Value) new Value.AmountValue(f.amount(), false, 1))
                        .orElse(Value.BLANK_AMOUNT);
            case OVERALL_EXECUTED:
                return dataset.overall()
                        .flatMap(Evaluation::executedFigure)
                        .map(f -> (Value) new Value.AmountValue(f.amount(), false, 1))
                        .orElse(Value.BLANK_AMOUNT);
            case OVERALL_BASIC:
                return overallAttribute("基本支出总额");
            case OVERALL_PROJECT:
                return overallAttribute("项目支出总额");
            case ADMINISTRATIVE:
                String kind = dataset.unit().unitKind();
                boolean administrative = kind.contains("行政") || kind.contains("参公") || kind.contains("参照公务员法");
                return new Value.NumberValue(administrative ? BigDecimal.ONE : BigDecimal.ZERO, kind.isBlank());
            case CONSOLIDATED:
                return new Value.NumberValue(
                        dataset.unit().scope() == org.juesuan.core.dataset.Scope.CONSOLIDATED
                                ? BigDecimal.ONE
                                : BigDecimal.ZERO,
                        false);
            case CHANGE_THRESHOLD:
                // in percent, as stated in the profile (10 for 10%)
                BigDecimal percent = tables.profile()
                        .narrative()
                        .changeThreshold()
                        .value()
                        .movePointRight(2)
                        .stripTrailingZeros();
                return new Value.NumberValue(percent.scale() < 0 ? percent.setScale(0) : percent, false);
            case VEHICLES:
            default:
                int vehicles = 0;
                boolean any = false;
                for (Map.Entry<UnitFact, Count> entry : dataset.facts().counts().entrySet()) {
                    if (entry.getKey().key().startsWith("assets.vehicles.")) {
                        vehicles += entry.getValue().value();
                        any = true;
                    }
                }
                return new Value.NumberValue(BigDecimal.valueOf(vehicles), !any);
        }
    }

    private static Value amounts(List<Amount> parts) {
        return parts.isEmpty() ? Value.BLANK_AMOUNT : new Value.AmountValue(Amount.total(parts), false, parts.size());
    }

    /** Rows of one table by id, with children, top rows and order. */
    static final class TableIndex {
        final ReportTable table;
        final Map<String, Integer> position = new HashMap<>();
        final Map<String, List<String>> children = new HashMap<>();
        final Map<String, List<String>> top = new HashMap<>();
        final Map<String, String> byLabel = new HashMap<>();

        TableIndex(ReportTable table) {
            this.table = table;
            List<ReportRow> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                ReportRow row = rows.get(i);
                position.put(row.id(), i);
                byLabel.putIfAbsent(row.label(), row.id());
                if (!row.total() && row.level() <= 1) {
                    top.computeIfAbsent(row.section(), s -> new ArrayList<>()).add(row.id());
                }
            }
            for (ReportRow row : rows) {
                if (!row.derived() || row.code() == null) {
                    continue;
                }
                List<String> kids = new ArrayList<>();
                for (ReportRow other : rows) {
                    if (other.section().equals(row.section())
                            && other.level() == row.level() + 1
                            && other.code() != null
                            && row.code().contains(other.code())) {
                        kids.add(other.id());
                    }
                }
                children.put(row.id(), kids);
            }
        }
    }

    /**
     * Returns an amount stated in a field of the overall self-evaluation, e.g. 基本支出总额 “207.87万元”: in 万元 or 元
     * as written, else in the dataset's unit; blank if the field is missing or holds no amount.
     */
    private Value overallAttribute(String field) {
        Optional<String> stated =
                dataset.overall().map(evaluation -> evaluation.attributes().get(field));
        if (stated.isEmpty()) {
            return Value.BLANK_AMOUNT;
        }
        String text = stated.get().strip().replace(",", "").replace("，", "");
        AmountUnit unit = dataset.amountUnit();
        if (text.endsWith("万元")) {
            unit = AmountUnit.WAN_YUAN;
            text = text.substring(0, text.length() - 2).strip();
        } else if (text.endsWith("元")) {
            unit = AmountUnit.YUAN;
            text = text.substring(0, text.length() - 1).strip();
        }
        try {
            return new Value.AmountValue(Amount.parse(text, unit), false, 1);
        } catch (IllegalArgumentException notAnAmount) {
            return Value.BLANK_AMOUNT;
        }
    }
}
