package org.juesuan.render.html;

import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.rule.FindingsFormatter;

/**
 * Renders findings as a readable, self-contained HTML report (校验报告): a summary, then one row per finding with its
 * severity, rule, location, message and the figures compared.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlFindingsRenderer {

    private static final String STYLE = """
            body{font-family:"Noto Sans SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;\
            max-width:1200px;color:#111;}
            h1{font-size:1.5em;} p.summary{font-size:1.1em;}
            table{border-collapse:collapse;width:100%;font-size:.9em;}
            th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;}
            th{background:#f2f2f2;}
            td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;}
            tr.error td.severity{background:#fdd;color:#900;font-weight:bold;}
            tr.warning td.severity{background:#ffe9c6;color:#8a5300;}
            tr.info td.severity{background:#e8f1ff;color:#234;}
            .source{color:#555;font-size:.85em;}
            """;

    private HtmlFindingsRenderer() {}

    /**
     * Returns the report.
     *
     * @param heading the heading, e.g. 某局2024年度部门决算校验报告
     * @param findings the findings
     */
    public static String render(String heading, Findings findings) {
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(HtmlMarkup.escape(heading))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(HtmlMarkup.escape(heading))
                .append("</h1>\n<p class=\"summary\">")
                .append(HtmlMarkup.escape(FindingsFormatter.summary(findings)))
                .append("</p>\n");
        if (!findings.list().isEmpty()) {
            html.append("<table>\n<tr><th>级别</th><th>规则</th><th>位置</th><th>问题</th><th>左值（万元）</th>"
                    + "<th>右值（万元）</th><th>差额（万元）</th></tr>\n");
            for (Finding finding : findings.list()) {
                html.append("<tr class=\"")
                        .append(finding.severity().name().toLowerCase(java.util.Locale.ROOT))
                        .append("\"><td class=\"severity\">")
                        .append(finding.severity().label())
                        .append("</td><td>")
                        .append(HtmlMarkup.escape(finding.ruleId()))
                        .append("<br><span class=\"source\">")
                        .append(HtmlMarkup.escape(finding.title()))
                        .append("</span></td><td>")
                        .append(HtmlMarkup.escape(finding.place()));
                if (!finding.source().display().isEmpty()) {
                    html.append("<br><span class=\"source\">")
                            .append(HtmlMarkup.escape(finding.source().display()))
                            .append("</span>");
                }
                html.append("</td><td>")
                        .append(HtmlMarkup.escape(finding.message()))
                        .append("</td>");
                cell(
                        html,
                        finding.left() == null ? "" : finding.left().toWanYuan().toPlainString());
                cell(
                        html,
                        finding.right() == null
                                ? ""
                                : finding.right().toWanYuan().toPlainString());
                cell(
                        html,
                        finding.difference()
                                .map(d -> d.toWanYuan().toPlainString())
                                .orElse(""));
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        if (findings.count(Severity.ERROR) > 0) {
            html.append("<p>存在错误，更正前不得公开。</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void cell(StringBuilder html, String text) {
        html.append("<td class=\"num\">").append(HtmlMarkup.escape(text)).append("</td>");
    }
}
