package org.juesuan.app.consolidate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.juesuan.core.consolidation.Adjustment;
import org.juesuan.core.consolidation.Offset;
import org.juesuan.core.consolidation.WorkingPaper;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.internal.Escapes;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.FindingsFormatter;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;

/**
 * The working report of a consolidation (抵销工作底稿) as text, JSON or HTML: the units, the working paper table as the
 * rules read it (each unit with subordinates, both sides of its offsets and their differences), the figures removed,
 * the totals removed by fund, and the findings, the offset rules' among them.
 *
 * <p>Amounts are exact, in 元. Not thread-safe; one per report.
 */
final class ConsolidationReport {

    private static final JsonFactory JSON = new JsonFactory();

    private final ConsolidateUnits.Outcome outcome;
    private final WorkingPaper paper;
    private final List<ReportTable> tables;

    ConsolidationReport(ConsolidateUnits.Outcome outcome) {
        this.outcome = outcome;
        this.paper = outcome.consolidation().paper();
        this.tables = outcome.paper();
    }

    private String title() {
        return paper.department() + " " + outcome.dataset().fiscalYear() + " 年度部门决算（汇总）抵销工作底稿";
    }

    private String unitsLine() {
        StringBuilder line = new StringBuilder();
        boolean first = true;
        for (Map.Entry<String, String> unit : paper.units().entrySet()) {
            line.append(first ? "" : "、").append(unit.getValue()).append("（").append(unit.getKey());
            line.append(first ? "，本级）" : "）");
            first = false;
        }
        return "汇总单位（" + paper.units().size() + " 个）：" + line;
    }

    private static String yuan(Amount amount) {
        return amount.value().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String cell(ReportTable table, ReportRow row, ColumnDefinition column) {
        return table.cell(row.id(), column.id())
                .amount()
                .map(ConsolidationReport::yuan)
                .orElse("");
    }

    private static String header(ColumnDefinition column) {
        String text = String.join("/", new java.util.LinkedHashSet<>(column.header()));
        return column.number() == null ? text : text + "（" + column.number() + "）";
    }

    private static String label(ReportRow row) {
        return row.level() > 1 ? "　　" + row.label() : row.label();
    }

    /** Returns the report as plain text. */
    String text() {
        StringBuilder text = new StringBuilder();
        text.append(title()).append("\n").append(unitsLine()).append("\n金额单位：元\n\n");
        for (ReportTable table : tables) {
            text.append(table.definition().title())
                    .append("（")
                    .append(table.id())
                    .append("）\n");
            if (paper.groups().isEmpty()) {
                text.append("各单位之间没有需要抵销的上下级往来。\n");
            }
            for (SectionDefinition section : table.definition().sections()) {
                for (ReportRow row : table.rows(section.id())) {
                    text.append("   ")
                            .append(label(row))
                            .append("（")
                            .append(row.id())
                            .append("）：");
                    List<String> values = new ArrayList<>();
                    for (ColumnDefinition column : section.columns()) {
                        String value = cell(table, row, column);
                        if (!value.isEmpty()) {
                            values.add(header(column) + " " + value);
                        }
                    }
                    text.append(values.isEmpty() ? "—" : String.join("；", values))
                            .append("\n");
                }
            }
            text.append("\n");
        }
        text.append("调整明细：\n");
        for (Offset offset : paper.offsets()) {
            for (Adjustment adjustment : offset.adjustments()) {
                text.append("   ")
                        .append(offset.kind().ruleId())
                        .append(" 调减 ")
                        .append(adjustment.unitId())
                        .append(" ")
                        .append(adjustment.code())
                        .append(" ")
                        .append(adjustment.what())
                        .append(" ")
                        .append(yuan(adjustment.amount()))
                        .append("\n");
            }
        }
        text.append("\n抵销合计（按资金来源）：\n");
        for (Fund fund : Fund.values()) {
            Amount income = paper.removedIncome().get(fund);
            Amount spending = paper.removedSpending().get(fund);
            if (!income.isZero() || !spending.isZero()) {
                text.append("   ")
                        .append(fund.label())
                        .append("：调减收入 ")
                        .append(yuan(income))
                        .append("，调减支出 ")
                        .append(yuan(spending))
                        .append("\n");
            }
        }
        text.append("\n汇总数据校验：\n").append(new FindingsFormatter().text(outcome.findings()));
        return text.toString();
    }

    /** Returns the report as JSON. */
    String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("department", paper.department());
            json.writeNumberField("fiscalYear", outcome.dataset().fiscalYear());
            json.writeStringField("profile", outcome.profile().id());
            json.writeStringField("amountUnit", "元");
            json.writeArrayFieldStart("units");
            for (Map.Entry<String, String> unit : paper.units().entrySet()) {
                json.writeStartObject();
                json.writeStringField("id", unit.getKey());
                json.writeStringField("name", unit.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tables");
            for (ReportTable table : tables) {
                table(json, table);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("offsets");
            for (Offset offset : paper.offsets()) {
                json.writeStartObject();
                json.writeStringField("rule", offset.kind().ruleId());
                json.writeStringField("title", offset.kind().title());
                json.writeStringField("parent", offset.parentId());
                strings(json, "children", offset.children());
                json.writeStringField("parentSide", yuan(offset.parentSide()));
                json.writeStringField("childrenSide", yuan(offset.childrenSide()));
                json.writeArrayFieldStart("adjustments");
                for (Adjustment adjustment : offset.adjustments()) {
                    json.writeStartObject();
                    json.writeStringField("unit", adjustment.unitId());
                    json.writeStringField("code", adjustment.code().digits());
                    json.writeStringField("item", adjustment.what());
                    json.writeStringField("fund", adjustment.fund().key());
                    json.writeStringField("amount", yuan(adjustment.amount()));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("removed");
            for (Fund fund : Fund.values()) {
                json.writeObjectFieldStart(fund.key());
                json.writeStringField("income", yuan(paper.removedIncome().get(fund)));
                json.writeStringField("spending", yuan(paper.removedSpending().get(fund)));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : outcome.findings().list()) {
                json.writeStartObject();
                FindingsFormatter.fields(json, finding);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("while writing the working report", e);
        }
        return out.append('\n').toString();
    }

    /** Writes a working table as the rules read it: its columns, and each row's cells in 元 (null when blank). */
    private static void table(JsonGenerator json, ReportTable table) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", table.id());
        json.writeStringField("title", table.definition().title());
        json.writeArrayFieldStart("sections");
        for (SectionDefinition section : table.definition().sections()) {
            json.writeStartObject();
            json.writeStringField("id", section.id());
            json.writeArrayFieldStart("columns");
            for (ColumnDefinition column : section.columns()) {
                json.writeStartObject();
                json.writeStringField("id", column.id());
                strings(json, "header", column.header());
                if (column.number() != null) {
                    json.writeNumberField("number", column.number());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (ReportRow row : table.rows(section.id())) {
                json.writeStartObject();
                json.writeStringField("id", row.id());
                json.writeStringField("label", row.label());
                json.writeNumberField("level", row.level());
                json.writeObjectFieldStart("cells");
                for (ColumnDefinition column : section.columns()) {
                    String value = cell(table, row, column);
                    if (value.isEmpty()) {
                        json.writeNullField(column.id());
                    } else {
                        json.writeStringField(column.id(), value);
                    }
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Returns the report as a standalone HTML page. */
    String html() {
        // the cells where a rule reported a finding
        java.util.Set<String> flagged = new java.util.HashSet<>();
        for (Finding finding : outcome.findings().list()) {
            flagged.add(finding.table() + "/" + finding.row() + "/" + finding.column());
        }
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Escapes.html(title()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;"
                        + "margin:1em 0}td,th{border:1px solid #999;padding:.3em .6em}td.n{text-align:right}"
                        + ".bad{color:#b00020;font-weight:bold}</style>\n</head>\n<body>\n<h1>")
                .append(Escapes.html(title()))
                .append("</h1>\n<p>")
                .append(Escapes.html(unitsLine()))
                .append("</p>\n<p>金额单位：元</p>\n");
        for (ReportTable table : tables) {
            html.append("<h2>").append(Escapes.html(table.definition().title())).append("</h2>\n");
            for (SectionDefinition section : table.definition().sections()) {
                html.append("<table>\n<tr><th>")
                        .append(Escapes.html(section.stubHeader()))
                        .append("</th>");
                for (ColumnDefinition column : section.columns()) {
                    html.append("<th>").append(Escapes.html(header(column))).append("</th>");
                }
                html.append("</tr>\n");
                for (ReportRow row : table.rows(section.id())) {
                    html.append("<tr id=\"")
                            .append(Escapes.html(table.id() + "/" + row.id()))
                            .append("\"><td>");
                    html.append(Escapes.html(label(row))).append("</td>");
                    for (ColumnDefinition column : section.columns()) {
                        boolean bad = flagged.contains(table.id() + "/" + row.id() + "/" + column.id());
                        html.append(bad ? "<td class=\"n bad\">" : "<td class=\"n\">")
                                .append(cell(table, row, column))
                                .append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
            }
        }
        html.append(
                "<h2>调整明细</h2>\n<table>\n<tr><th>规则</th><th>单位</th><th>科目编码</th><th>项目</th>" + "<th>调减金额</th></tr>\n");
        for (Offset offset : paper.offsets()) {
            for (Adjustment adjustment : offset.adjustments()) {
                html.append("<tr><td>")
                        .append(offset.kind().ruleId())
                        .append("</td><td>")
                        .append(Escapes.html(adjustment.unitId()))
                        .append("</td><td>")
                        .append(adjustment.code())
                        .append("</td><td>")
                        .append(Escapes.html(adjustment.what()))
                        .append("</td><td class=\"n\">")
                        .append(yuan(adjustment.amount()))
                        .append("</td></tr>\n");
            }
        }
        html.append("</table>\n<h2>汇总数据校验</h2>\n<p>")
                .append(Escapes.html(FindingsFormatter.summary(outcome.findings())))
                .append("</p>\n<ul>\n");
        for (Finding finding : outcome.findings().list()) {
            html.append("<li>").append(Escapes.html(finding.toString())).append("</li>\n");
        }
        return html.append("</ul>\n</body>\n</html>\n").toString();
    }
}
