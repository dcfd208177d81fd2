package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.profile.RowDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a table sheet listed by code (按科目列示的表): the function tables (公开02/03/05/07/08表) and the economic
 * table (公开06表), as {@link FunctionTableSheet} and {@link EconomicTableSheet} write them.
 *
 * <p>Rows are read by the code in each panel's code column, so the clerk may add, remove and reorder rows. A code
 * cell holding a total's label (合计) marks a computed row; economic 类 rows are computed. Stateless and
 * thread-safe.
 */
final class ListingTableSheet {

    private ListingTableSheet() {}

    static void widths(Sheet sheet, TablePlan.Panel panel) {
        for (int column : panel.codeColumns()) {
            sheet.setColumnWidth(column, 256 * (panel.codeColumns().size() == 1 ? 14 : 6));
        }
        if (panel.nameColumn() >= 0) {
            sheet.setColumnWidth(panel.nameColumn(), 256 * 36);
        }
    }

    static List<RowDefinition.Fixed> totals(SectionDefinition section) {
        List<RowDefinition.Fixed> totals = new ArrayList<>();
        for (RowDefinition row : section.totals()) {
            if (row instanceof RowDefinition.Fixed) {
                totals.add((RowDefinition.Fixed) row);
            }
        }
        return totals;
    }

    /** Reads every row of every panel by its code. */
    static void read(SheetReader sheet, TablePlan plan, ImportContext context) {
        if (!TableFrame.check(sheet, plan, context)) {
            return;
        }
        Map<String, SourceRef> seen = new HashMap<>();
        for (int row = plan.bodyStart(); row <= sheet.lastRow(); row++) {
            for (TablePlan.Panel panel : plan.panels()) {
                readRow(sheet, plan, panel, row, context, seen);
            }
        }
    }

    private static void readRow(
            SheetReader sheet,
            TablePlan plan,
            TablePlan.Panel panel,
            int row,
            ImportContext context,
            Map<String, SourceRef> seen) {
        Coverage coverage = context.layout.coverage();
        StringBuilder joined = new StringBuilder();
        for (int column : panel.codeColumns()) {
            joined.append(sheet.text(row, column));
        }
        String text = joined.toString();
        SourceRef where = sheet.ref(row, panel.codeColumn());
        if (text.isEmpty() || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            Optional<RowDefinition.Fixed> total = text.isEmpty()
                    ? Optional.empty()
                    : totals(panel.section()).stream()
                            .filter(t -> Catalog.sameName(t.label(), text))
                            .findFirst();
            if (total.isPresent()) {
                for (TablePlan.ValueColumn value : panel.values()) {
                    String columnId = value.definition().id();
                    Optional<Slot> slot =
                            coverage.fixedInput(plan.id(), total.get().id(), columnId);
                    if (slot.isPresent()) {
                        sheet.figure(row, value.column()).ifPresent(f -> context.assembler.put(slot.get(), null, f));
                    } else {
                        context.observe(
                                sheet,
                                row,
                                value.column(),
                                plan.id(),
                                total.get().id(),
                                columnId);
                    }
                }
                return;
            }
            for (TablePlan.ValueColumn value : panel.values()) {
                if (coverage.codeInput(
                                        plan.id(),
                                        panel.section().id(),
                                        value.definition().id())
                                .isPresent()
                        && !sheet.isBlank(row, value.column())) {
                    if (text.isEmpty()) {
                        context.issues.error(
                                sheet.ref(row, value.column()), "WORKBOOK_MISSING_CODE", "此行填有金额，但没有填写科目编码");
                    } else {
                        context.issues.error(where, "WORKBOOK_BAD_CODE", "“" + text + "”不是科目编码（应为数字）");
                    }
                    return;
                }
            }
            return;
        }
        boolean function = plan.kind() == TablePlan.Kind.FUNCTION;
        Optional<ClassCode> parsed = function ? context.functionItem(text, where) : context.economicCode(text, where);
        if (parsed.isEmpty()) {
            return;
        }
        ClassCode code = parsed.get();
        boolean item = function || code.level(CatalogKind.ECONOMIC) == CatalogKind.ECONOMIC.depth();
        if (item) {
            @Nullable SourceRef first = seen.putIfAbsent(panel.section().id() + '\u0000' + code, where);
            if (first != null) {
                context.issues.error(
                        where,
                        "WORKBOOK_DUPLICATE_CODE",
                        (function ? "功能分类科目 " : "经济分类科目 ") + code + " 在本表重复（首次出现于 " + first.display()
                                + "），同一科目的数据应填在一行内");
                return;
            }
        }
        String name = panel.nameColumn() < 0 ? "" : sheet.text(row, panel.nameColumn());
        context.checkName(
                function ? context.functions : context.economics,
                code,
                name,
                sheet.ref(row, Math.max(0, panel.nameColumn())));
        if (function) {
            context.assembler.line(code, name, where);
        }
        for (TablePlan.ValueColumn value : panel.values()) {
            String columnId = value.definition().id();
            Optional<Slot> slot =
                    item ? coverage.codeInput(plan.id(), panel.section().id(), columnId) : Optional.empty();
            if (slot.isPresent()) {
                sheet.figure(row, value.column()).ifPresent(f -> context.assembler.put(slot.get(), code, f));
            } else {
                context.observe(sheet, row, value.column(), plan.id(), code.digits(), columnId);
            }
        }
    }
}
