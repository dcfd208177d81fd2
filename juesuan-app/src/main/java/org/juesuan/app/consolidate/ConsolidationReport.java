package org.juesuan.app.consolidate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.juesuan.core.consolidation.Adjustment;
import org.juesuan.core.consolidation.Offset;
import org.juesuan.core.consolidation.WorkingPaper;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.money.Amount;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.FindingsFormatter;

/**
 * The working report of a consolidation (抵销工作底稿) as text, JSON or HTML: the units, each parent–children offset
 * with both sides, the difference and the figures removed, the totals removed by fund, and the findings.
 *
 * <p>Amounts are exact, in 元. Not thread-safe; one per report.
 */
final class ConsolidationReport {

    private static final JsonFactory JSON = new JsonFactory();

    private final ConsolidateUnits.Outcome outcome;
    private final WorkingPaper paper;

    ConsolidationReport(ConsolidateUnits.Outcome outcome) {
        this.outcome = outcome;
        this.paper = outcome.consolidation().paper();
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

    private static String verdict(Offset offset) {
        return offset.matches() ? "相符" : "不符";
    }

    /** Returns the report as plain text. */
    String text() {
        StringBuilder text = new StringBuilder();
        text.append(title()).append("\n").append(unitsLine()).append("\n金额单位：元\n\n");
        if (paper.offsets().isEmpty()) {
            text.append("各单位之间没有需要抵销的上下级往来。\n");
        }
        int index = 1;
        for (Offset offset : paper.offsets()) {
            text.append(index++)
                    .append(". ")
                    .append(offset.kind().title())
                    .append("（")
                    .append(offset.kind().ruleId())
                    .append("）\n");
            text.append("   上级单位：")
                    .append(offset.parentName())
                    .append("（")
                    .append(offset.parentId())
                    .append("）\n");
            text.append("   所属单位：")
                    .append(String.join("、", offset.childNames()))
                    .append("\n");
            text.append("   ")
                    .append(offset.kind().parentSide())
                    .append(" ")
                    .append(yuan(offset.parentSide()))
                    .append("；所属单位")
                    .append(offset.kind().childSide())
                    .append("合计 ")
                    .append(yuan(offset.childrenSide()))
                    .append("；差额 ")
                    .append(yuan(offset.difference()))
                    .append("（")
                    .append(verdict(offset))
                    .append("）\n");
            for (Adjustment adjustment : offset.adjustments()) {
                text.append("   调减 ")
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
            json.writeArrayFieldStart("offsets");
            for (Offset offset : paper.offsets()) {
                json.writeStartObject();
                json.writeStringField("rule", offset.kind().ruleId());
                json.writeStringField("title", offset.kind().title());
                json.writeStringField("parent", offset.parentId());
                strings(json, "children", offset.children());
                json.writeStringField("parentSide", yuan(offset.parentSide()));
                json.writeStringField("childrenSide", yuan(offset.childrenSide()));
                json.writeStringField("difference", yuan(offset.difference()));
                json.writeBooleanField("matches", offset.matches());
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

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Returns the report as a standalone HTML page. */
    String html() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;"
                        + "margin:1em 0}td,th{border:1px solid #999;padding:.3em .6em}td.n{text-align:right}"
                        + ".bad{color:#b00020;font-weight:bold}</style>\n</head>\n<body>\n<h1>")
                .append(escape(title()))
                .append("</h1>\n<p>")
                .append(escape(unitsLine()))
                .append("</p>\n<p>金额单位：元</p>\n<table>\n<tr><th>规则</th><th>抵销事项</th><th>上级单位</th><th>所属单位</th>"
                        + "<th>上级单位方</th><th>所属单位方</th><th>差额</th><th>结论</th></tr>\n");
        for (Offset offset : paper.offsets()) {
            html.append("<tr><td>")
                    .append(offset.kind().ruleId())
                    .append("</td><td>")
                    .append(escape(offset.kind().title()))
                    .append("</td><td>")
                    .append(escape(offset.parentName()))
                    .append("</td><td>")
                    .append(escape(String.join("、", offset.childNames())))
                    .append("</td><td class=\"n\">")
                    .append(yuan(offset.parentSide()))
                    .append("</td><td class=\"n\">")
                    .append(yuan(offset.childrenSide()))
                    .append("</td><td class=\"n\">")
                    .append(yuan(offset.difference()))
                    .append("</td><td")
                    .append(offset.matches() ? ">" : " class=\"bad\">")
                    .append(verdict(offset))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<h2>调整明细</h2>\n<table>\n<tr><th>规则</th><th>单位</th><th>科目编码</th><th>项目</th>"
                + "<th>调减金额</th></tr>\n");
        for (Offset offset : paper.offsets()) {
            for (Adjustment adjustment : offset.adjustments()) {
                html.append("<tr><td>")
                        .append(offset.kind().ruleId())
                        .append("</td><td>")
                        .append(escape(adjustment.unitId()))
                        .append("</td><td>")
                        .append(adjustment.code())
                        .append("</td><td>")
                        .append(escape(adjustment.what()))
                        .append("</td><td class=\"n\">")
                        .append(yuan(adjustment.amount()))
                        .append("</td></tr>\n");
            }
        }
        html.append("</table>\n<h2>汇总数据校验</h2>\n<p>")
                .append(escape(FindingsFormatter.summary(outcome.findings())))
                .append("</p>\n<ul>\n");
        for (Finding finding : outcome.findings().list()) {
            html.append("<li>").append(escape(finding.toString())).append("</li>\n");
        }
        return html.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
