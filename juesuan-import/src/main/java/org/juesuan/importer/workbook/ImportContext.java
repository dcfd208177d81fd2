package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/**
 * What every sheet reader of one import shares (导入上下文): the workbook's name, amount unit and layout, the
 * catalogs of its year, where facts and issues go, and the computed cells seen, to be checked once the dataset is
 * built.
 *
 * <p>Not thread-safe: one per import.
 */
final class ImportContext {

    /**
     * A value found in a computed (grey) cell, compared with the derived value after the import.
     *
     * @param tableId the table
     * @param rowId the table row
     * @param columnId the table column
     * @param amount the value in the cell
     * @param where the cell
     */
    record Observation(String tableId, String rowId, String columnId, Amount amount, SourceRef where) {}

    final String workbook;
    final Issues issues;
    final WorkbookImporter.Strictness strictness;
    final WorkbookLayout layout;
    final AmountUnit unit;
    final Catalog functions;
    final Catalog economics;
    final DatasetAssembler assembler;
    final List<Observation> observations = new ArrayList<>();

    ImportContext(
            String workbook,
            Issues issues,
            WorkbookImporter.Strictness strictness,
            WorkbookLayout layout,
            AmountUnit unit,
            Catalog functions,
            Catalog economics) {
        this.workbook = workbook;
        this.issues = issues;
        this.strictness = strictness;
        this.layout = layout;
        this.unit = unit;
        this.functions = functions;
        this.economics = economics;
        this.assembler = new DatasetAssembler(issues);
    }

    SheetReader reader(Sheet sheet) {
        return new SheetReader(sheet, workbook, issues, unit);
    }

    /** Reports a structural problem: an error when strict, a warning when lenient. */
    void problem(SourceRef where, String code, String message) {
        if (strictness == WorkbookImporter.Strictness.STRICT) {
            issues.error(where, code, message);
        } else {
            issues.warning(where, code, message + "（已忽略）");
        }
    }

    /** Records the value of a computed cell, if the clerk left a plain value there; formulas are Juesuan's own. */
    void observe(SheetReader sheet, int row, int column, String tableId, String rowId, String columnId) {
        if (sheet.isBlank(row, column) || sheet.isFormula(row, column)) {
            return;
        }
        SheetReader.Parsed parsed = sheet.parseAmount(row, column);
        if (parsed.amount() == null) {
            issues.warning(
                    sheet.ref(row, column),
                    "WORKBOOK_DERIVED_IGNORED",
                    "灰色单元格由系统计算，导入时忽略；此处的“" + parsed.text() + "”未读取");
            return;
        }
        observations.add(new Observation(tableId, rowId, columnId, parsed.amount(), sheet.ref(row, column)));
    }

    /** Returns the 项 code written in a cell, or reports why it is not one. */
    Optional<ClassCode> functionItem(String text, SourceRef where) {
        Optional<ClassCode> code = ClassCode.parse(text);
        if (code.isEmpty()) {
            issues.error(where, "WORKBOOK_BAD_CODE", "“" + text + "”不是科目编码（应为数字）");
            return Optional.empty();
        }
        int level = code.get().level(CatalogKind.FUNCTION);
        if (level != CatalogKind.FUNCTION.depth()) {
            String what = level > 0 ? CatalogKind.FUNCTION.levelName(level) + "级科目" : text.length() + " 位编码";
            issues.error(
                    where,
                    "WORKBOOK_CODE_LEVEL",
                    "数据应填在项级科目（7 位编码）上，" + text + " 是" + what + "；类、款合计由系统按项级数据汇总得出，不必填写");
            return Optional.empty();
        }
        return known(code.get(), functions, where);
    }

    /** Returns the economic 类 or 款 code written in a cell, or reports why it is not one. */
    Optional<ClassCode> economicCode(String text, SourceRef where) {
        Optional<ClassCode> code = ClassCode.parse(text);
        if (code.isEmpty() || code.get().level(CatalogKind.ECONOMIC) == 0) {
            issues.error(where, "WORKBOOK_CODE_LEVEL", "经济分类应填在款级科目（5 位编码）上，实为“" + text + "”");
            return Optional.empty();
        }
        return known(code.get(), economics, where);
    }

    private Optional<ClassCode> known(ClassCode code, Catalog catalog, SourceRef where) {
        if (catalog.contains(code)) {
            return Optional.of(code);
        }
        String message = catalog.year() + " 年" + catalog.kind().label() + "中没有 " + code;
        Optional<ClassCode> parent = code.parent(catalog.kind());
        if (parent.isPresent() && !catalog.contains(parent.get())) {
            message += "，其上级科目 " + parent.get() + " 也不存在";
        }
        issues.error(where, "WORKBOOK_UNKNOWN_CODE", message);
        return Optional.empty();
    }

    /** Checks a name given for a code against the catalog; an empty name is not checked. */
    void checkName(Catalog catalog, ClassCode code, String name, SourceRef where) {
        if (name.isEmpty()) {
            return;
        }
        catalog.name(code).ifPresent(official -> {
            if (!Catalog.sameName(official, name)) {
                issues.error(
                        where,
                        "WORKBOOK_WRONG_NAME",
                        catalog.kind().label() + " " + code + " 的名称应为“" + official + "”，实为“" + name + "”");
            }
        });
    }

    /** Returns an amount as written in the workbook's unit, for messages. */
    String display(Amount amount) {
        return (unit == AmountUnit.YUAN ? amount.toString() : amount.toWanYuan().toPlainString()) + " " + unit.label();
    }
}
