package org.juesuan.importer.workbook;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;

/**
 * How one public table is laid out as a sheet (表样填报页): its sheet name, its kind, the printed table of an empty
 * dataset (headers, and the body of fixed tables) and, for tables listed by code, which columns hold codes, names
 * and values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param definition the table definition
 * @param sheetName the sheet name: the printed number, or the id when the table has none
 * @param kind how the body is laid out
 * @param template the table laid out for an empty dataset
 * @param panels the side-by-side strips of a table listed by code, left to right; empty for fixed tables
 */
record TablePlan(TableDefinition definition, String sheetName, Kind kind, PrintedTable template, List<Panel> panels) {

    /** How a table's body is laid out. */
    enum Kind {
        /** Rows exactly as printed (fixed rows and class lines). */
        FIXED,
        /** One row per 项-level function code, typed by the clerk. */
        FUNCTION,
        /** Economic 类 and 款 rows as printed, and more 款 rows typed by the clerk. */
        ECONOMIC
    }

    /** Creates a plan. */
    TablePlan {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(sheetName, "sheetName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(template, "template");
        panels = List.copyOf(panels);
    }

    /** Returns the table id. */
    String id() {
        return definition.id();
    }

    /** Returns the sheet row of the first body row. */
    int bodyStart() {
        return WorkbookLayout.HEADER_ROW + template.headerRows();
    }

    /** Returns the number of sheet columns. */
    int columnCount() {
        return template.columnCount();
    }

    /**
     * A strip of a table listed by code: one section's code, name and value columns.
     *
     * @param section the section whose columns the strip shows
     * @param codeColumns the code column, or the 类, 款 and 项 columns when codes are split
     * @param nameColumn the 科目名称 column
     * @param values the value columns
     */
    record Panel(SectionDefinition section, List<Integer> codeColumns, int nameColumn, List<ValueColumn> values) {
        /** Creates a panel. */
        Panel {
            Objects.requireNonNull(section, "section");
            codeColumns = List.copyOf(codeColumns);
            values = List.copyOf(values);
            if (codeColumns.isEmpty()) {
                throw new IllegalArgumentException("a panel needs a code column");
            }
        }

        /** Returns the sheet column of the code (the first code column when split). */
        int codeColumn() {
            return codeColumns.get(0);
        }

        /** Returns the sheet column of the value column with the given id, or -1. */
        int columnOf(String columnId) {
            for (ValueColumn value : values) {
                if (value.definition().id().equals(columnId)) {
                    return value.column();
                }
            }
            return -1;
        }
    }

    /**
     * A value column of a panel.
     *
     * @param column the sheet column
     * @param definition the table column
     */
    record ValueColumn(int column, ColumnDefinition definition) {
        /** Creates a value column. */
        ValueColumn {
            Objects.requireNonNull(definition, "definition");
        }
    }
}
