package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.Text;

/**
 * The sheet 重点工作: the key-work section, one row each. Column A says what the row is: a 段落 row holds one
 * paragraph in column B; a 事项 row holds one row of the table (重要事项 | 工作内容及目标 | 完成情况 in columns B–D).
 *
 * <p>Stateless and thread-safe.
 */
final class KeyWorkSheet {

    static final String PARAGRAPH = "段落";
    static final String ITEM = "事项";

    private KeyWorkSheet() {}

    static void write(Sheet sheet, WorkbookContent content, CellWriter out) {
        List<String> headers = List.of("行类型", "段落内容 / 重要事项", "工作内容及目标", "完成情况");
        for (int c = 0; c < headers.size(); c++) {
            out.text(sheet, 0, c, headers.get(c), CellWriter.Style.HEADER);
        }
        out.widths(sheet, 10, 60, 40, 40);
        KeyWork keyWork = content.dataset().keyWork();
        int row = 1;
        List<String> paragraphs = new ArrayList<>();
        keyWork.paragraphs().forEach(p -> paragraphs.add(p.value()));
        if (content.template()) {
            paragraphs.addAll(List.of("", ""));
        }
        for (String paragraph : paragraphs) {
            out.text(sheet, row, 0, PARAGRAPH, CellWriter.Style.LABEL);
            out.text(sheet, row, 1, paragraph, CellWriter.Style.INPUT_TEXT);
            out.merge(sheet, row, row, 1, 3);
            row++;
        }
        List<KeyWork.Item> items = new ArrayList<>(keyWork.items());
        int blank = content.template() ? 3 : 0;
        for (int i = 0; i < items.size() + blank; i++, row++) {
            KeyWork.@Nullable Item item = i < items.size() ? items.get(i) : null;
            out.text(sheet, row, 0, ITEM, CellWriter.Style.LABEL);
            out.text(sheet, row, 1, item == null ? "" : item.matter(), CellWriter.Style.INPUT_TEXT);
            out.text(sheet, row, 2, item == null ? "" : item.goal(), CellWriter.Style.INPUT_TEXT);
            out.text(sheet, row, 3, item == null ? "" : item.result(), CellWriter.Style.INPUT_TEXT);
        }
        out.choices(sheet, 0, 1, 999, List.of(PARAGRAPH, ITEM));
        sheet.createFreezePane(0, 1);
    }

    static KeyWork read(SheetReader sheet, ImportContext context) {
        List<Text> paragraphs = new ArrayList<>();
        List<KeyWork.Item> items = new ArrayList<>();
        for (int row = 1; row <= sheet.lastRow(); row++) {
            String type = sheet.text(row, 0);
            if (type.equals(PARAGRAPH)) {
                sheet.textValue(row, 1).ifPresent(paragraphs::add);
                if (!sheet.isBlankRow(row, 2, 3)) {
                    context.problem(sheet.ref(row, 2), "WORKBOOK_STRAY_VALUE", "“段落”行只读取 B 列");
                }
            } else if (type.equals(ITEM)) {
                String matter = sheet.text(row, 1);
                String goal = sheet.text(row, 2);
                String result = sheet.text(row, 3);
                if (matter.isEmpty()) {
                    if (!goal.isEmpty() || !result.isEmpty()) {
                        context.issues.error(sheet.ref(row, 1), "WORKBOOK_MISSING_FIELD", "重要事项不能为空");
                    }
                    continue;
                }
                items.add(new KeyWork.Item(matter, goal, result, sheet.ref(row, 1)));
            } else if (!type.isEmpty()) {
                context.problem(sheet.ref(row, 0), "WORKBOOK_UNKNOWN_ROW_TYPE", "行类型应为“段落”或“事项”，实为“" + type + "”");
            } else if (!sheet.isBlankRow(row, 1, 3)) {
                context.problem(sheet.ref(row, 0), "WORKBOOK_MISSING_ROW_TYPE", "此行填有内容，但 A 列没有注明行类型");
            }
        }
        return new KeyWork(paragraphs, items);
    }
}
