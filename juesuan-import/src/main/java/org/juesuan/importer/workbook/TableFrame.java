package org.juesuan.importer.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.profile.Presentation;
import org.juesuan.core.profile.TableDefinition;

/**
 * The top of a table sheet (表头): the title, the caption line with the table number and the amount unit, and the
 * header rows copied from the printed table, merged cells and 栏次 row included.
 *
 * <p>Stateless and thread-safe.
 */
final class TableFrame {

    private TableFrame() {}

    /** Writes the title, the caption and the header rows, and freezes the panes below them. */
    static void write(Sheet sheet, TablePlan plan, WorkbookContent content, CellWriter out, Presentation presentation) {
        TableDefinition definition = plan.definition();
        PrintedTable template = plan.template();
        int width = plan.columnCount();
        UnitInfo unit = content.dataset().unit();
        String title = presentation
                .titleFormat()
                .replace("{year}", Integer.toString(unit.fiscalYear()))
                .replace("{title}", definition.title());
        out.text(sheet, WorkbookLayout.TITLE_ROW, 0, title, CellWriter.Style.TITLE);
        out.merge(sheet, WorkbookLayout.TITLE_ROW, WorkbookLayout.TITLE_ROW, 0, Math.max(0, width - 1));
        String caption = plan.sheetName();
        if (!unit.name().isEmpty() && !presentation.unitLine().isEmpty()) {
            caption += "　"
                    + presentation
                            .unitLine()
                            .replace("{unit}", unit.name())
                            .replace("{scopeMark}", unit.scope() == Scope.CONSOLIDATED ? presentation.scopeMark() : "");
        }
        String amountUnit = "单位：" + out.unit().label();
        if (width > 1) {
            out.text(sheet, WorkbookLayout.CAPTION_ROW, 0, caption, CellWriter.Style.CAPTION);
            out.merge(sheet, WorkbookLayout.CAPTION_ROW, WorkbookLayout.CAPTION_ROW, 0, width - 2);
            out.text(sheet, WorkbookLayout.CAPTION_ROW, width - 1, amountUnit, CellWriter.Style.CAPTION);
        } else {
            out.text(sheet, WorkbookLayout.CAPTION_ROW, 0, caption + "　" + amountUnit, CellWriter.Style.CAPTION);
        }
        List<List<GridCell>> grid = template.grid();
        for (int i = 0; i < template.headerRows(); i++) {
            int row = WorkbookLayout.HEADER_ROW + i;
            List<GridCell> cells = grid.get(i);
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                out.text(sheet, row, c, cell.text(), CellWriter.Style.HEADER);
                if (!cell.isCovered()) {
                    out.merge(sheet, row, row + cell.rowSpan() - 1, c, c + cell.colSpan() - 1);
                }
            }
        }
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, 256 * width(grid, template.headerRows(), c));
        }
        sheet.createFreezePane(0, plan.bodyStart());
    }

    private static int width(List<List<GridCell>> grid, int headerRows, int column) {
        for (int r = headerRows; r < grid.size(); r++) {
            GridCell cell = grid.get(r).get(column);
            if (cell.kind() == GridCell.Kind.LABEL
                    && cell.colSpan() == 1
                    && !cell.text().isEmpty()) {
                return 36;
            }
            if (cell.kind() == GridCell.Kind.CODE || cell.kind() == GridCell.Kind.LINE_NUMBER) {
                return cell.kind() == GridCell.Kind.CODE ? 14 : 6;
            }
        }
        return 16;
    }

    /**
     * Checks that a sheet's header rows read as the profile prints them; reports the first difference.
     *
     * @return whether the headers match, so the body can be read by position
     */
    static boolean check(SheetReader sheet, TablePlan plan, ImportContext context) {
        PrintedTable template = plan.template();
        for (int i = 0; i < template.headerRows(); i++) {
            List<GridCell> cells = template.grid().get(i);
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                int row = WorkbookLayout.HEADER_ROW + i;
                if (!cell.isCovered() && !cell.text().equals(sheet.text(row, c))) {
                    context.issues.error(
                            sheet.ref(row, c),
                            "WORKBOOK_HEADER",
                            "表头应为“" + cell.text() + "”，实为“"
                                    + sheet.text(row, c) + "”：本工作表与地区口径“"
                                    + context.layout.profile().id()
                                    + "”的表样不一致，未读取");
                    return false;
                }
            }
        }
        return true;
    }
}
