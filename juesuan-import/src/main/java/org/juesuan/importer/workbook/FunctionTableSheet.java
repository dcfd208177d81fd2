package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.profile.Formula;
import org.juesuan.core.profile.RowDefinition;

/**
 * Writes a function table (公开02/03/05/07/08表) as an entry sheet: one row per 项 code that has a figure in one of
 * the table's input columns, zeros included, and the 合计 row as Excel sums; no 类 or 款 rows. A template gets blank
 * entry rows instead.
 *
 * <p>Stateless and thread-safe.
 */
final class FunctionTableSheet {

    /** Blank entry rows a template offers under a function table. */
    static final int ENTRY_ROWS = 20;

    private FunctionTableSheet() {}

    /** Returns the codes a function panel lists: those with a figure in one of its input columns. */
    static Set<ClassCode> codes(TablePlan plan, TablePlan.Panel panel, Dataset dataset, Coverage coverage) {
        Set<ClassCode> codes = new TreeSet<>();
        for (FunctionLine line : dataset.lines()) {
            for (TablePlan.ValueColumn value : panel.values()) {
                Optional<Slot> slot = coverage.codeInput(
                        plan.id(), panel.section().id(), value.definition().id());
                if (slot.isPresent()
                        && slot.get() instanceof LineSlot
                        && ((LineSlot) slot.get()).read(line).isPresent()) {
                    codes.add(line.code());
                }
            }
        }
        return codes;
    }

    /** Writes a function table; the codes it lists are added to {@code listed}. */
    static void write(
            Sheet sheet,
            TablePlan plan,
            WorkbookContent content,
            CellWriter out,
            WorkbookLayout layout,
            Set<ClassCode> listed) {
        TableFrame.write(sheet, plan, content, out, layout.profile().presentation());
        Boolean own = plan.definition().totalFirst();
        boolean totalFirst = own != null ? own : layout.profile().presentation().totalFirst();
        for (TablePlan.Panel panel : plan.panels()) {
            List<@Nullable ClassCode> codes = new ArrayList<>();
            if (content.template()) {
                for (int i = 0; i < ENTRY_ROWS; i++) {
                    codes.add(null);
                }
            } else {
                codes.addAll(codes(plan, panel, content.dataset(), layout.coverage()));
                listed.addAll(codes);
            }
            List<RowDefinition.Fixed> totals = ListingTableSheet.totals(panel.section());
            int firstCode = plan.bodyStart() + (totalFirst ? totals.size() : 0);
            int lastCode = firstCode + codes.size() - 1;
            int totalRow = totalFirst ? plan.bodyStart() : lastCode + 1;
            for (RowDefinition.Fixed total : totals) {
                writeTotal(sheet, plan, panel, totalRow++, total, firstCode, lastCode, content, out, layout);
            }
            for (int k = 0; k < codes.size(); k++) {
                writeCode(sheet, plan, panel, firstCode + k, codes.get(k), content, out, layout);
            }
            ListingTableSheet.widths(sheet, panel);
        }
    }

    private static void writeCode(
            Sheet sheet,
            TablePlan plan,
            TablePlan.Panel panel,
            int row,
            @Nullable ClassCode code,
            WorkbookContent content,
            CellWriter out,
            WorkbookLayout layout) {
        String digits = code == null ? "" : code.digits();
        List<Integer> columns = panel.codeColumns();
        if (columns.size() == 1) {
            out.text(sheet, row, columns.get(0), digits, CellWriter.Style.INPUT_CODE);
        } else {
            int from = 0;
            for (int i = 0; i < columns.size(); i++) {
                int to = CatalogKind.FUNCTION.lengths().get(i);
                out.text(
                        sheet,
                        row,
                        columns.get(i),
                        digits.isEmpty() ? "" : digits.substring(from, to),
                        CellWriter.Style.INPUT_CODE);
                from = to;
            }
        }
        if (panel.nameColumn() >= 0) {
            String name = code == null
                    ? ""
                    : content.dataset().line(code).map(FunctionLine::name).orElse("");
            out.text(sheet, row, panel.nameColumn(), name, CellWriter.Style.INPUT_TEXT);
        }
        for (TablePlan.ValueColumn value : panel.values()) {
            String columnId = value.definition().id();
            Optional<Slot> slot =
                    layout.coverage().codeInput(plan.id(), panel.section().id(), columnId);
            @Nullable String formula = code == null ? null : sameRowSum(panel, value, row);
            if (slot.isPresent()) {
                out.amount(
                        sheet,
                        row,
                        value.column(),
                        content.input(slot.get(), code).map(Figure::amount).orElse(null),
                        CellWriter.Style.INPUT_AMOUNT);
            } else if (formula != null && !content.template()) {
                out.formula(sheet, row, value.column(), formula, CellWriter.Style.DERIVED_AMOUNT);
            } else {
                out.amount(
                        sheet,
                        row,
                        value.column(),
                        code == null ? null : content.derived(plan.id(), digits, columnId),
                        CellWriter.Style.DERIVED_AMOUNT);
            }
        }
    }

    /** Returns an Excel formula adding up a formula column's terms in the same row, or null. */
    private static @Nullable String sameRowSum(TablePlan.Panel panel, TablePlan.ValueColumn value, int row) {
        Formula formula = value.definition().formula();
        if (formula == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Formula.Term term : formula.terms()) {
            int column = panel.columnOf(term.ref());
            if (column < 0) {
                return null;
            }
            text.append(term.negative() ? "-" : text.length() == 0 ? "" : "+")
                    .append(CellReference.convertNumToColString(column))
                    .append(row + 1);
        }
        return text.toString();
    }

    private static void writeTotal(
            Sheet sheet,
            TablePlan plan,
            TablePlan.Panel panel,
            int row,
            RowDefinition.Fixed total,
            int firstCode,
            int lastCode,
            WorkbookContent content,
            CellWriter out,
            WorkbookLayout layout) {
        int first = panel.codeColumn();
        int last = Math.max(
                panel.nameColumn(), panel.codeColumns().get(panel.codeColumns().size() - 1));
        for (int c = first; c <= last; c++) {
            out.text(sheet, row, c, c == first ? total.label() : "", CellWriter.Style.TOTAL_LABEL);
        }
        out.merge(sheet, row, row, first, last);
        boolean bodySum = total.formula() != null
                && total.formula().terms().size() == 1
                && !total.formula().terms().get(0).negative()
                && total.formula().terms().get(0).ref().equals(Formula.BODY);
        for (TablePlan.ValueColumn value : panel.values()) {
            String columnId = value.definition().id();
            Optional<Slot> slot = layout.coverage().fixedInput(plan.id(), total.id(), columnId);
            if (slot.isPresent()) {
                out.amount(
                        sheet,
                        row,
                        value.column(),
                        content.input(slot.get(), null).map(Figure::amount).orElse(null),
                        CellWriter.Style.INPUT_AMOUNT);
            } else if (bodySum && lastCode >= firstCode) {
                String letters = CellReference.convertNumToColString(value.column());
                out.formula(
                        sheet,
                        row,
                        value.column(),
                        "SUM(" + letters + (firstCode + 1) + ":" + letters + (lastCode + 1) + ")",
                        CellWriter.Style.DERIVED_AMOUNT);
            } else {
                out.amount(
                        sheet,
                        row,
                        value.column(),
                        content.derived(plan.id(), total.id(), columnId),
                        CellWriter.Style.DERIVED_AMOUNT);
            }
        }
    }
}
