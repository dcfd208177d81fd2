package org.juesuan.audit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.audit.claims.CompletionStatement;
import org.juesuan.audit.claims.ItemList;
import org.juesuan.audit.claims.NarrativeClaims;
import org.juesuan.audit.claims.ShareStatement;
import org.juesuan.audit.claims.StatedAmount;
import org.juesuan.audit.recognize.DocumentRecognizer.Recognition;
import org.juesuan.audit.recognize.NarrativeFacts;
import org.juesuan.audit.recognize.RecoveredTable;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.rule.Finding;

/**
 * The items a narrative lists against the tables (所列科目与表格一致): “人员经费…主要包括：基本工资、津贴补贴、…” names
 * exactly the economic items the 人员经费 part of the basic-expenditure table prints with an amount — none that it
 * prints blank, none it leaves out (unless the list ends with 等, when a left-out item is only a remark).
 *
 * <p>And the amounts it states of the tables' lines — each 项's 支出决算 in 五（三）, each 类's amount in 五（二） — are
 * those the 一般公共预算财政拨款支出决算表 prints.
 *
 * <p>Findings: {@code AUDIT_LISTED_WITHOUT_AMOUNT}, {@code AUDIT_AMOUNT_NOT_LISTED}, {@code AUDIT_NARRATIVE_AMOUNT}
 * (a difference of 0.01 万元, rounding, only a remark).
 *
 * <p>Stateless and thread-safe.
 */
public final class NarrativeTableChecks {

    private NarrativeTableChecks() {}

    /** Compares the narrative's item lists and line amounts with the printed tables. */
    public static List<Finding> check(Recognition recognition, NarrativeClaims narrative) {
        List<Finding> findings = new ArrayList<>();
        amounts(recognition, narrative, findings);
        for (ItemList list : narrative.statements(ItemList.class)) {
            if (list.kind() == ItemList.Kind.USES) {
                uses(recognition, list, findings);
                continue;
            }
            if (list.subject().isEmpty()) {
                continue;
            }
            for (RecoveredTable table : recognition.tables()) {
                for (SectionDefinition section : table.definition().sections()) {
                    if (section.hasEconomicRows() && Catalog.sameName(section.heading(), list.subject())) {
                        compare(list, table, section, recognition.profile().economics(), findings);
                    }
                }
            }
        }
        return findings;
    }

    private static void compare(
            ItemList list, RecoveredTable table, SectionDefinition section, Catalog economics, List<Finding> findings) {
        String name = CompletenessChecks.name(table.definition());
        Map<String, Amount> printed = new LinkedHashMap<>();
        for (RecoveredTable.Row row : table.rows()) {
            if (!row.section().equals(section.id())
                    || row.code() == null
                    || row.code().length() != CatalogKind.ECONOMIC.lengths().get(1)) {
                continue;
            }
            Amount amount = Amount.ZERO;
            for (RecoveredTable.Cell cell : row.cells().values()) {
                amount = amount.plus(cell.amount().value().orElse(Amount.ZERO));
            }
            printed.put(economics.name(row.code()).orElse(Catalog.normalizeName(row.label())), amount);
        }
        if (printed.isEmpty()) {
            return;
        }
        List<String> listed = new ArrayList<>();
        for (ItemList.Item item : list.items()) {
            String match = printed.keySet().stream()
                    .filter(n -> Catalog.sameName(n, item.name()))
                    .findFirst()
                    .orElse(null);
            if (match == null) {
                continue; // a name that is not an item of the table (a group, a paraphrase) is not judged
            }
            listed.add(match);
            if (printed.get(match).isZero()) {
                findings.add(CompletenessChecks.finding(
                        "AUDIT_LISTED_WITHOUT_AMOUNT",
                        Severity.WARNING,
                        "所列科目与表格一致",
                        "情况说明称" + list.subject() + "主要包括“" + item.name() + "”，但" + name + "中该科目没有金额",
                        "情况说明",
                        item.source()));
            }
        }
        for (Map.Entry<String, Amount> row : printed.entrySet()) {
            if (!row.getValue().isZero() && !listed.contains(row.getKey())) {
                findings.add(CompletenessChecks.finding(
                        "AUDIT_AMOUNT_NOT_LISTED",
                        list.open() ? Severity.INFO : Severity.WARNING,
                        "所列科目与表格一致",
                        "情况说明列举" + list.subject() + "的构成时未列“" + row.getKey() + "”，" + name + "中该科目为"
                                + CompletenessChecks.wan(row.getValue()) + "万元" + (list.open() ? "（所列以“等”结尾）" : ""),
                        "情况说明",
                        list.source()));
            }
        }
    }

    /**
     * Checks “一般公共服务支出类支出264.68万元…主要是用于行政运行和一般行政管理事务支出”: each use named is a 款 or 项 of
     * that 类 which the table prints with an amount.
     */
    private static void uses(Recognition recognition, ItemList list, List<Finding> findings) {
        RecoveredTable table = recognition.tables().stream()
                .filter(t -> t.definition().id().equals(LINES_TABLE))
                .findFirst()
                .orElse(null);
        if (table == null) {
            return;
        }
        Catalog functions = recognition.profile().functions();
        // 一般公共服务支出类支出, 卫生健康类支出, 一般公共服务支出（类）: the 类's name, with or without its 支出
        String subject = Catalog.normalizeName(list.subject()).replaceFirst("(类支出|（类）)$", "");
        RecoveredTable.Row type = null;
        for (RecoveredTable.Row row : table.rows()) {
            if (row.code() != null
                    && row.code().length() == CatalogKind.FUNCTION.lengths().get(0)
                    && (Catalog.sameName(functions.name(row.code()).orElse(row.label()), subject)
                            || Catalog.sameName(functions.name(row.code()).orElse(row.label()), subject + "支出"))) {
                type = row;
            }
        }
        if (type == null) {
            return;
        }
        String name = CompletenessChecks.name(table.definition());
        for (ItemList.Item item : list.items()) {
            String wanted = Catalog.normalizeName(item.name()).replaceFirst("支出$", "");
            boolean printed = false;
            for (RecoveredTable.Row row : table.rows()) {
                if (row.code() == null
                        || row.code().length() == type.code().length()
                        || !row.code().digits().startsWith(type.code().digits())
                        || !hasAmount(row)) {
                    continue;
                }
                String rowName =
                        Catalog.normalizeName(functions.name(row.code()).orElse(row.label()));
                printed |= rowName.equals(wanted) || rowName.equals(wanted + "支出");
            }
            if (!printed) {
                findings.add(CompletenessChecks.finding(
                        "AUDIT_LISTED_WITHOUT_AMOUNT",
                        Severity.WARNING,
                        "所列科目与表格一致",
                        "情况说明称" + list.subject() + "主要用于“" + item.name() + "”，但" + name + "在“"
                                + type.code().digits() + " "
                                + functions.name(type.code()).orElse("") + "”下没有该科目的支出",
                        "情况说明",
                        item.source()));
            }
        }
    }

    private static boolean hasAmount(RecoveredTable.Row row) {
        return row.cells().values().stream()
                .anyMatch(c -> c.amount().value().filter(a -> !a.isZero()).isPresent());
    }

    /** The table whose lines the narrative's 五 states: 一般公共预算财政拨款支出决算表. */
    private static final String LINES_TABLE = "T05";

    private static void amounts(Recognition recognition, NarrativeClaims narrative, List<Finding> findings) {
        RecoveredTable table = recognition.tables().stream()
                .filter(t -> t.definition().id().equals(LINES_TABLE))
                .findFirst()
                .orElse(null);
        if (table == null) {
            return;
        }
        Catalog functions = recognition.profile().functions();
        Map<String, RecoveredTable.Row> byName = new LinkedHashMap<>();
        for (RecoveredTable.Row row : table.rows()) {
            if (row.code() != null) {
                byName.putIfAbsent(
                        Catalog.normalizeName(functions.name(row.code()).orElse(row.label())), row);
            }
        }
        for (CompletionStatement statement : narrative.statements(CompletionStatement.class)) {
            if (statement.actual() == null) {
                continue;
            }
            NarrativeFacts.item(statement.subject())
                    .ifPresent(item -> compare(
                            table,
                            byName.get(Catalog.normalizeName(item)),
                            item + "（项）支出决算",
                            statement.actual(),
                            findings));
        }
        for (ShareStatement share : narrative.statements(ShareStatement.class)) {
            if (share.part() == null || share.subject().isEmpty()) {
                continue;
            }
            RecoveredTable.Row row = byName.get(Catalog.normalizeName(share.subject()));
            if (row != null
                    && row.code() != null
                    && row.code().length() == CatalogKind.FUNCTION.lengths().get(0)) {
                compare(table, row, share.subject(), share.part(), findings);
            }
        }
    }

    private static void compare(
            RecoveredTable table,
            RecoveredTable.@org.jspecify.annotations.Nullable Row row,
            String what,
            StatedAmount stated,
            List<Finding> findings) {
        if (row == null) {
            return;
        }
        RecoveredTable.Cell total = row.cells().values().stream()
                .filter(c -> table.definition().sections().stream()
                        .flatMap(s -> s.columns().stream())
                        .findFirst()
                        .map(first -> first.id().equals(c.column()))
                        .orElse(false))
                .findFirst()
                .orElse(null);
        if (total == null || total.amount().value().isEmpty()) {
            return;
        }
        Amount printed = total.amount().value().get();
        Amount difference = stated.amount().minus(printed);
        if (difference.isZero()) {
            return;
        }
        boolean rounding =
                difference.abs().compareTo(Amount.parse("0.01", org.juesuan.core.money.AmountUnit.WAN_YUAN)) <= 0;
        String name = CompletenessChecks.name(table.definition());
        findings.add(CompletenessChecks.finding(
                "AUDIT_NARRATIVE_AMOUNT",
                rounding ? Severity.INFO : Severity.WARNING,
                "情况说明所述金额与表格一致",
                "情况说明称" + what + "为" + stated.text() + "万元，" + name + "“" + row.rowId() + " "
                        + row.label().strip() + "”为"
                        + CompletenessChecks.wan(printed) + "万元，相差" + CompletenessChecks.wan(difference) + "万元"
                        + (rounding ? "（尾差）" : ""),
                "情况说明",
                stated.source()));
    }
}
