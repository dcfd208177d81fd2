package org.juesuan.audit.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Measure;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.RowDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.source.SourceRef;

/**
 * Turns recovered tables into a dataset (数据集还原): the facts the printed 项 lines and unit-level rows state, and
 * every printed figure as a published figure — exactly the shape of a dataset transcribed by hand from a published
 * document, so that the rules that check datasets check the document.
 *
 * <p>Facts come from the most specific cells first: a cell that shows one fact (一般公共预算财政拨款基本支出 of a 项)
 * sets it; a cell that adds up several (基本支出 of all funds) sets what the specific cells leave over, on the
 * non-fiscal fund when that is among them. Derived cells (小计, 合计) set nothing. Every printed figure is kept as
 * printed, so the tables the rules see are the document's own; the facts only fill what it did not print.
 *
 * <p>Stateless and thread-safe.
 */
final class DatasetAssembler {

    private DatasetAssembler() {}

    /** One printed fact-bearing cell of a 项 line or of the unit. */
    private record Observation(@Nullable ClassCode code, Measure measure, Amount amount, SourceRef source) {}

    /** A fact slot: a kind of fact and its one key. */
    private record Slot(Measure.Kind kind, Object key) {}

    static Dataset assemble(
            Profile profile,
            UnitInfo unit,
            AmountUnit amountUnit,
            List<RecoveredTable> tables,
            Map<NarrativeClaim, Published.Claim> claims,
            SourceRef source) {
        List<Observation> observations = new ArrayList<>();
        Map<ClassCode, String> names = new TreeMap<>();
        Map<ClassCode, SourceRef> lineSources = new TreeMap<>();
        Map<ClassCode, Figure> economic = new TreeMap<>();
        List<Published.Cell> cells = new ArrayList<>();
        for (RecoveredTable table : tables) {
            for (RecoveredTable.Row row : table.rows()) {
                SectionDefinition section =
                        table.definition().section(row.section()).orElseThrow();
                Measure rowMeasure = rowMeasure(section, row.rowId());
                for (RecoveredTable.Cell cell : row.cells().values()) {
                    if (cell.amount().kind() == PrintedAmount.Kind.BLANK) {
                        continue;
                    }
                    Amount amount = cell.amount().amount();
                    cells.add(new Published.Cell(
                            table.definition().id(), row.rowId(), cell.column(), amount, cell.source()));
                    ColumnDefinition column = section.columns().stream()
                            .filter(c -> c.id().equals(cell.column()))
                            .findFirst()
                            .orElseThrow();
                    if (column.isDerived()) {
                        continue;
                    }
                    ClassCode code = row.code();
                    boolean item = code != null
                            && section.hasFunctionRows()
                            && code.length() == CatalogKind.FUNCTION.lengths().get(2);
                    boolean economicItem = code != null
                            && section.hasEconomicRows()
                            && code.length() == CatalogKind.ECONOMIC.lengths().get(1);
                    if (item) {
                        names.putIfAbsent(code, profile.functions().name(code).orElse(Labels.compact(row.label())));
                        lineSources.putIfAbsent(code, row.source());
                        Measure measure = column.measure();
                        if (measure != null && measure.kind() != null && measure.kind() != Measure.Kind.FACT) {
                            observations.add(new Observation(code, measure, amount, cell.source()));
                        }
                    } else if (economicItem) {
                        economic.putIfAbsent(code, new Figure(amount, cell.source()));
                    } else {
                        Measure measure = combine(rowMeasure, column.measure());
                        if (measure != null && measure.kind() == Measure.Kind.FACT) {
                            observations.add(new Observation(null, measure, amount, cell.source()));
                        }
                    }
                }
            }
        }
        Map<ClassCode, Map<Slot, Figure>> lineFacts = new TreeMap<>();
        Map<UnitFact, Figure> unitFacts = new EnumMap<>(UnitFact.class);
        observations.sort(Comparator.comparingInt(o -> slots(o.measure()).size()));
        for (Observation observation : observations) {
            if (observation.code() == null) {
                unitFacts.putIfAbsent(
                        observation.measure().fact(), new Figure(observation.amount(), observation.source()));
                continue;
            }
            Map<Slot, Figure> facts = lineFacts.computeIfAbsent(observation.code(), c -> new LinkedHashMap<>());
            List<Slot> slots = slots(observation.measure());
            Amount known = Amount.ZERO;
            List<Slot> open = new ArrayList<>();
            for (Slot slot : slots) {
                Figure figure = facts.get(slot);
                if (figure == null) {
                    open.add(slot);
                } else {
                    known = known.plus(figure.amount());
                }
            }
            Amount rest = observation.amount().minus(known);
            if (open.isEmpty() || (rest.isZero() && open.size() > 1)) {
                continue;
            }
            Slot target = open.stream()
                    .filter(s -> s.key() == Fund.NON_FISCAL
                            || (s.key() instanceof SpendingKey k && k.fund() == Fund.NON_FISCAL))
                    .findFirst()
                    .orElse(open.get(0));
            facts.put(target, new Figure(rest, observation.source()));
        }
        List<FunctionLine> lines = new ArrayList<>();
        for (Map.Entry<ClassCode, String> name : names.entrySet()) {
            lines.add(line(
                    name.getKey(),
                    name.getValue(),
                    lineFacts.getOrDefault(name.getKey(), Map.of()),
                    lineSources.get(name.getKey())));
        }
        return new Dataset(
                source,
                unit,
                profile.id(),
                amountUnit,
                lines,
                economic,
                new UnitFacts(unitFacts, Map.of(), Map.of()),
                null,
                List.of(),
                KeyWork.NONE,
                new Published(cells, claims));
    }

    /** The measure a fixed row gives its cells, if any. */
    private static @Nullable Measure rowMeasure(SectionDefinition section, String rowId) {
        List<RowDefinition> all = new ArrayList<>(section.body());
        all.addAll(section.totals());
        for (RowDefinition row : all) {
            if (row instanceof RowDefinition.Fixed fixed && fixed.id().equals(rowId)) {
                return fixed.measure();
            }
        }
        return null;
    }

    private static @Nullable Measure combine(@Nullable Measure row, @Nullable Measure column) {
        if (row == null) {
            return column;
        }
        return column == null ? row : row.and(column);
    }

    /** A (fund, kind) pair of expenditure. */
    private record SpendingKey(Fund fund, SpendingKind kind) {}

    /** The fact slots a measure adds up, in the enums' order. */
    private static List<Slot> slots(Measure measure) {
        List<Slot> slots = new ArrayList<>();
        Measure.Kind kind = measure.kind();
        if (kind == null) {
            return slots;
        }
        switch (kind) {
            case INCOME:
                for (IncomeSource source : IncomeSource.values()) {
                    if (measure.keeps(source)) {
                        slots.add(new Slot(kind, source));
                    }
                }
                break;
            case SPENDING:
                for (Fund fund : Fund.values()) {
                    for (SpendingKind spending : SpendingKind.values()) {
                        if (spending.allowsFund(fund) && measure.keeps(fund) && measure.keeps(spending)) {
                            slots.add(new Slot(kind, new SpendingKey(fund, spending)));
                        }
                    }
                }
                break;
            case OPENING:
            case CLOSING:
                for (Fund fund : Fund.values()) {
                    if (measure.keeps(fund)) {
                        slots.add(new Slot(kind, fund));
                    }
                }
                break;
            case ANNUAL_BUDGET:
                slots.add(new Slot(kind, Fund.GENERAL_BUDGET));
                break;
            default:
                break;
        }
        return slots;
    }

    private static FunctionLine line(ClassCode code, String name, Map<Slot, Figure> facts, SourceRef source) {
        Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
        Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();
        Map<Fund, Figure> opening = new EnumMap<>(Fund.class);
        Map<Fund, Figure> closing = new EnumMap<>(Fund.class);
        Figure annual = null;
        for (Map.Entry<Slot, Figure> fact : facts.entrySet()) {
            Slot slot = fact.getKey();
            switch (slot.kind()) {
                case INCOME -> income.put((IncomeSource) slot.key(), fact.getValue());
                case SPENDING -> {
                    SpendingKey key = (SpendingKey) slot.key();
                    spending.put(new FunctionLine.SpendingKey(key.fund(), key.kind()), fact.getValue());
                }
                case OPENING -> opening.put((Fund) slot.key(), fact.getValue());
                case CLOSING -> closing.put((Fund) slot.key(), fact.getValue());
                case ANNUAL_BUDGET -> annual = fact.getValue();
                default -> {}
            }
        }
        return new FunctionLine(code, name, income, spending, opening, closing, annual, null, null, source);
    }
}
