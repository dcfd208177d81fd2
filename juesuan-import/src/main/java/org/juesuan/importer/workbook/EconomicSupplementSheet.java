package org.juesuan.importer.workbook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.source.SourceRef;

/**
 * The sheet 补充-经济分类, written only for a profile none of whose tables holds the 一般公共预算财政拨款基本支出 by
 * economic 款: one row per 款 code with its amount.
 *
 * <p>Stateless and thread-safe.
 */
final class EconomicSupplementSheet {

    static final String CODE = "经济分类科目编码";
    static final String NAME = "科目名称";
    static final String AMOUNT = "一般公共预算财政拨款基本支出";

    private EconomicSupplementSheet() {}

    static void write(Sheet sheet, WorkbookContent content, CellWriter out, WorkbookLayout layout) {
        out.text(sheet, 0, 0, CODE, CellWriter.Style.HEADER);
        out.text(sheet, 0, 1, NAME, CellWriter.Style.HEADER);
        out.text(sheet, 0, 2, AMOUNT, CellWriter.Style.HEADER);
        out.widths(sheet, 14, 36, 18);
        int row = 1;
        if (content.template()) {
            for (; row <= FunctionTableSheet.ENTRY_ROWS; row++) {
                out.text(sheet, row, 0, "", CellWriter.Style.INPUT_CODE);
                out.text(sheet, row, 1, "", CellWriter.Style.INPUT_TEXT);
                out.amount(sheet, row, 2, null, CellWriter.Style.INPUT_AMOUNT);
            }
        }
        for (Map.Entry<ClassCode, Figure> entry :
                content.dataset().basicByEconomic().entrySet()) {
            out.text(sheet, row, 0, entry.getKey().digits(), CellWriter.Style.INPUT_CODE);
            out.text(
                    sheet,
                    row,
                    1,
                    layout.profile().economics().name(entry.getKey()).orElse(""),
                    CellWriter.Style.INPUT_TEXT);
            out.amount(sheet, row++, 2, entry.getValue().amount(), CellWriter.Style.INPUT_AMOUNT);
        }
        sheet.createFreezePane(0, 1);
    }

    static void read(SheetReader sheet, ImportContext context) {
        Map<ClassCode, SourceRef> seen = new HashMap<>();
        for (int row = 1; row <= sheet.lastRow(); row++) {
            String text = sheet.text(row, 0);
            SourceRef where = sheet.ref(row, 0);
            if (text.isEmpty()) {
                if (!sheet.isBlank(row, 2)) {
                    context.issues.error(sheet.ref(row, 2), "WORKBOOK_MISSING_CODE", "此行填有金额，但没有填写经济分类科目编码");
                }
                continue;
            }
            Optional<ClassCode> code = context.economicCode(text, where);
            if (code.isEmpty()) {
                continue;
            }
            if (code.get().level(CatalogKind.ECONOMIC) != CatalogKind.ECONOMIC.depth()) {
                context.issues.error(where, "WORKBOOK_CODE_LEVEL", "经济分类应填在款级科目（5 位编码）上，" + text + " 是类级科目；类合计由系统汇总得出");
                continue;
            }
            @Nullable SourceRef first = seen.putIfAbsent(code.get(), where);
            if (first != null) {
                context.issues.error(
                        where,
                        "WORKBOOK_DUPLICATE_CODE",
                        "经济分类科目 " + code.get() + " 在本表重复（首次出现于 " + first.display() + "）");
                continue;
            }
            context.checkName(context.economics, code.get(), sheet.text(row, 1), sheet.ref(row, 1));
            sheet.figure(row, 2).ifPresent(f -> context.assembler.put(Slot.ECONOMIC, code.get(), f));
        }
    }
}
