package org.juesuan.core.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Presentation;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;

/**
 * Lays a derived table out for printing (排版): panels side by side, merged multi-level headers, the 栏次 row,
 * 行次 numbered down the panels, totals aligned at the bottom, and the profile's title, unit and notes.
 *
 * <p>Stateless and thread-safe.
 */
public final class TableLayout {

    private TableLayout() {}

    /** Lays out every table of a table set. */
    public static List<PrintedTable> layout(TableSet set) {
        List<PrintedTable> printed = new ArrayList<>();
        for (ReportTable table : set.tables()) {
            printed.add(layout(table, set.profile(), set.dataset().unit()));
        }
        return printed;
    }

    /** Lays out one table. */
    public static PrintedTable layout(ReportTable table, Profile profile, UnitInfo unit) {
        Presentation presentation = profile.presentation();
        TableDefinition definition = table.definition();
        List<PanelPlan> panels = panels(table, presentation);
        List<List<GridCell>> grid = new ArrayList<>();
        int headerRows = headers(panels, definition, presentation, grid);
        body(table, panels, definition.lineNumbers(), presentation, grid);
        String year = Integer.toString(unit.fiscalYear());
        String title = presentation.titleFormat().replace("{year}", year).replace("{title}", definition.title());
        String unitLine = presentation
                .unitLine()
                .replace("{unit}", unit.name())
                .replace("{scopeMark}", unit.scope() == Scope.CONSOLIDATED ? presentation.scopeMark() : "");
        String statement = null;
        if (table.isEmpty() && !definition.emptyStatement().isEmpty()) {
            statement = definition
                    .emptyStatement()
                    .replace("{subject}", presentation.subject())
                    .replace("{year}", year)
                    .replace("{unit}", unit.name());
        }
        return new PrintedTable(
                definition.id(),
                definition.number(),
                title,
                unitLine,
                presentation.amountUnitLine(),
                grid,
                headerRows,
                definition.notes(),
                statement);
    }

    /** A vertical strip of the print: a section's columns and the rows listed in it. */
    private record PanelPlan(
            SectionDefinition section, List<ReportRow> rows, List<ReportRow> footer, List<Column> columns) {}

    /** A printed column of a panel. */
    private record Column(
            Role role, List<String> header, @Nullable ColumnDefinition definition) {}

    private enum Role {
        CODE,
        CODE_TYPE,
        CODE_CLAUSE,
        CODE_ITEM,
        NAME,
        LABEL,
        LINE,
        VALUE
    }

    private static List<PanelPlan> panels(ReportTable table, Presentation presentation) {
        TableDefinition definition = table.definition();
        List<PanelPlan> panels = new ArrayList<>();
        if (definition.panels().isEmpty()) {
            boolean single = definition.sections().size() == 1;
            for (SectionDefinition section : definition.sections()) {
                List<ReportRow> body = new ArrayList<>();
                List<ReportRow> totals = new ArrayList<>();
                for (ReportRow row : table.rows(section.id())) {
                    (row.total() ? totals : body).add(row);
                }
                List<ReportRow> rows = new ArrayList<>();
                List<ReportRow> footer = new ArrayList<>();
                boolean totalFirst =
                        definition.totalFirst() != null ? definition.totalFirst() : presentation.totalFirst();
                if (single && totalFirst && section.hasFunctionRows()) {
                    rows.addAll(totals);
                    rows.addAll(body);
                } else if (single) {
                    rows.addAll(body);
                    rows.addAll(totals);
                } else {
                    rows.addAll(body);
                    footer.addAll(totals);
                }
                panels.add(new PanelPlan(section, rows, footer, columns(section, definition, presentation, rows)));
            }
            return panels;
        }
        for (TableDefinition.Panel panel : definition.panels()) {
            SectionDefinition section = definition.section(panel.section()).orElseThrow();
            List<ReportRow> rows = new ArrayList<>();
            for (String selector : panel.rows()) {
                for (ReportRow row : table.rows(section.id())) {
                    if (!row.total() && (selector.equals(section.id()) || selector.equals(row.group()))) {
                        rows.add(row);
                    }
                }
            }
            List<ReportRow> footer = new ArrayList<>();
            for (String id : panel.footer()) {
                table.row(id).ifPresent(footer::add);
            }
            panels.add(new PanelPlan(section, rows, footer, columns(section, definition, presentation, rows)));
        }
        return panels;
    }

    private static List<Column> columns(
            SectionDefinition section, TableDefinition definition, Presentation presentation, List<ReportRow> rows) {
        List<String> prefix = new ArrayList<>();
        if (!section.heading().isEmpty()) {
            prefix.add(section.heading());
        }
        List<Column> columns = new ArrayList<>();
        if (section.hasFunctionRows()) {
            List<String> codeHeader = path(prefix, section.stubHeader(), "功能分类科目编码");
            if (presentation.splitCodes()) {
                columns.add(new Column(Role.CODE_TYPE, append(codeHeader, "类"), null));
                columns.add(new Column(Role.CODE_CLAUSE, append(codeHeader, "款"), null));
                columns.add(new Column(Role.CODE_ITEM, append(codeHeader, "项"), null));
            } else {
                columns.add(new Column(Role.CODE, codeHeader, null));
            }
            columns.add(new Column(Role.NAME, path(prefix, section.stubHeader(), "科目名称"), null));
        } else if (section.hasEconomicRows()) {
            columns.add(new Column(Role.CODE, path(prefix, "", "经济分类科目编码"), null));
            columns.add(new Column(Role.NAME, path(prefix, "", "科目名称"), null));
        } else if (!section.stubHeader().isEmpty()
                || rows.stream().anyMatch(r -> !r.label().isEmpty())) {
            columns.add(new Column(Role.LABEL, path(prefix, "", section.stubHeader()), null));
        }
        if (definition.lineNumbers()) {
            columns.add(new Column(Role.LINE, path(prefix, "", "行次"), null));
        }
        for (ColumnDefinition column : section.columns()) {
            List<String> header = new ArrayList<>(prefix);
            header.addAll(column.header());
            columns.add(new Column(Role.VALUE, header, column));
        }
        return columns;
    }

    private static List<String> path(List<String> prefix, String stub, String leaf) {
        List<String> path = new ArrayList<>(prefix);
        if (!stub.isEmpty()) {
            path.add(stub);
        }
        if (!leaf.isEmpty()) {
            path.add(leaf);
        }
        return path;
    }

    private static List<String> append(List<String> path, String leaf) {
        List<String> longer = new ArrayList<>(path);
        longer.add(leaf);
        return longer;
    }

    /** Writes the header rows (and the 栏次 row) into the grid; returns how many rows were written. */
    private static int headers(
            List<PanelPlan> panels, TableDefinition definition, Presentation presentation, List<List<GridCell>> grid) {
        List<Column> all = new ArrayList<>();
        List<String> panelOf = new ArrayList<>(); // headers merge across panels of the same section only
        for (PanelPlan panel : panels) {
            for (Column column : panel.columns()) {
                all.add(column);
                panelOf.add(panel.section().id());
            }
        }
        int depth = 0;
        for (Column column : all) {
            depth = Math.max(depth, column.header().size());
        }
        for (int level = 0; level < depth; level++) {
            List<GridCell> row = new ArrayList<>();
            for (int c = 0; c < all.size(); c++) {
                row.add(GridCell.COVERED);
            }
            grid.add(row);
        }
        for (int level = 0; level < depth; level++) {
            int c = 0;
            while (c < all.size()) {
                List<String> header = all.get(c).header();
                if (header.size() <= level) {
                    if (header.isEmpty() && level == 0) {
                        grid.get(0).set(c, new GridCell("", GridCell.Kind.HEADER, depth, 1, null, null, null));
                    }
                    c++;
                    continue;
                }
                boolean last = header.size() == level + 1;
                int span = 1;
                while (c + span < all.size()
                        && panelOf.get(c + span).equals(panelOf.get(c))
                        && samePrefix(header, all.get(c + span).header(), level)
                        && (all.get(c + span).header().size() == level + 1) == last) {
                    span++;
                }
                int rowSpan = last ? depth - level : 1;
                grid.get(level)
                        .set(c, new GridCell(header.get(level), GridCell.Kind.HEADER, rowSpan, span, null, null, null));
                c += span;
            }
        }
        boolean numbers = presentation.columnNumbers()
                && all.stream()
                        .anyMatch(col ->
                                col.definition() != null && col.definition().number() != null);
        if (numbers) {
            List<GridCell> row = new ArrayList<>();
            for (int p = 0; p < panels.size(); p++) {
                boolean first = true;
                for (Column column : panels.get(p).columns()) {
                    if (column.role() == Role.VALUE) {
                        Integer number =
                                Objects.requireNonNull(column.definition()).number();
                        row.add(GridCell.of(number == null ? "" : number.toString(), GridCell.Kind.COLUMN_NUMBER));
                    } else {
                        row.add(GridCell.of(first ? "栏次" : "", GridCell.Kind.COLUMN_NUMBER));
                        first = false;
                    }
                }
            }
            grid.add(row);
        }
        return grid.size();
    }

    private static boolean samePrefix(List<String> a, List<String> b, int level) {
        if (b.size() <= level) {
            return false;
        }
        for (int i = 0; i <= level; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void body(
            ReportTable table,
            List<PanelPlan> panels,
            boolean lineNumbers,
            Presentation presentation,
            List<List<GridCell>> grid) {
        int bodyRows = 0;
        int footerRows = 0;
        for (PanelPlan panel : panels) {
            bodyRows = Math.max(bodyRows, panel.rows().size());
            footerRows = Math.max(footerRows, panel.footer().size());
        }
        int[] firstLine = new int[panels.size()];
        int line = 1;
        for (int p = 0; p < panels.size(); p++) {
            firstLine[p] = line;
            line += bodyRows + footerRows;
        }
        for (int r = 0; r < bodyRows + footerRows; r++) {
            List<GridCell> cells = new ArrayList<>();
            for (int p = 0; p < panels.size(); p++) {
                PanelPlan panel = panels.get(p);
                ReportRow row = r < bodyRows
                        ? (r < panel.rows().size() ? panel.rows().get(r) : null)
                        : (r - bodyRows < panel.footer().size() ? panel.footer().get(r - bodyRows) : null);
                List<Column> columns = panel.columns();
                int stub = stubWidth(columns);
                for (int c = 0; c < columns.size(); c++) {
                    if (row != null && row.code() == null && stub > 1 && c < stub) {
                        // a total row without a code: its label spans the code and name columns
                        cells.add(
                                c == 0
                                        ? new GridCell(row.label(), GridCell.Kind.LABEL, 1, stub, null, row.id(), null)
                                        : GridCell.COVERED);
                        continue;
                    }
                    cells.add(cell(table, row, columns.get(c), lineNumbers ? firstLine[p] + r : 0, presentation));
                }
            }
            grid.add(cells);
        }
    }

    /** Returns the number of code and name columns at the start of a panel. */
    private static int stubWidth(List<Column> columns) {
        int width = 0;
        while (width < columns.size()
                && columns.get(width).role() != Role.VALUE
                && columns.get(width).role() != Role.LINE
                && columns.get(width).role() != Role.LABEL) {
            width++;
        }
        return width;
    }

    private static GridCell cell(
            ReportTable table, @Nullable ReportRow row, Column column, int lineNumber, Presentation presentation) {
        if (column.role() == Role.LINE) {
            return GridCell.of(lineNumber > 0 ? Integer.toString(lineNumber) : "", GridCell.Kind.LINE_NUMBER);
        }
        if (row == null) {
            return GridCell.of("", GridCell.Kind.EMPTY);
        }
        ClassCode code = row.code();
        switch (column.role()) {
            case CODE:
                return new GridCell(code == null ? "" : code.digits(), GridCell.Kind.CODE, 1, 1, null, row.id(), null);
            case CODE_TYPE:
                return GridCell.of(code == null ? "" : code.digits().substring(0, 3), GridCell.Kind.CODE);
            case CODE_CLAUSE:
                return GridCell.of(
                        code == null || code.length() < 5 ? "" : code.digits().substring(3, 5), GridCell.Kind.CODE);
            case CODE_ITEM:
                return GridCell.of(
                        code == null || code.length() < 7 ? "" : code.digits().substring(5, 7), GridCell.Kind.CODE);
            case NAME:
            case LABEL:
                return new GridCell(row.label(), GridCell.Kind.LABEL, 1, 1, null, row.id(), null);
            case VALUE:
            default:
                ColumnDefinition definition = Objects.requireNonNull(column.definition());
                var value = table.cell(row.id(), definition.id());
                return new GridCell(
                        AmountFormat.cellText(value, presentation.zeroDisplay()),
                        GridCell.Kind.AMOUNT,
                        1,
                        1,
                        value.amount().orElse(null),
                        row.id(),
                        definition.id());
        }
    }
}
