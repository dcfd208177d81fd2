package org.juesuan.core.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogEntry;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DisplayRounding;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.internal.ChineseNumerals;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.LargestRemainder;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Formula;
import org.juesuan.core.profile.Measure;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.RowDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.source.SourceRef;

/**
 * Derives a profile's public tables from a dataset (生成公开表): every cell is either read from the dataset's facts
 * through its measure or computed from other cells; no figure is typed twice.
 *
 * <p>Code rows (类/款/项) appear for the function codes the unit used, 类 and 款 adding up their children; class
 * lines appear as the profile lists them; economic groups print their listed items and any other item the unit has.
 * Totals are sums of the rows and columns as displayed, so a table whose input figures are displayed exactly always
 * foots. Pass a dataset already rounded to the display unit (see {@code DisplayRounding}) to get 万元 tables.
 *
 * <p>Stateless and thread-safe.
 */
public final class Deriver {

    private Deriver() {}

    /**
     * Derives every table for display in 万元 under a rounding policy.
     *
     * @param profile the profile
     * @param dataset the dataset, exact
     * @param rounding how figures that are not whole 0.01 万元 are rounded for display
     */
    public static TableSet derive(Profile profile, Dataset dataset, DisplayRoundingPolicy rounding) {
        if (DisplayRounding.isDisplayExact(dataset)) {
            return derive(profile, dataset);
        }
        if (rounding == DisplayRoundingPolicy.LARGEST_REMAINDER) {
            return derive(profile, DisplayRounding.round(dataset));
        }
        TableSet exact = derive(profile, dataset);
        List<ReportTable> rounded = new ArrayList<>();
        for (ReportTable table : exact.tables()) {
            rounded.add(table.mapAmounts(amount -> LargestRemainder.round(amount, DisplayRounding.STEP)));
        }
        return new TableSet(profile, dataset, rounded);
    }

    /** Derives every table of the profile from the figures as given (no rounding). */
    public static TableSet derive(Profile profile, Dataset dataset) {
        List<ReportTable> tables = new ArrayList<>();
        for (TableDefinition definition : profile.tables()) {
            tables.add(derive(profile, definition, dataset));
        }
        return new TableSet(profile, dataset, tables);
    }

    /** Derives one table. */
    public static ReportTable derive(Profile profile, TableDefinition definition, Dataset dataset) {
        return new TableBuilder(profile, definition, dataset).build();
    }

    /**
     * Derives a table whose rows are units, such as a consolidation's working paper (抵销工作底稿): for each group the
     * superior unit's row, whose columns of side {@code superior} add up the superior's own figures and whose columns
     * of side {@code subordinates} add up its direct subordinates'; after it a row for each subordinate, showing its
     * own figures on the subordinates' side only. Formula columns are computed on the superiors' rows and the totals
     * (a subordinate's row has nothing on the superior's side to compute with); {@code body} in a row formula means
     * the superiors' rows, so each figure counts once.
     *
     * <p>A cell read from one located figure keeps that figure's source; any other cell of a unit's own figures (several
     * figures, or none) has the unit's dataset as its source, so a finding there points at the unit that records it.
     *
     * @param profile the profile
     * @param definition the table, a section of which lists {@code unitRows}
     * @param groups the units with subordinates and their direct subordinates, in tree order
     */
    public static ReportTable derive(Profile profile, TableDefinition definition, List<UnitGroup> groups) {
        return new UnitTableBuilder(profile, definition, groups).build();
    }

    private static final class UnitTableBuilder {
        private final Profile profile;
        private final TableDefinition definition;
        private final List<UnitGroup> groups;
        private final List<ReportRow> rows = new ArrayList<>();
        private final Map<String, Map<String, CellValue>> cells = new HashMap<>();
        private final Map<String, SourceRef> sources = new HashMap<>();

        UnitTableBuilder(Profile profile, TableDefinition definition, List<UnitGroup> groups) {
            this.profile = profile;
            this.definition = definition;
            this.groups = groups;
        }

        ReportTable build() {
            for (SectionDefinition section : definition.sections()) {
                section(section);
            }
            return new ReportTable(definition, rows, cells, sources);
        }

        private void section(SectionDefinition section) {
            List<String> superiors = new ArrayList<>();
            Map<String, RowDefinition.Fixed> fixed = new LinkedHashMap<>();
            for (RowDefinition row : section.body()) {
                if (row instanceof RowDefinition.UnitRows) {
                    for (UnitGroup group : groups) {
                        superiors.add(group.superior().id());
                        unitRows(section, group, row.source());
                    }
                } else if (row instanceof RowDefinition.Fixed) {
                    RowDefinition.Fixed f = (RowDefinition.Fixed) row;
                    fixed.put(f.id(), f);
                    rows.add(new ReportRow(f.id(), section.id(), f.label(), null, 0, true, false, "", f.source()));
                }
            }
            for (RowDefinition row : section.totals()) {
                if (row instanceof RowDefinition.Fixed) {
                    RowDefinition.Fixed f = (RowDefinition.Fixed) row;
                    fixed.put(f.id(), f);
                    rows.add(new ReportRow(f.id(), section.id(), f.label(), null, 0, true, true, "", f.source()));
                }
            }
            Map<String, Boolean> done = new HashMap<>();
            for (String id : fixed.keySet()) {
                formulaRow(section, id, fixed, superiors, done);
            }
        }

        private void unitRows(SectionDefinition section, UnitGroup group, SourceRef definitionSource) {
            UnitGroup.Unit superior = group.superior();
            rows.add(new ReportRow(
                    superior.id(), section.id(), superior.name(), null, 1, false, false, "", definitionSource));
            for (ColumnDefinition column : section.columns()) {
                if (column.isDerived() || column.measure() == null) {
                    continue;
                }
                if (column.side() == ColumnDefinition.Side.SUBORDINATES) {
                    Sum sum = new Sum();
                    for (UnitGroup.Unit subordinate : group.subordinates()) {
                        sum.addAll(measure(subordinate.dataset(), column.measure()));
                    }
                    put(superior.id(), column.id(), sum, SourceRef.NONE);
                } else {
                    put(
                            superior.id(),
                            column.id(),
                            measure(superior.dataset(), column.measure()),
                            superior.dataset().source());
                }
            }
            columnFormulas(section, superior.id());
            for (UnitGroup.Unit subordinate : group.subordinates()) {
                String id = superior.id() + ">" + subordinate.id();
                rows.add(new ReportRow(
                        id, section.id(), subordinate.name(), null, 2, false, false, "", definitionSource));
                for (ColumnDefinition column : section.columns()) {
                    if (column.side() == ColumnDefinition.Side.SUBORDINATES && column.measure() != null) {
                        put(
                                id,
                                column.id(),
                                measure(subordinate.dataset(), column.measure()),
                                subordinate.dataset().source());
                    } else {
                        cells.computeIfAbsent(id, r -> new HashMap<>()).put(column.id(), CellValue.BLANK);
                    }
                }
            }
        }

        private Sum measure(Dataset dataset, Measure measure) {
            return new TableBuilder(profile, definition, dataset).evaluate(measure, null);
        }

        /** Puts a cell read from figures: the one located figure's source, else {@code fallback}. */
        private void put(String row, String column, Sum sum, SourceRef fallback) {
            cells.computeIfAbsent(row, r -> new HashMap<>())
                    .put(column, sum.total().map(CellValue::of).orElse(CellValue.BLANK));
            SourceRef source = sum.sources.size() == 1 && !(sum.sources.get(0) instanceof SourceRef.None)
                    ? sum.sources.get(0)
                    : fallback;
            if (!(source instanceof SourceRef.None)) {
                sources.put(row + '\u0000' + column, source);
            }
        }

        private CellValue value(String row, String column) {
            return cells.getOrDefault(row, Map.of()).getOrDefault(column, CellValue.BLANK);
        }

        private void columnFormulas(SectionDefinition section, String row) {
            Map<String, ColumnDefinition> byId = new LinkedHashMap<>();
            section.columns().forEach(c -> byId.put(c.id(), c));
            Set<String> done = new HashSet<>();
            for (ColumnDefinition column : section.columns()) {
                formulaColumn(row, column, byId, done);
            }
        }

        private CellValue formulaColumn(
                String row, ColumnDefinition column, Map<String, ColumnDefinition> byId, Set<String> done) {
            if (column.formula() == null || !done.add(column.id())) {
                return value(row, column.id());
            }
            List<CellValue> parts = new ArrayList<>();
            List<Boolean> negative = new ArrayList<>();
            for (Formula.Term term : column.formula().terms()) {
                parts.add(formulaColumn(row, byId.get(term.ref()), byId, done));
                negative.add(term.negative());
            }
            CellValue result = signedSum(parts, negative);
            cells.computeIfAbsent(row, r -> new HashMap<>()).put(column.id(), result);
            return result;
        }

        private void formulaRow(
                SectionDefinition section,
                String id,
                Map<String, RowDefinition.Fixed> fixed,
                List<String> superiors,
                Map<String, Boolean> done) {
            if (done.containsKey(id) || !fixed.containsKey(id)) {
                return;
            }
            done.put(id, true);
            List<String> refs = new ArrayList<>();
            List<Boolean> negative = new ArrayList<>();
            for (Formula.Term term :
                    Objects.requireNonNull(fixed.get(id).formula()).terms()) {
                List<String> named = term.ref().equals(Formula.BODY) ? superiors : List.of(term.ref());
                for (String ref : named) {
                    formulaRow(section, ref, fixed, superiors, done);
                    refs.add(ref);
                    negative.add(term.negative());
                }
            }
            for (ColumnDefinition column : section.columns()) {
                if (column.isDerived()) {
                    continue;
                }
                List<CellValue> parts = new ArrayList<>();
                for (String ref : refs) {
                    parts.add(value(ref, column.id()));
                }
                cells.computeIfAbsent(id, r -> new HashMap<>()).put(column.id(), signedSum(parts, negative));
            }
            columnFormulas(section, id);
        }
    }

    private static final class TableBuilder {
        private final Profile profile;
        private final TableDefinition definition;
        private final Dataset dataset;
        private final List<ReportRow> rows = new ArrayList<>();
        private final Map<String, Map<String, CellValue>> cells = new HashMap<>();
        private final Map<String, SourceRef> sources = new HashMap<>();
        private final NavigableMap<String, FunctionLine> linesByCode = new TreeMap<>();

        TableBuilder(Profile profile, TableDefinition definition, Dataset dataset) {
            this.profile = profile;
            this.definition = definition;
            this.dataset = dataset;
            for (FunctionLine line : dataset.lines()) {
                linesByCode.put(line.code().digits(), line);
            }
        }

        ReportTable build() {
            for (SectionDefinition section : definition.sections()) {
                new SectionBuilder(section).build();
            }
            return new ReportTable(definition, rows, cells, sources);
        }

        private final class SectionBuilder {
            private final SectionDefinition section;
            private final Map<String, RowDefinition.Fixed> fixed = new LinkedHashMap<>();
            private final List<String> topLevelBody = new ArrayList<>();
            // derived rows whose values are the sum of child rows: row id -> child ids
            private final Map<String, List<String>> childSums = new LinkedHashMap<>();

            SectionBuilder(SectionDefinition section) {
                this.section = section;
            }

            void build() {
                for (RowDefinition row : section.body()) {
                    body(row);
                }
                for (RowDefinition row : section.totals()) {
                    if (row instanceof RowDefinition.Fixed) {
                        RowDefinition.Fixed f = (RowDefinition.Fixed) row;
                        fixed.put(f.id(), f);
                        addRow(
                                new ReportRow(
                                        f.id(), section.id(), f.label(), null, 0, f.isDerived(), true, "", f.source()),
                                f.measure(),
                                null);
                    }
                }
                // sums of children (款 → 类, items → economic head), deepest first
                List<String> derivedIds = new ArrayList<>(childSums.keySet());
                derivedIds.sort((a, b) -> Integer.compare(b.length(), a.length()));
                for (String id : derivedIds) {
                    for (ColumnDefinition column : section.columns()) {
                        List<CellValue> parts = new ArrayList<>();
                        for (String child : childSums.get(id)) {
                            parts.add(value(child, column.id()));
                        }
                        put(id, column.id(), sum(parts), null);
                    }
                }
                Map<String, Boolean> done = new HashMap<>();
                for (String id : fixed.keySet()) {
                    if (fixed.get(id).isDerived()) {
                        evaluateFormulaRow(id, done);
                    }
                }
            }

            private void body(RowDefinition row) {
                if (row instanceof RowDefinition.Fixed) {
                    RowDefinition.Fixed f = (RowDefinition.Fixed) row;
                    fixed.put(f.id(), f);
                    topLevelBody.add(f.id());
                    addRow(
                            new ReportRow(
                                    f.id(), section.id(), f.label(), null, 0, f.isDerived(), false, "", f.source()),
                            f.measure(),
                            null);
                } else if (row instanceof RowDefinition.ClassLines) {
                    Measure measure = ((RowDefinition.ClassLines) row).measure();
                    int ordinal = 0;
                    for (ClassCode code : profile.classLines()) {
                        ordinal++;
                        String name = profile.functions().name(code).orElse(code.digits());
                        topLevelBody.add(code.digits());
                        addRow(
                                new ReportRow(
                                        code.digits(),
                                        section.id(),
                                        ChineseNumerals.of(ordinal) + "、" + name,
                                        code,
                                        1,
                                        false,
                                        false,
                                        "",
                                        row.source()),
                                measure,
                                code);
                    }
                } else if (row instanceof RowDefinition.FunctionRows) {
                    functionRows(row.source());
                } else if (row instanceof RowDefinition.EconomicGroup) {
                    economicGroup((RowDefinition.EconomicGroup) row);
                }
            }

            private void functionRows(SourceRef definitionSource) {
                Catalog catalog = profile.functions();
                TreeSet<ClassCode> used = new TreeSet<>();
                for (FunctionLine line : dataset.lines()) {
                    for (ColumnDefinition column : section.columns()) {
                        if (column.isDerived()) {
                            continue;
                        }
                        Optional<Amount> amount = evaluate(combine(null, column.measure()), line.code())
                                .total();
                        if (amount.isPresent() && !amount.get().isZero()) {
                            used.add(line.code());
                        }
                    }
                }
                TreeSet<ClassCode> all = new TreeSet<>();
                for (ClassCode code : used) {
                    all.add(code.prefix(3));
                    all.add(code.prefix(5));
                    all.add(code);
                }
                for (ClassCode code : all) {
                    int level = code.level(CatalogKind.FUNCTION);
                    FunctionLine own = linesByCode.get(code.digits());
                    String name = catalog.name(code).orElse(own == null ? "" : own.name());
                    boolean derived = level < 3;
                    if (level == 1) {
                        topLevelBody.add(code.digits());
                    }
                    if (derived) {
                        List<String> children = new ArrayList<>();
                        int childLength = CatalogKind.FUNCTION.lengths().get(level);
                        for (ClassCode other : all.tailSet(code, false)) {
                            if (!code.contains(other)) {
                                break; // codes sort parent first, so the descendants are the codes right after it
                            }
                            if (other.length() == childLength) {
                                children.add(other.digits());
                            }
                        }
                        childSums.put(code.digits(), children);
                        rows.add(new ReportRow(
                                code.digits(), section.id(), name, code, level, true, false, "", definitionSource));
                    } else {
                        addRow(
                                new ReportRow(
                                        code.digits(),
                                        section.id(),
                                        name,
                                        code,
                                        level,
                                        false,
                                        false,
                                        "",
                                        definitionSource),
                                null,
                                code);
                    }
                }
            }

            private void economicGroup(RowDefinition.EconomicGroup group) {
                Catalog catalog = profile.economics();
                TreeSet<ClassCode> items = new TreeSet<>(group.items());
                if (group.allItems()) {
                    for (CatalogEntry entry : catalog.children(group.head())) {
                        items.add(entry.code());
                    }
                }
                boolean hasData = false;
                for (Map.Entry<ClassCode, Figure> entry :
                        dataset.basicByEconomic().entrySet()) {
                    if (group.head().contains(entry.getKey())
                            && !entry.getValue().amount().isZero()) {
                        items.add(entry.getKey());
                        hasData = true;
                    }
                }
                if (group.optional() && !hasData) {
                    return;
                }
                String head = group.head().digits();
                topLevelBody.add(head);
                rows.add(new ReportRow(
                        head,
                        section.id(),
                        catalog.name(group.head()).orElse(head),
                        group.head(),
                        1,
                        true,
                        false,
                        head,
                        group.source()));
                List<String> children = new ArrayList<>();
                Measure economic = new Measure(Measure.Kind.ECONOMIC, null, null, null, null);
                // listed items keep the profile's order; extra items follow in code order
                List<ClassCode> ordered = new ArrayList<>(group.items());
                for (ClassCode code : items) {
                    if (!ordered.contains(code)) {
                        ordered.add(code);
                    }
                }
                if (group.allItems()) {
                    ordered.sort(null);
                }
                for (ClassCode code : ordered) {
                    children.add(code.digits());
                    addRow(
                            new ReportRow(
                                    code.digits(),
                                    section.id(),
                                    catalog.name(code).orElse(code.digits()),
                                    code,
                                    2,
                                    false,
                                    false,
                                    head,
                                    group.source()),
                            economic,
                            code);
                }
                childSums.put(head, children);
            }

            /** Adds an input row's cells (derived rows get theirs later). */
            private void addRow(ReportRow row, @Nullable Measure rowMeasure, @Nullable ClassCode restriction) {
                rows.add(row);
                if (row.derived()) {
                    return;
                }
                for (ColumnDefinition column : section.columns()) {
                    if (column.isDerived()) {
                        continue;
                    }
                    Measure measure = combine(rowMeasure, column.measure());
                    if (measure == null || measure.kind() == null) {
                        put(row.id(), column.id(), CellValue.BLANK, null);
                        continue;
                    }
                    Sum sum = evaluate(measure, restriction);
                    put(
                            row.id(),
                            column.id(),
                            sum.total().map(CellValue::of).orElse(CellValue.BLANK),
                            sum.sources.size() == 1 ? sum.sources.get(0) : null);
                }
                columnFormulas(row.id());
            }

            private void columnFormulas(String rowId) {
                Map<String, Boolean> done = new HashMap<>();
                for (ColumnDefinition column : section.columns()) {
                    if (column.isDerived()) {
                        evaluateFormulaColumn(rowId, column, done);
                    }
                }
            }

            private CellValue evaluateFormulaColumn(String rowId, ColumnDefinition column, Map<String, Boolean> done) {
                if (done.containsKey(column.id()) || column.formula() == null) {
                    return value(rowId, column.id());
                }
                List<CellValue> parts = new ArrayList<>();
                List<Boolean> negative = new ArrayList<>();
                for (Formula.Term term : column.formula().terms()) {
                    ColumnDefinition referenced = column(term.ref());
                    parts.add(evaluateFormulaColumn(rowId, referenced, done));
                    negative.add(term.negative());
                }
                CellValue result = signedSum(parts, negative);
                put(rowId, column.id(), result, null);
                done.put(column.id(), true);
                return result;
            }

            private ColumnDefinition column(String id) {
                for (ColumnDefinition column : section.columns()) {
                    if (column.id().equals(id)) {
                        return column;
                    }
                }
                throw new IllegalStateException("no column " + id);
            }

            private void evaluateFormulaRow(String rowId, Map<String, Boolean> done) {
                if (done.containsKey(rowId)) {
                    return;
                }
                done.put(rowId, true);
                RowDefinition.Fixed row = fixed.get(rowId);
                List<String> refs = new ArrayList<>();
                List<Boolean> negative = new ArrayList<>();
                for (Formula.Term term : Objects.requireNonNull(row.formula()).terms()) {
                    if (term.ref().equals(Formula.BODY)) {
                        for (String id : topLevelBody) {
                            refs.add(id);
                            negative.add(term.negative());
                        }
                    } else {
                        refs.add(term.ref());
                        negative.add(term.negative());
                    }
                }
                for (String ref : refs) {
                    if (fixed.containsKey(ref) && fixed.get(ref).isDerived()) {
                        evaluateFormulaRow(ref, done);
                    }
                }
                for (ColumnDefinition column : section.columns()) {
                    List<CellValue> parts = new ArrayList<>();
                    for (String ref : refs) {
                        parts.add(value(ref, column.id()));
                    }
                    put(rowId, column.id(), signedSum(parts, negative), null);
                }
            }

            private CellValue value(String rowId, String columnId) {
                return cells.getOrDefault(rowId, Map.of()).getOrDefault(columnId, CellValue.BLANK);
            }
        }

        private void put(String rowId, String columnId, CellValue value, @Nullable SourceRef source) {
            cells.computeIfAbsent(rowId, r -> new HashMap<>()).put(columnId, value);
            if (source != null && !(source instanceof SourceRef.None)) {
                sources.put(rowId + '\u0000' + columnId, source);
            }
        }

        private @Nullable Measure combine(@Nullable Measure row, @Nullable Measure column) {
            if (row == null) {
                return column;
            }
            return column == null ? row : row.and(column);
        }

        /** Adds up the dataset figures a measure selects, within a code (or the whole unit when null). */
        private Sum evaluate(@Nullable Measure measure, @Nullable ClassCode restriction) {
            Sum sum = new Sum();
            if (measure == null || measure.kind() == null) {
                return sum;
            }
            switch (measure.kind()) {
                case INCOME:
                    for (FunctionLine line : lines(restriction)) {
                        line.income().forEach((source, figure) -> {
                            if (measure.keeps(source)) {
                                sum.add(figure);
                            }
                        });
                    }
                    break;
                case SPENDING:
                    for (FunctionLine line : lines(restriction)) {
                        line.spending().forEach((key, figure) -> {
                            if (measure.keeps(key.fund()) && measure.keeps(key.kind())) {
                                sum.add(figure);
                            }
                        });
                    }
                    break;
                case OPENING:
                case CLOSING:
                    boolean opening = measure.kind() == Measure.Kind.OPENING;
                    for (FunctionLine line : lines(restriction)) {
                        (opening ? line.opening() : line.closing()).forEach((fund, figure) -> {
                            if (measure.keeps(fund)) {
                                sum.add(figure);
                            }
                        });
                    }
                    if (restriction == null) {
                        for (Fund fund : Fund.values()) {
                            if (measure.keeps(fund)) {
                                UnitFact fact = UnitFact.ofKey(
                                                "balances." + (opening ? "opening." : "closing.") + fund.key())
                                        .orElseThrow();
                                dataset.facts().amount(fact).ifPresent(sum::add);
                            }
                        }
                    }
                    break;
                case ANNUAL_BUDGET:
                    if (measure.keeps(Fund.GENERAL_BUDGET)) {
                        for (FunctionLine line : lines(restriction)) {
                            line.annualBudgetFigure().ifPresent(sum::add);
                        }
                    }
                    break;
                case ECONOMIC:
                    if (measure.keeps(Fund.GENERAL_BUDGET)
                            && measure.keeps(org.juesuan.core.dataset.SpendingKind.BASIC)) {
                        dataset.basicByEconomic().forEach((code, figure) -> {
                            if (restriction == null || restriction.contains(code)) {
                                sum.add(figure);
                            }
                        });
                    }
                    break;
                case FACT:
                    dataset.facts()
                            .amount(Objects.requireNonNull(measure.fact()))
                            .ifPresent(sum::add);
                    break;
            }
            return sum;
        }

        private Collection<FunctionLine> lines(@Nullable ClassCode restriction) {
            if (restriction == null) {
                return dataset.lines();
            }
            // lines are held by code; a 类 or 款 restriction is the range of codes starting with it
            return linesByCode
                    .subMap(restriction.digits(), true, restriction.digits() + '\uffff', false)
                    .values();
        }
    }

    /** Adds cells; blank when every part is blank. */
    static CellValue sum(List<CellValue> parts) {
        List<Boolean> positive = new ArrayList<>();
        parts.forEach(p -> positive.add(false));
        return signedSum(parts, positive);
    }

    private static CellValue signedSum(List<CellValue> parts, List<Boolean> negative) {
        Amount total = Amount.ZERO;
        boolean any = false;
        for (int i = 0; i < parts.size(); i++) {
            Optional<Amount> amount = parts.get(i).amount();
            if (amount.isPresent()) {
                total = negative.get(i) ? total.minus(amount.get()) : total.plus(amount.get());
                any = true;
            }
        }
        return any ? CellValue.of(total) : CellValue.BLANK;
    }

    /** The figures a measure selected. */
    private static final class Sum {
        private Amount total = Amount.ZERO;
        private final List<SourceRef> sources = new ArrayList<>();
        private boolean any;

        void add(Figure figure) {
            total = total.plus(figure.amount());
            sources.add(figure.source());
            any = true;
        }

        void addAll(Sum other) {
            total = total.plus(other.total);
            sources.addAll(other.sources);
            any |= other.any;
        }

        Optional<Amount> total() {
            return any ? Optional.of(total) : Optional.empty();
        }
    }
}
