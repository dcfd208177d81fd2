package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.source.SourceRef;

/**
 * The sheet 补充-科目数据: one row per 项 code for the figures of a code that no table sheet holds as input, such as
 * 一般公共预算财政拨款收入 and 年初预算 in hubei-2024, and the line's prose (主要用途, 预决算差异原因).
 *
 * <p>Columns are found by their header, built from the enums' labels, so they may be reordered; balances of funds no
 * table holds appear only when a dataset has them, and are accepted whenever present. A code with no figure in any
 * table sheet is listed here too, so that no line is lost. Stateless and thread-safe.
 */
final class LineSupplementSheet {

    static final String CODE = "功能分类科目编码";
    static final String NAME = "科目名称";

    private LineSupplementSheet() {}

    /** A column: a line slot or a text. */
    private record Column(@Nullable LineSlot slot, DatasetAssembler.@Nullable LineText text) {
        String label() {
            return slot != null ? slot.label() : text == null ? "" : text.label;
        }
    }

    static void write(
            Sheet sheet, WorkbookContent content, CellWriter out, WorkbookLayout layout, Set<ClassCode> listed) {
        Dataset dataset = content.dataset();
        List<Column> columns = new ArrayList<>();
        layout.supplementSlots().forEach(slot -> columns.add(new Column(slot, null)));
        for (LineSlot slot : layout.supplementBalances()) {
            if (dataset.lines().stream().anyMatch(line -> slot.read(line).isPresent())) {
                columns.add(new Column(slot, null));
            }
        }
        columns.add(new Column(null, DatasetAssembler.LineText.PURPOSE));
        columns.add(new Column(null, DatasetAssembler.LineText.BUDGET_REASON));
        out.text(sheet, 0, 0, CODE, CellWriter.Style.HEADER);
        out.text(sheet, 0, 1, NAME, CellWriter.Style.HEADER);
        for (int c = 0; c < columns.size(); c++) {
            out.text(sheet, 0, c + 2, columns.get(c).label(), CellWriter.Style.HEADER);
            sheet.setColumnWidth(c + 2, 256 * (columns.get(c).slot() == null ? 40 : 18));
        }
        sheet.setColumnWidth(0, 256 * 14);
        sheet.setColumnWidth(1, 256 * 36);
        List<FunctionLine> lines = new ArrayList<>();
        for (FunctionLine line : dataset.lines()) {
            if (!listed.contains(line.code()) || columns.stream().anyMatch(c -> value(line, c))) {
                lines.add(line);
            }
        }
        int rows = content.template() ? FunctionTableSheet.ENTRY_ROWS : lines.size();
        for (int r = 0; r < rows; r++) {
            @Nullable FunctionLine line = content.template() ? null : lines.get(r);
            out.text(sheet, r + 1, 0, line == null ? "" : line.code().digits(), CellWriter.Style.INPUT_CODE);
            out.text(sheet, r + 1, 1, line == null ? "" : line.name(), CellWriter.Style.INPUT_TEXT);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                if (column.slot() != null) {
                    out.amount(
                            sheet,
                            r + 1,
                            c + 2,
                            line == null
                                    ? null
                                    : column.slot()
                                            .read(line)
                                            .map(f -> f.amount())
                                            .orElse(null),
                            CellWriter.Style.INPUT_AMOUNT);
                } else {
                    @Nullable
                    Text text = line == null
                            ? null
                            : column.text() == DatasetAssembler.LineText.PURPOSE ? line.purpose() : line.budgetReason();
                    out.text(sheet, r + 1, c + 2, text == null ? "" : text.value(), CellWriter.Style.INPUT_TEXT);
                }
            }
        }
        sheet.createFreezePane(2, 1);
    }

    private static boolean value(FunctionLine line, Column column) {
        if (column.slot() != null) {
            return column.slot().read(line).isPresent();
        }
        return (column.text() == DatasetAssembler.LineText.PURPOSE ? line.purpose() : line.budgetReason()) != null;
    }

    static void read(SheetReader sheet, ImportContext context) {
        if (!sheet.text(0, 0).equals(CODE) || !sheet.text(0, 1).equals(NAME)) {
            int column = sheet.text(0, 0).equals(CODE) ? 1 : 0;
            context.issues.error(
                    sheet.ref(0, column),
                    "WORKBOOK_HEADER",
                    "表头应为“" + (column == 0 ? CODE : NAME) + "”，实为“" + sheet.text(0, column) + "”，本表未读取");
            return;
        }
        Map<String, Column> known = new HashMap<>();
        for (LineSlot slot : LineSlot.all()) {
            known.put(slot.label(), new Column(slot, null));
        }
        for (DatasetAssembler.LineText text : DatasetAssembler.LineText.values()) {
            known.put(text.label, new Column(null, text));
        }
        Map<Integer, Column> columns = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 2; c <= sheet.lastColumn(0); c++) {
            String header = sheet.text(0, c);
            if (header.isEmpty()) {
                continue;
            }
            Column column = known.get(header);
            if (column == null) {
                context.problem(sheet.ref(0, c), "WORKBOOK_UNKNOWN_COLUMN", "无法识别的列“" + header + "”");
            } else if (seen.putIfAbsent(header, c) != null) {
                context.issues.error(
                        sheet.ref(0, c),
                        "WORKBOOK_DUPLICATE_COLUMN",
                        "列“" + header + "”重复（首次出现于 "
                                + sheet.ref(0, seen.get(header)).display() + "）");
            } else {
                columns.put(c, column);
            }
        }
        Map<ClassCode, SourceRef> codes = new HashMap<>();
        for (int r = 1; r <= sheet.lastRow(); r++) {
            int row = r;
            String text = sheet.text(row, 0);
            SourceRef where = sheet.ref(row, 0);
            if (text.isEmpty()) {
                if (columns.keySet().stream().anyMatch(c -> !sheet.isBlank(row, c))) {
                    context.issues.error(where, "WORKBOOK_MISSING_CODE", "此行填有数据，但没有填写功能分类科目编码");
                }
                continue;
            }
            Optional<ClassCode> code = context.functionItem(text, where);
            if (code.isEmpty()) {
                continue;
            }
            @Nullable SourceRef first = codes.putIfAbsent(code.get(), where);
            if (first != null) {
                context.issues.error(
                        where,
                        "WORKBOOK_DUPLICATE_CODE",
                        "功能分类科目 " + code.get() + " 在本表重复（首次出现于 " + first.display() + "），同一科目的数据应填在一行内");
                continue;
            }
            String name = sheet.text(row, 1);
            context.checkName(context.functions, code.get(), name, sheet.ref(row, 1));
            context.assembler.line(code.get(), name, where);
            for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
                int c = entry.getKey();
                Column column = entry.getValue();
                if (column.slot() != null) {
                    sheet.figure(row, c).ifPresent(f -> context.assembler.put(column.slot(), code.get(), f));
                } else {
                    sheet.textValue(row, c)
                            .ifPresent(t ->
                                    context.assembler.lineText(code.get(), Objects.requireNonNull(column.text()), t));
                }
            }
        }
    }
}
