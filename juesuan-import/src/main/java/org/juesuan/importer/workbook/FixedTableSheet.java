package org.juesuan.importer.workbook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.layout.GridCell;

/**
 * A table sheet whose rows are exactly the printed ones (固定行表), such as 公开01表, 公开04表 and 公开09表.
 *
 * <p>Cells are matched to table cells by position, so rows may not be inserted, deleted or moved; the importer checks
 * every printed label before reading. Input cells hold unit facts; every other amount is computed. Stateless and
 * thread-safe.
 */
final class FixedTableSheet {

    private FixedTableSheet() {}

    static void write(Sheet sheet, TablePlan plan, WorkbookContent content, CellWriter out, WorkbookLayout layout) {
        TableFrame.write(sheet, plan, content, out, layout.profile().presentation());
        List<List<GridCell>> grid = plan.template().grid();
        int headerRows = plan.template().headerRows();
        for (int i = headerRows; i < grid.size(); i++) {
            int row = plan.bodyStart() + i - headerRows;
            List<GridCell> cells = grid.get(i);
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                if (cell.kind() == GridCell.Kind.AMOUNT) {
                    String rowId = Objects.requireNonNull(cell.rowId());
                    String columnId = Objects.requireNonNull(cell.columnId());
                    Optional<Slot> slot = layout.coverage().fixedInput(plan.id(), rowId, columnId);
                    if (slot.isPresent()) {
                        out.amount(
                                sheet,
                                row,
                                c,
                                content.input(slot.get(), null)
                                        .map(Figure::amount)
                                        .orElse(null),
                                CellWriter.Style.INPUT_AMOUNT);
                    } else {
                        out.amount(
                                sheet,
                                row,
                                c,
                                content.derived(plan.id(), rowId, columnId),
                                CellWriter.Style.DERIVED_AMOUNT);
                    }
                } else {
                    out.text(sheet, row, c, cell.text(), CellWriter.Style.LABEL);
                    if (!cell.isCovered()) {
                        out.merge(sheet, row, row + cell.rowSpan() - 1, c, c + cell.colSpan() - 1);
                    }
                }
            }
        }
    }

    static void read(SheetReader sheet, TablePlan plan, ImportContext context) {
        if (!TableFrame.check(sheet, plan, context)) {
            return;
        }
        List<List<GridCell>> grid = plan.template().grid();
        int headerRows = plan.template().headerRows();
        for (int i = headerRows; i < grid.size(); i++) {
            int row = plan.bodyStart() + i - headerRows;
            List<GridCell> cells = grid.get(i);
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                if (cell.kind() == GridCell.Kind.LABEL
                        && !cell.text().isEmpty()
                        && !Catalog.sameName(cell.text(), sheet.text(row, c))) {
                    context.issues.error(
                            sheet.ref(row, c),
                            "WORKBOOK_LAYOUT",
                            "此处应为“" + cell.text() + "”，实为“" + sheet.text(row, c) + "”：本表的行不能插入、删除或移动，未读取");
                    return;
                }
            }
        }
        for (int i = headerRows; i < grid.size(); i++) {
            int row = plan.bodyStart() + i - headerRows;
            List<GridCell> cells = grid.get(i);
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                if (cell.kind() != GridCell.Kind.AMOUNT) {
                    continue;
                }
                String rowId = Objects.requireNonNull(cell.rowId());
                String columnId = Objects.requireNonNull(cell.columnId());
                Optional<Slot> slot = context.layout.coverage().fixedInput(plan.id(), rowId, columnId);
                if (slot.isPresent()) {
                    sheet.figure(row, c).ifPresent(f -> context.assembler.put(slot.get(), null, f));
                } else {
                    context.observe(sheet, row, c, plan.id(), rowId, columnId);
                }
            }
        }
    }
}
