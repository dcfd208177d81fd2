package org.juesuan.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.profile.ColumnDefinition;

/**
 * Resolves the printed figures a transcribed dataset carries ({@link Published#cells()}) to cells of the derived
 * tables (原文所列数定位), so they can be compared with what Juesuan derives.
 *
 * <p>A row is named by its id ({@code I27}), its code ({@code 201}), its label ({@code 本年收入合计}) or 合计; a
 * column by its 栏次, its id, or nothing when the row's section has a single value column. An unknown table, row
 * or column is an error at the figure's position: a misspelt key must not silently drop a figure.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublishedCells {

    private PublishedCells() {}

    /**
     * A printed figure matched to its derived cell.
     *
     * @param figure the printed figure
     * @param table the table
     * @param rowId the derived row
     * @param columnId the derived column
     */
    public record Match(Published.Cell figure, ReportTable table, String rowId, String columnId) {
        /** Creates a match. */
        public Match {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(rowId, "rowId");
            Objects.requireNonNull(columnId, "columnId");
        }

        /** Returns the derived value of the cell. */
        public CellValue derived() {
            return table.cell(rowId, columnId);
        }
    }

    /** Resolves every printed figure; unresolvable ones are reported as errors. */
    public static List<Match> resolve(TableSet tables, Published published, Issues issues) {
        List<Match> matches = new ArrayList<>();
        for (Published.Cell cell : published.cells()) {
            Optional<ReportTable> table = tables.table(cell.table());
            if (table.isEmpty()) {
                issues.error(
                        cell.source(),
                        "PUBLISHED_UNKNOWN_TABLE",
                        "地区口径“" + tables.profile().id() + "”中没有表“" + cell.table() + "”");
                continue;
            }
            Optional<ReportRow> row = row(table.get(), cell.row());
            // a code the unit has no figures for is still a legitimate printed row: its derived cells are blank
            Optional<String> section = row.map(ReportRow::section).or(() -> codeSection(table.get(), cell.row()));
            if (section.isEmpty()) {
                issues.error(
                        cell.source(),
                        "PUBLISHED_UNKNOWN_ROW",
                        table.get().definition().title() + "中没有行“" + cell.row() + "”（可用行标识、科目编码或行名称）");
                continue;
            }
            String rowId = row.map(ReportRow::id).orElse(cell.row());
            List<ColumnDefinition> columns = table.get().columns(section.get());
            Optional<ColumnDefinition> column;
            if (cell.column().isEmpty()) {
                column = columns.size() == 1 ? Optional.of(columns.get(0)) : Optional.empty();
                if (column.isEmpty()) {
                    issues.error(cell.source(), "PUBLISHED_NO_COLUMN", "行“" + cell.row() + "”有多个栏，须按栏次写出数值");
                    continue;
                }
            } else {
                column = columns.stream()
                        .filter(c -> c.id().equals(cell.column())
                                || c.columnNumber()
                                        .map(n -> n.toString().equals(cell.column()))
                                        .orElse(false))
                        .findFirst();
                if (column.isEmpty()) {
                    issues.error(
                            cell.source(),
                            "PUBLISHED_UNKNOWN_COLUMN",
                            table.get().definition().title() + "的行“" + cell.row() + "”中没有栏“" + cell.column() + "”");
                    continue;
                }
            }
            matches.add(new Match(cell, table.get(), rowId, column.get().id()));
        }
        return matches;
    }

    /**
     * Returns the tables as the document printed them: every printed figure in place of the derived one, with the
     * printed figure's source. Rows the document printed but the facts do not have are not added.
     */
    public static TableSet asPrinted(TableSet derived, List<Match> matches) {
        if (matches.isEmpty()) {
            return derived;
        }
        java.util.Map<String, java.util.Map<String, java.util.Map<String, org.juesuan.core.money.Amount>>> overrides =
                new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<String, org.juesuan.core.source.SourceRef>> sources =
                new java.util.HashMap<>();
        for (Match match : matches) {
            if (match.table().row(match.rowId()).isEmpty()) {
                continue;
            }
            overrides
                    .computeIfAbsent(match.table().id(), t -> new java.util.HashMap<>())
                    .computeIfAbsent(match.rowId(), r -> new java.util.HashMap<>())
                    .put(match.columnId(), match.figure().amount());
            sources.computeIfAbsent(match.table().id(), t -> new java.util.HashMap<>())
                    .put(
                            match.rowId() + '\u0000' + match.columnId(),
                            match.figure().source());
        }
        List<ReportTable> tables = new ArrayList<>();
        for (ReportTable table : derived.tables()) {
            tables.add(
                    overrides.containsKey(table.id())
                            ? table.withOverrides(overrides.get(table.id()), sources.get(table.id()))
                            : table);
        }
        return new TableSet(derived.profile(), derived.dataset(), tables);
    }

    private static Optional<String> codeSection(ReportTable table, String key) {
        if (!key.matches("\\d{3}(\\d{2}){0,2}")) {
            return Optional.empty();
        }
        return table.definition().sections().stream()
                .filter(s -> s.hasFunctionRows() || s.hasEconomicRows())
                .map(org.juesuan.core.profile.SectionDefinition::id)
                .findFirst();
    }

    private static Optional<ReportRow> row(ReportTable table, String key) {
        Optional<ReportRow> byId = table.row(key);
        if (byId.isPresent()) {
            return byId;
        }
        for (ReportRow row : table.rows()) {
            if (row.label().equals(key) && !key.isEmpty()) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
