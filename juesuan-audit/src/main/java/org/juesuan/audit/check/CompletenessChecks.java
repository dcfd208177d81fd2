package org.juesuan.audit.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.recognize.DocumentRecognizer.Recognition;
import org.juesuan.audit.recognize.RecoveredTable;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.narrative.NarrativeDefinition;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.CellValue;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;

/**
 * Whether a published document is complete (完整性核查): every public table of its profile present, none left blank
 * without its statement (nor claiming to have nothing while the other tables show figures), function codes down to 项,
 * economic codes down to 款, every section of the narrative present, and the 三公 items each explained with its
 * counts.
 *
 * <p>Findings: {@code AUDIT_TABLE_MISSING}, {@code AUDIT_EMPTY_TABLE}, {@code AUDIT_STATEMENT_CONTRADICTS}, {@code
 * AUDIT_NOT_TO_ITEM}, {@code AUDIT_SECTION_MISSING}, {@code AUDIT_THREE_PUBLIC_ITEM}, {@code
 * AUDIT_THREE_PUBLIC_COUNTS}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CompletenessChecks {

    private CompletenessChecks() {}

    /**
     * Checks a recognised document.
     *
     * @param recognition what the document was recognised as
     * @param derived the tables derived from the recognised dataset (what the printed figures imply)
     * @param document the document as read
     * @param narrative the profile's narrative phrasing, for the sections it must have
     * @param requirements the profile's audit requirements
     */
    public static List<Finding> check(
            Recognition recognition,
            TableSet derived,
            PublishedDocument document,
            NarrativeDefinition narrative,
            Requirements requirements) {
        List<Finding> findings = new ArrayList<>();
        SourceRef file = SourceRef.file(document.name());
        tables(recognition, derived, file, findings);
        Passages passages = new Passages(document);
        // a workbook publishes the tables (and forms) only: its narrative is elsewhere
        if (document.format() != Format.XLSX) {
            sections(passages, narrative, file, findings);
        }
        threePublic(passages, requirements, findings);
        return findings;
    }

    // ---- tables ----

    private static void tables(Recognition recognition, TableSet derived, SourceRef file, List<Finding> findings) {
        for (TableDefinition table : recognition.profile().tables()) {
            String name = name(table);
            Optional<RecoveredTable> found = recognition.tables().stream()
                    .filter(t -> t.definition().id().equals(table.id()))
                    .findFirst();
            if (found.isEmpty()) {
                findings.add(finding(
                        "AUDIT_TABLE_MISSING",
                        Severity.ERROR,
                        "公开表齐全",
                        "未找到" + name + "（" + table.title() + "）；按"
                                + recognition.profile().name() + "应公开该表，没有数据的也应公开空表并说明",
                        name,
                        file));
                continue;
            }
            RecoveredTable recovered = found.get();
            Optional<String> total = derived.table(table.id()).flatMap(CompletenessChecks::total);
            if (!recovered.hasFigures()) {
                if (recovered.statement() == null && total.isPresent()) {
                    findings.add(finding(
                            "AUDIT_EMPTY_TABLE",
                            Severity.ERROR,
                            "公开表不得空白",
                            name + "（" + table.title() + "）正文空白，未印任何数字，也没有“无此项”说明；按其他各表所列数字，本表应列出" + total.get(),
                            name,
                            recovered.source()));
                } else if (recovered.statement() == null) {
                    findings.add(finding(
                            "AUDIT_EMPTY_TABLE",
                            Severity.WARNING,
                            "空表应有说明",
                            name + "（" + table.title() + "）没有数字，但未说明本单位无此项收支",
                            name,
                            recovered.source()));
                } else if (total.isPresent()) {
                    findings.add(finding(
                            "AUDIT_STATEMENT_CONTRADICTS",
                            Severity.ERROR,
                            "空表说明与其他表一致",
                            name + "说明“" + recovered.statement() + "”，但按其他各表所列数字，本表应列出" + total.get(),
                            name,
                            recovered.source()));
                }
            }
            toItems(recovered, name, findings);
        }
    }

    /** Returns the first non-zero figure of a derived table's total rows, in words, if any. */
    private static Optional<String> total(ReportTable table) {
        for (ReportRow row : table.rows()) {
            if (!row.total()) {
                continue;
            }
            for (ColumnDefinition column : table.columns(row.section())) {
                CellValue value = table.cell(row.id(), column.id());
                if (value instanceof CellValue.AmountCell amount
                        && !amount.value().isZero()) {
                    String header = column.header().isEmpty() ? "" : "的“" + String.join("", column.header()) + "”";
                    return Optional.of(row.label() + header + wan(amount.value()) + "万元");
                }
            }
        }
        return Optional.empty();
    }

    /** Reports 款 rows with figures whose 项 are not printed. */
    private static void toItems(RecoveredTable table, String name, List<Finding> findings) {
        Set<String> printed = new HashSet<>();
        for (RecoveredTable.Row row : table.rows()) {
            printed.add(row.rowId());
        }
        for (RecoveredTable.Row row : table.rows()) {
            SectionDefinition section =
                    table.definition().section(row.section()).orElseThrow();
            if (row.code() == null || !hasFigure(row)) {
                continue;
            }
            boolean clause = section.hasFunctionRows()
                    && row.code().length() == CatalogKind.FUNCTION.lengths().get(1);
            boolean head = section.hasEconomicRows()
                    && row.code().length() == CatalogKind.ECONOMIC.lengths().get(0);
            if (!clause && !head) {
                continue;
            }
            boolean child =
                    printed.stream().anyMatch(id -> id.length() > row.rowId().length() && id.startsWith(row.rowId()));
            if (!child) {
                findings.add(finding(
                        "AUDIT_NOT_TO_ITEM",
                        Severity.WARNING,
                        clause ? "功能分类列到项级" : "经济分类列到款级",
                        name + "的“" + row.rowId() + " " + row.label().strip() + "”有数字，却未列出其下的"
                                + (clause ? "项级科目" : "款级科目"),
                        name,
                        row.source()));
            }
        }
    }

    private static boolean hasFigure(RecoveredTable.Row row) {
        return row.cells().values().stream()
                .anyMatch(c -> c.amount().value().filter(a -> !a.isZero()).isPresent());
    }

    // ---- narrative ----

    private static void sections(
            Passages passages, NarrativeDefinition narrative, SourceRef file, List<Finding> findings) {
        List<NarrativeDefinition.Heading> headings = narrative.headings();
        boolean anyPresent = headings.stream().anyMatch(h -> passages.hasHeading(Passages.key(h.text())));
        if (!anyPresent) {
            findings.add(finding(
                    "AUDIT_SECTION_MISSING", Severity.ERROR, "情况说明齐全", "未找到部门决算情况说明（文中没有情况说明的任何一节）", "情况说明", file));
            return;
        }
        for (NarrativeDefinition.Heading heading : headings) {
            if (!passages.hasHeading(Passages.key(heading.text()))) {
                findings.add(finding(
                        "AUDIT_SECTION_MISSING",
                        Severity.WARNING,
                        "情况说明齐全",
                        "情况说明缺少“" + heading.text() + "”" + (heading.level() == 1 ? "一节" : "一段"),
                        "情况说明",
                        file));
            }
        }
    }

    private static void threePublic(Passages passages, Requirements requirements, List<Finding> findings) {
        String section = Passages.key(requirements.threePublicSection());
        Optional<List<TextBlock>> body =
                passages.under(key -> key.equals(section), text -> Passages.isSection(text) || Passages.isPart(text));
        if (body.isEmpty()) {
            return;
        }
        List<TextBlock> paragraphs = body.get();
        StringBuilder joined = new StringBuilder();
        paragraphs.forEach(p -> joined.append(compact(p.text())).append('\n'));
        String text = joined.toString();
        List<int[]> mentions = new ArrayList<>();
        for (int i = 0; i < requirements.threePublicItems().size(); i++) {
            int at = firstMention(text, requirements.threePublicItems().get(i));
            mentions.add(new int[] {i, at});
        }
        if (mentions.stream().allMatch(m -> m[1] < 0)) {
            return; // a statement that there is nothing to explain
        }
        SourceRef where = paragraphs.get(0).source();
        for (int[] mention : mentions) {
            Requirements.Item item = requirements.threePublicItems().get(mention[0]);
            if (mention[1] < 0) {
                findings.add(finding(
                        "AUDIT_THREE_PUBLIC_ITEM",
                        Severity.WARNING,
                        "“三公”经费逐项说明",
                        "“三公”经费说明逐项列出了其他项目，却没有说明" + item.name() + "（预算数、决算数及有关情况）",
                        "情况说明",
                        where));
                continue;
            }
            int end = text.length();
            for (int[] other : mentions) {
                if (other[1] > mention[1] && other[1] < end) {
                    end = other[1];
                }
            }
            String explanation = text.substring(mention[1], end);
            List<String> missing = new ArrayList<>();
            for (String count : item.counts()) {
                if (!explanation.contains(count)) {
                    missing.add(count);
                }
            }
            if (!missing.isEmpty()) {
                findings.add(finding(
                        "AUDIT_THREE_PUBLIC_COUNTS",
                        Severity.WARNING,
                        "“三公”经费说明实物量",
                        item.name() + "的说明未写明" + String.join("、", missing) + "数",
                        "情况说明",
                        at(paragraphs, text, mention[1])));
            }
        }
    }

    private static int firstMention(String text, Requirements.Item item) {
        int first = -1;
        for (String name : item.names()) {
            int at = text.indexOf(compact(name));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** Returns the paragraph holding offset {@code at} of the joined text. */
    private static SourceRef at(List<TextBlock> paragraphs, String joined, int at) {
        int offset = 0;
        for (TextBlock paragraph : paragraphs) {
            int length = compact(paragraph.text()).length() + 1;
            if (at < offset + length) {
                return paragraph.source();
            }
            offset += length;
        }
        return paragraphs.get(paragraphs.size() - 1).source();
    }

    // ---- support ----

    private static String compact(String text) {
        return text.replaceAll("(?U)\\s+", "").replace('(', '（').replace(')', '）');
    }

    static String name(TableDefinition table) {
        return table.number().isEmpty() ? table.title() : table.number();
    }

    static String wan(Amount amount) {
        return amount.toWanYuan().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static Finding finding(
            String id, Severity severity, String title, String message, String place, @Nullable SourceRef source) {
        return new Finding(
                id,
                severity,
                title,
                message,
                "",
                "",
                "",
                place,
                source == null ? SourceRef.NONE : source,
                null,
                null,
                List.of(),
                Long.MAX_VALUE);
    }
}
