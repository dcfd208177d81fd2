package org.juesuan.importer.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * The sheet 原文所列数: figures as a published document printed them, kept only for comparison. Two blocks, each
 * under its own header row: table cells (表 | 行 | 栏 | 金额) and the narrative's figures (键 | 项目 | 数值), where every
 * claim is listed and a blank value means not stated. Percentages are written in percent points (1.74 for 1.74%).
 *
 * <p>Stateless and thread-safe.
 */
final class PublishedSheet {

    static final String CELLS_TITLE = "一、公开表所列数";
    static final String CLAIMS_TITLE = "二、情况说明所列数";
    static final List<String> CELL_HEADERS = List.of("表", "行", "栏", "金额");
    static final List<String> CLAIM_HEADERS = List.of("键", "项目", "数值");

    private PublishedSheet() {}

    static void write(Sheet sheet, WorkbookContent content, CellWriter out) {
        out.widths(sheet, 28, 44, 12, 18);
        Published published = content.dataset().published();
        int row = 0;
        out.text(sheet, row++, 0, CELLS_TITLE, CellWriter.Style.CAPTION);
        row = headers(sheet, row, CELL_HEADERS, out);
        List<Published.Cell> cells = published.cells();
        int count = content.template() ? 10 : cells.size();
        for (int i = 0; i < count; i++, row++) {
            Published.@Nullable Cell cell = content.template() ? null : cells.get(i);
            out.text(sheet, row, 0, cell == null ? "" : cell.table(), CellWriter.Style.INPUT_TEXT);
            out.text(sheet, row, 1, cell == null ? "" : cell.row(), CellWriter.Style.INPUT_TEXT);
            out.text(sheet, row, 2, cell == null ? "" : cell.column(), CellWriter.Style.INPUT_TEXT);
            out.amount(sheet, row, 3, cell == null ? null : cell.amount(), CellWriter.Style.INPUT_AMOUNT);
        }
        row++;
        out.text(sheet, row++, 0, CLAIMS_TITLE, CellWriter.Style.CAPTION);
        row = headers(sheet, row, CLAIM_HEADERS, out);
        for (NarrativeClaim claim : NarrativeClaim.values()) {
            Published.@Nullable Claim stated = published.claims().get(claim);
            String unit = claim.kind() == NarrativeClaim.Kind.AMOUNT
                    ? "（" + out.unit().label() + "）"
                    : claim.kind() == NarrativeClaim.Kind.PERCENT ? "（%）" : "";
            out.text(sheet, row, 0, claim.key(), CellWriter.Style.LABEL);
            out.text(sheet, row, 1, claim.label() + unit, CellWriter.Style.LABEL);
            if (claim.kind() == NarrativeClaim.Kind.AMOUNT) {
                out.amount(
                        sheet,
                        row,
                        2,
                        stated == null ? null : Amount.of(stated.value()),
                        CellWriter.Style.INPUT_AMOUNT);
            } else {
                out.decimal(sheet, row, 2, stated == null ? null : stated.value(), CellWriter.Style.INPUT_NUMBER);
            }
            row++;
        }
    }

    private static int headers(Sheet sheet, int row, List<String> headers, CellWriter out) {
        for (int c = 0; c < headers.size(); c++) {
            out.text(sheet, row, c, headers.get(c), CellWriter.Style.HEADER);
        }
        return row + 1;
    }

    static Published read(SheetReader sheet, ImportContext context) {
        List<Published.Cell> cells = new ArrayList<>();
        Map<String, SourceRef> seenCells = new HashMap<>();
        Map<NarrativeClaim, Published.Claim> claims = new EnumMap<>(NarrativeClaim.class);
        int block = 0; // 0 before any header, 1 table cells, 2 claims
        for (int row = 0; row <= sheet.lastRow(); row++) {
            if (isHeader(sheet, row, CELL_HEADERS)) {
                block = 1;
                continue;
            }
            if (isHeader(sheet, row, CLAIM_HEADERS)) {
                block = 2;
                continue;
            }
            String first = sheet.text(row, 0);
            if (sheet.isBlankRow(row, 0, 3)
                    || (first.equals(CELLS_TITLE) || first.equals(CLAIMS_TITLE)) && sheet.isBlankRow(row, 1, 3)) {
                continue;
            }
            if (block == 1) {
                cell(sheet, row, context, seenCells).ifPresent(cells::add);
            } else if (block == 2) {
                claim(sheet, row, context, claims);
            } else {
                context.problem(sheet.ref(row, 0), "WORKBOOK_STRAY_VALUE", "此行不在任何表头之下");
            }
        }
        return new Published(cells, claims);
    }

    private static boolean isHeader(SheetReader sheet, int row, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            if (!sheet.text(row, c).equals(headers.get(c))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Published.Cell> cell(
            SheetReader sheet, int row, ImportContext context, Map<String, SourceRef> seen) {
        String table = sheet.text(row, 0);
        String rowKey = sheet.text(row, 1);
        String column = sheet.text(row, 2);
        Optional<Figure> amount = sheet.figure(row, 3);
        if (table.isEmpty() || rowKey.isEmpty()) {
            context.issues.error(sheet.ref(row, table.isEmpty() ? 0 : 1), "WORKBOOK_MISSING_FIELD", "原文所列数应注明表和行");
            return Optional.empty();
        }
        if (amount.isEmpty()) {
            if (sheet.isBlank(row, 3)) {
                context.issues.error(sheet.ref(row, 3), "WORKBOOK_MISSING_FIELD", "原文所列数的金额不能为空");
            }
            return Optional.empty();
        }
        // a row holds either one value (栏 left empty) or values by column, as in the dataset file
        @Nullable
        SourceRef shape =
                seen.putIfAbsent('\u0001' + table + '\u0000' + rowKey + '\u0000' + column.isEmpty(), sheet.ref(row, 2));
        @Nullable SourceRef other = seen.get('\u0001' + table + '\u0000' + rowKey + '\u0000' + !column.isEmpty());
        if (shape == null && other != null) {
            context.issues.error(
                    sheet.ref(row, 2),
                    "WORKBOOK_MIXED_ROW",
                    table + " " + rowKey + " 不能既填不分栏的金额又填分栏的金额（另见 " + other.display() + "）");
            return Optional.empty();
        }
        @Nullable
        SourceRef earlier = seen.putIfAbsent(table + '\u0000' + rowKey + '\u0000' + column, sheet.ref(row, 3));
        if (earlier != null) {
            context.issues.error(
                    sheet.ref(row, 3),
                    "WORKBOOK_DUPLICATE_FACT",
                    table + " " + rowKey + " " + column + " 已在 " + earlier.display() + " 填写，同一数据只能填写一处");
            return Optional.empty();
        }
        return Optional.of(new Published.Cell(
                table, rowKey, column, amount.get().amount(), amount.get().source()));
    }

    private static void claim(
            SheetReader sheet, int row, ImportContext context, Map<NarrativeClaim, Published.Claim> claims) {
        String key = sheet.text(row, 0);
        Optional<NarrativeClaim> claim = NarrativeClaim.ofKey(key);
        if (claim.isEmpty()) {
            context.problem(sheet.ref(row, 0), "WORKBOOK_UNKNOWN_KEY", "无法识别的键“" + key + "”");
            return;
        }
        Optional<BigDecimal> value;
        switch (claim.get().kind()) {
            case AMOUNT:
                value = sheet.figure(row, 2).map(f -> f.amount().value());
                break;
            case PERCENT:
                value = sheet.percent(row, 2, claim.get().label());
                break;
            default:
                value = sheet.decimal(row, 2, claim.get().label());
                if (value.isPresent()
                        && (value.get().signum() < 0
                                || value.get().stripTrailingZeros().scale() > 0)) {
                    context.issues.error(
                            sheet.ref(row, 2),
                            "WORKBOOK_NOT_A_COUNT",
                            claim.get().label() + "应为非负整数，实为“" + sheet.text(row, 2) + "”");
                    return;
                }
                break;
        }
        if (value.isEmpty()) {
            return;
        }
        Published.Claim stated = new Published.Claim(claim.get(), value.get(), sheet.ref(row, 2));
        Published.@Nullable Claim earlier = claims.putIfAbsent(claim.get(), stated);
        if (earlier != null) {
            context.issues.error(
                    sheet.ref(row, 2),
                    "WORKBOOK_DUPLICATE_FACT",
                    "“" + claim.get().label() + "”已在 " + earlier.source().display() + " 填写，同一数据只能填写一处");
        }
    }
}
