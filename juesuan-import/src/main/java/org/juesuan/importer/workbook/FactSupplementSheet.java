package org.juesuan.importer.workbook;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;

/**
 * The sheet 补充-单位数据: every unit-level fact no table sheet holds as input, one per row as 键 | 项目 | 数值. The
 * importer goes by the dotted key in column A (the label in column B is for the clerk), so rows may be reordered.
 *
 * <p>Stateless and thread-safe.
 */
final class FactSupplementSheet {

    static final String KEY = "键";
    static final String LABEL = "项目";
    static final String VALUE = "数值";

    private FactSupplementSheet() {}

    static void write(Sheet sheet, WorkbookContent content, CellWriter out, WorkbookLayout layout) {
        out.text(sheet, 0, 0, KEY, CellWriter.Style.HEADER);
        out.text(sheet, 0, 1, LABEL, CellWriter.Style.HEADER);
        out.text(sheet, 0, 2, VALUE, CellWriter.Style.HEADER);
        out.widths(sheet, 36, 44, 60);
        UnitFacts facts = content.dataset().facts();
        int row = 1;
        for (UnitFact fact : layout.supplementFacts()) {
            out.text(sheet, row, 0, fact.key(), CellWriter.Style.LABEL);
            out.text(
                    sheet,
                    row,
                    1,
                    fact.label()
                            + (fact.type() == UnitFact.Type.AMOUNT
                                    ? "（" + out.unit().label() + "）"
                                    : ""),
                    CellWriter.Style.LABEL);
            switch (fact.type()) {
                case AMOUNT:
                    out.amount(
                            sheet,
                            row,
                            2,
                            facts.amount(fact).map(f -> f.amount()).orElse(null),
                            CellWriter.Style.INPUT_AMOUNT);
                    break;
                case COUNT:
                    org.apache.poi.ss.usermodel.Cell cell = out.cell(sheet, row, 2, CellWriter.Style.INPUT_NUMBER);
                    facts.count(fact).ifPresent(c -> cell.setCellValue(c.value()));
                    break;
                default:
                    out.text(
                            sheet,
                            row,
                            2,
                            facts.text(fact).map(t -> t.value()).orElse(""),
                            CellWriter.Style.INPUT_TEXT);
                    break;
            }
            row++;
        }
        sheet.createFreezePane(0, 1);
    }

    static void read(SheetReader sheet, ImportContext context) {
        for (int row = 1; row <= sheet.lastRow(); row++) {
            String key = sheet.text(row, 0);
            if (key.isEmpty()) {
                if (!sheet.isBlank(row, 2)) {
                    context.issues.error(sheet.ref(row, 0), "WORKBOOK_MISSING_KEY", "此行填有数值，但没有填写键（A 列）");
                }
                continue;
            }
            Optional<UnitFact> fact = UnitFact.ofKey(key);
            if (fact.isEmpty()) {
                context.problem(sheet.ref(row, 0), "WORKBOOK_UNKNOWN_KEY", "无法识别的键“" + key + "”");
                continue;
            }
            UnitFact f = fact.get();
            switch (f.type()) {
                case AMOUNT:
                    sheet.figure(row, 2).ifPresent(figure -> context.assembler.put(new Slot.Fact(f), null, figure));
                    break;
                case COUNT:
                    sheet.count(row, 2, f.label()).ifPresent(count -> context.assembler.count(f, count));
                    break;
                default:
                    sheet.textValue(row, 2).ifPresent(text -> context.assembler.text(f, text));
                    break;
            }
        }
    }
}
