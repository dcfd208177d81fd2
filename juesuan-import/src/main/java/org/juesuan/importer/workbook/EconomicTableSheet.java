package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;

/**
 * Writes the economic table (公开06表) as an entry sheet: the 类 and 款 rows the print shows, panels side by side,
 * then the 款 the print leaves out (zeros outside the listed items, classes no group shows) under a note, where a
 * template offers blank rows.
 *
 * <p>Stateless and thread-safe.
 */
final class EconomicTableSheet {

    /** Blank entry rows a template offers under the economic table. */
    static final int EXTRA_ROWS = 10;
    /** The note over the extra 款 rows. */
    static final String EXTRA_NOTE = "以下可填写上表未列出的经济分类款级科目（填写编码和金额）";

    private EconomicTableSheet() {}

    /** Writes the economic table: the printed 类 and 款 rows, then 款 the print leaves out. */
    static void write(Sheet sheet, TablePlan plan, WorkbookContent content, CellWriter out, WorkbookLayout layout) {
        TableFrame.write(sheet, plan, content, out, layout.profile().presentation());
        ReportTable table = content.derived().table(plan.id()).orElseThrow();
        PrintedTable printed = content.template()
                ? plan.template()
                : TableLayout.layout(table, layout.profile(), content.dataset().unit());
        Set<ClassCode> shown = new TreeSet<>();
        List<List<GridCell>> grid = printed.grid();
        int row = plan.bodyStart();
        for (int i = printed.headerRows(); i < grid.size(); i++, row++) {
            List<GridCell> cells = grid.get(i);
            for (int c = 0; c < cells.size(); c++) {
                GridCell cell = cells.get(c);
                if (cell.kind() != GridCell.Kind.AMOUNT) {
                    out.text(sheet, row, c, cell.text(), CellWriter.Style.LABEL);
                    if (!cell.isCovered()) {
                        out.merge(sheet, row, row + cell.rowSpan() - 1, c, c + cell.colSpan() - 1);
                    }
                    continue;
                }
                String rowId = Objects.requireNonNull(cell.rowId());
                String columnId = Objects.requireNonNull(cell.columnId());
                Optional<ClassCode> item = economicItem(rowId);
                String sectionId = table.row(rowId).map(ReportRow::section).orElse("");
                Optional<Slot> slot = item.isPresent()
                        ? layout.coverage().codeInput(plan.id(), sectionId, columnId)
                        : Optional.empty();
                if (slot.isPresent()) {
                    shown.add(item.get());
                    out.amount(
                            sheet,
                            row,
                            c,
                            content.input(slot.get(), item.get())
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
            }
        }
        List<@Nullable ClassCode> extras = new ArrayList<>();
        if (content.template()) {
            for (int i = 0; i < EXTRA_ROWS; i++) {
                extras.add(null);
            }
        } else {
            for (ClassCode code : content.dataset().basicByEconomic().keySet()) {
                if (!shown.contains(code)) {
                    extras.add(code);
                }
            }
        }
        TablePlan.Panel panel = plan.panels().get(0);
        if (!extras.isEmpty()) {
            int last = panel.values().get(panel.values().size() - 1).column();
            out.text(sheet, row, panel.codeColumn(), EXTRA_NOTE, CellWriter.Style.NOTE);
            out.merge(sheet, row, row, panel.codeColumn(), last);
        }
        for (ClassCode code : extras) {
            row++;
            out.text(sheet, row, panel.codeColumn(), code == null ? "" : code.digits(), CellWriter.Style.INPUT_CODE);
            if (panel.nameColumn() >= 0) {
                out.text(
                        sheet,
                        row,
                        panel.nameColumn(),
                        code == null
                                ? ""
                                : layout.profile().economics().name(code).orElse(""),
                        CellWriter.Style.INPUT_TEXT);
            }
            for (TablePlan.ValueColumn value : panel.values()) {
                Optional<Slot> slot = layout.coverage()
                        .codeInput(
                                plan.id(),
                                panel.section().id(),
                                value.definition().id());
                out.amount(
                        sheet,
                        row,
                        value.column(),
                        slot.isEmpty() || code == null
                                ? null
                                : content.input(slot.get(), code)
                                        .map(Figure::amount)
                                        .orElse(null),
                        slot.isPresent() ? CellWriter.Style.INPUT_AMOUNT : CellWriter.Style.DERIVED_AMOUNT);
            }
        }
        plan.panels().forEach(p -> ListingTableSheet.widths(sheet, p));
    }

    private static Optional<ClassCode> economicItem(String rowId) {
        return ClassCode.parse(rowId).filter(code -> code.level(CatalogKind.ECONOMIC) == CatalogKind.ECONOMIC.depth());
    }
}
