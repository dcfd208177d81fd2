package org.juesuan.audit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.audit.claims.ItemList;
import org.juesuan.audit.claims.NarrativeClaims;
import org.juesuan.audit.recognize.DocumentRecognizer.Recognition;
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
 * <p>Findings: {@code AUDIT_LISTED_WITHOUT_AMOUNT}, {@code AUDIT_AMOUNT_NOT_LISTED}.
 *
 * <p>Stateless and thread-safe.
 */
public final class NarrativeTableChecks {

    private NarrativeTableChecks() {}

    /** Compares the narrative's item lists with the printed tables. */
    public static List<Finding> check(Recognition recognition, NarrativeClaims narrative) {
        List<Finding> findings = new ArrayList<>();
        for (ItemList list : narrative.statements(ItemList.class)) {
            if (list.kind() != ItemList.Kind.INCLUDES || list.subject().isEmpty()) {
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
            printed.put(economics.name(row.code()).orElse(Labels.compact(row.label())), amount);
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

    /** Label normalisation shared with recognition. */
    private static final class Labels {
        static String compact(String text) {
            return text.replaceAll("(?U)\\s+", "");
        }
    }
}
