package org.juesuan.portal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.layout.AmountFormat;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.table.CellValue;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;

/**
 * A public table as open data (公开表数据): one record per cell, section by section, row by row, column by column,
 * with everything needed to read the cell on its own. The amounts are the figures the table prints, in 万元 with two
 * decimals, exact; a blank cell (no fact behind it) has no amount, a zero cell has {@code 0.00}.
 *
 * <p>Stateless and thread-safe.
 */
final class TableRecords {

    /** The unit of every amount. */
    static final String AMOUNT_UNIT = "万元";

    private TableRecords() {}

    /**
     * One cell of a public table.
     *
     * @param tableId the table id, e.g. {@code T01}
     * @param tableNumber the printed number, e.g. 公开01表
     * @param tableTitle the printed title with the year
     * @param section the section id
     * @param sectionHeading the section's heading, or empty
     * @param lineId the row id
     * @param lineLabel the row's label
     * @param lineLevel 1 类, 2 款, 3 项 for code rows, 0 otherwise
     * @param total whether the row is one of the section's totals
     * @param functionCode the 功能分类科目编码 of the row, or empty
     * @param economicCode the 经济分类科目编码 of the row, or empty
     * @param columnId the column id
     * @param columnHeader the column header, levels joined by {@code /}
     * @param amount the amount in 万元 as printed, or null for a blank cell
     */
    record CellRecord(
            String tableId,
            String tableNumber,
            String tableTitle,
            String section,
            String sectionHeading,
            String lineId,
            String lineLabel,
            int lineLevel,
            boolean total,
            String functionCode,
            String economicCode,
            String columnId,
            String columnHeader,
            @Nullable String amount) {

        CellRecord {
            Objects.requireNonNull(tableId, "tableId");
            Objects.requireNonNull(lineId, "lineId");
            Objects.requireNonNull(columnId, "columnId");
        }
    }

    /** Returns every cell of a table, in print order of sections, rows and columns. */
    static List<CellRecord> cells(ReportTable table, PrintedTable printed) {
        List<CellRecord> records = new ArrayList<>();
        for (SectionDefinition section : table.definition().sections()) {
            List<ColumnDefinition> columns = section.columns();
            for (ReportRow row : table.rows(section.id())) {
                for (ColumnDefinition column : columns) {
                    records.add(new CellRecord(
                            table.id(),
                            printed.number(),
                            printed.title(),
                            section.id(),
                            section.heading(),
                            row.id(),
                            row.label(),
                            row.level(),
                            row.total(),
                            functionCode(section, row),
                            economicCode(section, row),
                            column.id(),
                            header(column),
                            amount(table.cell(row.id(), column.id()))));
                }
            }
        }
        return records;
    }

    /** Returns a row's function code: the code of a row in a section that does not list economic codes. */
    static String functionCode(SectionDefinition section, ReportRow row) {
        return row.code() == null || section.hasEconomicRows() ? "" : row.code().toString();
    }

    /** Returns a row's economic code: the code of a row in a section that lists economic codes. */
    static String economicCode(SectionDefinition section, ReportRow row) {
        return row.code() == null || !section.hasEconomicRows()
                ? ""
                : row.code().toString();
    }

    /** Returns a column's header, its levels joined by {@code /}, equal neighbouring levels once. */
    static String header(ColumnDefinition column) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (String level : column.header()) {
            if (level.equals(previous)) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('/');
            }
            text.append(level);
            previous = level;
        }
        return text.toString();
    }

    /** Returns a cell's value as open data: 万元 with two decimals, the text of a text cell, or null if blank. */
    static @Nullable String amount(CellValue value) {
        if (value instanceof CellValue.AmountCell cell) {
            return AmountFormat.wanText(cell.value());
        }
        if (value instanceof CellValue.TextCell text) {
            return text.value();
        }
        if (value instanceof CellValue.RatioCell ratio) {
            return ratio.value().value().toPlainString();
        }
        return null;
    }
}
