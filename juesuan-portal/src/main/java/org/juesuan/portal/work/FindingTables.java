package org.juesuan.portal.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.portal.store.StoredFinding;

/**
 * The tables a version's findings concern, as printed, with the cells marked (校验发现标注): each cell a finding
 * names carries the numbers of its findings and the most serious severity, so the page shows the message next to
 * the cell. Plain strings, escaped by the template.
 */
final class FindingTables {

    private FindingTables() {}

    /**
     * A table with marked cells.
     *
     * @param number the printed number, e.g. 公开01表
     * @param title the title
     * @param headerRows how many of the first rows are headers
     * @param rows the rows of cells, covered positions left out
     * @param findings the findings about the table
     */
    record Table(String number, String title, int headerRows, List<List<Cell>> rows, List<StoredFinding> findings) {}

    /**
     * A printed cell.
     *
     * @param text the printed text
     * @param rowSpan rows spanned
     * @param colSpan columns spanned
     * @param header whether it is a header cell
     * @param amount whether it is an amount
     * @param marks the numbers of the findings about it, e.g. {@code 1、3}, or empty
     * @param severity {@code error}, {@code warning} or {@code info} for a marked cell, else empty
     * @param messages the findings' messages, for the cell's title
     */
    record Cell(
            String text,
            int rowSpan,
            int colSpan,
            boolean header,
            boolean amount,
            String marks,
            String severity,
            String messages) {}

    /** Returns the tables that findings concern, in the printed order, with their cells marked. */
    static List<Table> of(List<PrintedTable> tables, List<StoredFinding> findings) {
        List<Table> shown = new ArrayList<>();
        for (PrintedTable table : tables) {
            List<StoredFinding> about = findings.stream()
                    .filter(StoredFinding::inTable)
                    .filter(finding -> finding.table().equals(table.id()))
                    .toList();
            if (about.isEmpty()) {
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            int index = 0;
            for (List<GridCell> grid : table.grid()) {
                boolean header = index++ < table.headerRows();
                List<Cell> row = new ArrayList<>();
                for (GridCell cell : grid) {
                    if (!cell.isCovered()) {
                        row.add(cell(cell, header, about));
                    }
                }
                rows.add(row);
            }
            shown.add(new Table(
                    table.number().isEmpty() ? table.id() : table.number(),
                    table.title(),
                    table.headerRows(),
                    rows,
                    about));
        }
        return shown;
    }

    private static Cell cell(GridCell cell, boolean header, List<StoredFinding> about) {
        List<StoredFinding> marked =
                about.stream().filter(finding -> concerns(finding, cell)).toList();
        Severity worst = null;
        for (StoredFinding finding : marked) {
            if (worst == null || finding.severity().compareTo(worst) < 0) {
                worst = finding.severity();
            }
        }
        return new Cell(
                cell.text(),
                cell.rowSpan(),
                cell.colSpan(),
                header,
                cell.kind() == GridCell.Kind.AMOUNT,
                String.join(
                        "、", marked.stream().map(f -> "[" + f.number() + "]").toList()),
                css(worst),
                String.join("\n", marked.stream().map(StoredFinding::message).toList()));
    }

    /** Returns whether a finding names a cell: its row and column, or its row's label when it names no column. */
    static boolean concerns(StoredFinding finding, GridCell cell) {
        if (cell.rowId() == null || !finding.row().equals(cell.rowId())) {
            return false;
        }
        if (finding.column().isEmpty()) {
            return cell.kind() == GridCell.Kind.LABEL;
        }
        return cell.kind() == GridCell.Kind.AMOUNT && finding.column().equals(cell.columnId());
    }

    private static String css(@Nullable Severity severity) {
        return severity == null ? "" : severity.name().toLowerCase(Locale.ROOT);
    }
}
