package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.CatalogEntry;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.ReportTable;

/**
 * The layout of the data-entry workbook for one profile (填报工作簿版式): sheet names, the plan of each table sheet,
 * and which facts the supplement sheets list. The writer and the importer share it, so they agree cell for cell.
 *
 * <p>Immutable and thread-safe.
 */
final class WorkbookLayout {

    static final String GUIDE = "说明";
    static final String UNIT = "单位信息";
    static final String LINES = "补充-科目数据";
    static final String ECONOMIC = "补充-经济分类";
    static final String FACTS = "补充-单位数据";
    static final String PERFORMANCE = "绩效自评";
    static final String KEY_WORK = "重点工作";
    static final String PUBLISHED = "原文所列数";

    /** The sheet row of a table's title. */
    static final int TITLE_ROW = 0;
    /** The sheet row with the table number and the amount unit. */
    static final int CAPTION_ROW = 1;
    /** The sheet row of a table's first header row. */
    static final int HEADER_ROW = 2;

    private final Profile profile;
    private final Coverage coverage;
    private final List<TablePlan> tables;

    private WorkbookLayout(Profile profile, Coverage coverage, List<TablePlan> tables) {
        this.profile = profile;
        this.coverage = coverage;
        this.tables = List.copyOf(tables);
    }

    /**
     * Lays out the workbook of a profile.
     *
     * @throws IllegalArgumentException if a table mixes code-listed sections with other sections
     */
    static WorkbookLayout of(Profile profile) {
        Dataset empty = emptyDataset(profile, AmountUnit.YUAN);
        Dataset probe = probe(profile);
        List<TablePlan> plans = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TableDefinition table : profile.tables()) {
            // as the rendered workbook names them: the printed number, else the title
            String name = sheetName(table.number().isEmpty() ? table.title() : table.number());
            if (!names.add(name) || isFixedSheet(name)) {
                name = sheetName(name + "-" + table.id());
                names.add(name);
            }
            PrintedTable template = TableLayout.layout(Deriver.derive(profile, table, empty), profile, empty.unit());
            TablePlan.Kind kind = kind(table);
            List<TablePlan.Panel> panels = List.of();
            if (kind != TablePlan.Kind.FIXED) {
                ReportTable probed = Deriver.derive(profile, table, probe);
                panels = panels(probed, TableLayout.layout(probed, profile, probe.unit()));
            }
            plans.add(new TablePlan(table, name, kind, template, panels));
        }
        return new WorkbookLayout(profile, Coverage.of(profile), plans);
    }

    private static boolean isFixedSheet(String name) {
        return List.of(GUIDE, UNIT, LINES, ECONOMIC, FACTS, PERFORMANCE, KEY_WORK, PUBLISHED)
                .contains(name);
    }

    /** Returns a name Excel accepts: no []:*?/\ and at most 31 characters. */
    static String sheetName(String text) {
        String clean = text.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    private static TablePlan.Kind kind(TableDefinition table) {
        boolean function = false;
        boolean economic = false;
        boolean fixed = false;
        for (SectionDefinition section : table.sections()) {
            if (section.hasFunctionRows()) {
                function = true;
            } else if (section.hasEconomicRows()) {
                economic = true;
            } else {
                fixed = true;
            }
        }
        if ((function ? 1 : 0) + (economic ? 1 : 0) + (fixed ? 1 : 0) > 1) {
            throw new IllegalArgumentException("table " + table.id()
                    + " mixes sections listed by code with other sections; the workbook cannot lay it out");
        }
        return function ? TablePlan.Kind.FUNCTION : economic ? TablePlan.Kind.ECONOMIC : TablePlan.Kind.FIXED;
    }

    /**
     * Finds the panels of a table listed by code from its layout for the probe dataset: in the first body row where
     * every panel shows a code row, code cells start a panel, the label cell is the name and amount cells carry the
     * column ids.
     */
    private static List<TablePlan.Panel> panels(ReportTable table, PrintedTable probe) {
        List<List<GridCell>> grid = probe.grid();
        for (int r = probe.headerRows(); r < grid.size(); r++) {
            List<GridCell> row = grid.get(r);
            if (row.stream().anyMatch(c -> c.isCovered() || c.kind() == GridCell.Kind.EMPTY)) {
                continue;
            }
            List<TablePlan.Panel> panels = new ArrayList<>();
            List<Integer> codes = new ArrayList<>();
            int name = -1;
            @Nullable String sectionId = null;
            List<TablePlan.ValueColumn> values = new ArrayList<>();
            for (int c = 0; c <= row.size(); c++) {
                @Nullable GridCell cell = c < row.size() ? row.get(c) : null;
                boolean starts = cell != null
                        && cell.kind() == GridCell.Kind.CODE
                        && (c == 0 || row.get(c - 1).kind() != GridCell.Kind.CODE);
                if ((starts || cell == null) && !codes.isEmpty()) {
                    panels.add(panel(table.definition(), sectionId, codes, name, values));
                    codes = new ArrayList<>();
                    name = -1;
                    values = new ArrayList<>();
                    sectionId = null;
                }
                if (cell == null) {
                    break;
                }
                if (cell.kind() == GridCell.Kind.CODE) {
                    codes.add(c);
                } else if (cell.kind() == GridCell.Kind.LABEL) {
                    name = c;
                } else if (cell.kind() == GridCell.Kind.AMOUNT) {
                    String section = table.row(Objects.requireNonNull(cell.rowId()))
                            .orElseThrow()
                            .section();
                    if (sectionId == null) {
                        sectionId = section;
                    }
                    values.add(new TablePlan.ValueColumn(
                            c, column(table.definition(), section, Objects.requireNonNull(cell.columnId()))));
                }
            }
            return panels;
        }
        throw new IllegalStateException("table " + table.id() + " shows no code row even with every fact present");
    }

    private static TablePlan.Panel panel(
            TableDefinition table,
            @Nullable String sectionId,
            List<Integer> codes,
            int name,
            List<TablePlan.ValueColumn> values) {
        if (sectionId == null || values.isEmpty()) {
            throw new IllegalStateException("a panel of table " + table.id() + " has no value column");
        }
        return new TablePlan.Panel(table.section(sectionId).orElseThrow(), codes, name, values);
    }

    private static ColumnDefinition column(TableDefinition table, String sectionId, String columnId) {
        return table.section(sectionId).orElseThrow().columns().stream()
                .filter(c -> c.id().equals(columnId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("table " + table.id() + " has no column " + columnId));
    }

    /** Returns a dataset with no facts, for the profile's year: what the template's tables are laid out from. */
    static Dataset emptyDataset(Profile profile, AmountUnit unit) {
        UnitInfo info = new UnitInfo(
                "",
                "",
                "",
                GovernmentLevel.DISTRICT,
                "",
                Scope.OWN,
                profile.fiscalYear(),
                null,
                List.of(),
                "",
                List.of());
        return new Dataset(
                SourceRef.NONE,
                info,
                profile.id(),
                unit,
                List.of(),
                Map.of(),
                UnitFacts.NONE,
                null,
                List.of(),
                KeyWork.NONE,
                Published.NONE);
    }

    /** Returns a dataset with every line slot set on one 项 and every economic 款 set: every code row shows. */
    private static Dataset probe(Profile profile) {
        Figure one = Figure.computed(Amount.ofFen(1));
        Optional<ClassCode> item = profile.functions().entries().stream()
                .map(CatalogEntry::code)
                .filter(code -> code.length() == 7)
                .findFirst();
        List<FunctionLine> lines = new ArrayList<>();
        if (item.isPresent()) {
            Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
            for (IncomeSource source : IncomeSource.values()) {
                income.put(source, one);
            }
            Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();
            Map<Fund, Figure> balances = new EnumMap<>(Fund.class);
            for (LineSlot slot : LineSlot.all()) {
                if (slot.spendingKind() != null) {
                    spending.put(
                            new FunctionLine.SpendingKey(Objects.requireNonNull(slot.fund()), slot.spendingKind()),
                            one);
                }
            }
            for (Fund fund : Fund.values()) {
                balances.put(fund, one);
            }
            lines.add(new FunctionLine(
                    item.get(), "", income, spending, balances, balances, one, null, null, SourceRef.NONE));
        }
        Map<ClassCode, Figure> economic = new TreeMap<>();
        for (CatalogEntry entry : profile.economics().entries()) {
            if (entry.code().length() == 5) {
                economic.put(entry.code(), one);
            }
        }
        Dataset empty = emptyDataset(profile, AmountUnit.YUAN);
        return empty.withFigures(lines, economic, UnitFacts.NONE);
    }

    Profile profile() {
        return profile;
    }

    Coverage coverage() {
        return coverage;
    }

    List<TablePlan> tables() {
        return tables;
    }

    /** Returns the line slots no table holds, except balances: the fixed columns of 补充-科目数据. */
    List<LineSlot> supplementSlots() {
        List<LineSlot> slots = new ArrayList<>();
        for (LineSlot slot : LineSlot.all()) {
            if (!slot.isBalance() && !coverage.owns(slot)) {
                slots.add(slot);
            }
        }
        return slots;
    }

    /** Returns the balance slots no table holds: columns of 补充-科目数据 only when a dataset has such figures. */
    List<LineSlot> supplementBalances() {
        List<LineSlot> slots = new ArrayList<>();
        for (LineSlot slot : LineSlot.all()) {
            if (slot.isBalance() && !coverage.owns(slot)) {
                slots.add(slot);
            }
        }
        return slots;
    }

    /** Returns the unit facts no table holds, in vocabulary order: the rows of 补充-单位数据. */
    List<UnitFact> supplementFacts() {
        List<UnitFact> facts = new ArrayList<>();
        for (UnitFact fact : UnitFact.values()) {
            if (!coverage.owns(new Slot.Fact(fact))) {
                facts.add(fact);
            }
        }
        return facts;
    }

    /** Returns whether no table holds the economic 款 figures, so that 补充-经济分类 is needed. */
    boolean needsEconomicSheet() {
        return !coverage.owns(Slot.ECONOMIC);
    }

    /** Returns the names of the sheets an import requires, in workbook order (单位信息 first). */
    List<String> requiredSheets() {
        List<String> names = new ArrayList<>();
        names.add(UNIT);
        tables.forEach(t -> names.add(t.sheetName()));
        names.add(LINES);
        if (needsEconomicSheet()) {
            names.add(ECONOMIC);
        }
        names.addAll(List.of(FACTS, PERFORMANCE, KEY_WORK, PUBLISHED));
        return names;
    }
}
