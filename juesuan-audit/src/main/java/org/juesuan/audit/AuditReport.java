package org.juesuan.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.juesuan.audit.recognize.DocumentRecognizer.Recognition;
import org.juesuan.audit.recognize.RecoveredTable;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.internal.Escapes;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.rule.FindingsFormatter;

/**
 * The report of an audit (审查报告) as text, JSON or a self-contained HTML page: what the document was recognised as,
 * its readiness for inspection, and each finding with its severity, rule, place, position, message with the
 * arithmetic, and the printed text it points at.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuditReport {

    private static final JsonFactory JSON = new JsonFactory();

    private AuditReport() {}

    /** Returns the report as text. */
    public static String text(Auditor.Audit audit) {
        StringBuilder text = new StringBuilder();
        text.append("审查文件：").append(audit.document().name()).append('\n');
        text.append("识别结果：").append(recognised(audit.recognition())).append('\n');
        text.append("公开表：").append(tables(audit.recognition())).append('\n');
        Readiness readiness = audit.readiness();
        text.append("迎检准备度：")
                .append(readiness.score())
                .append(" 分（")
                .append(readiness.verdict())
                .append("）\n\n");
        for (Finding finding : audit.findings().list()) {
            text.append(finding.severity().label())
                    .append(' ')
                    .append(finding.ruleId())
                    .append(' ');
            text.append(finding.place());
            if (!finding.source().display().isEmpty()) {
                text.append("（").append(finding.source().display()).append("）");
            }
            text.append("：").append(finding.message()).append('\n');
            Evidence.quote(audit.document(), finding.source())
                    .ifPresent(quote -> text.append("    原文：").append(quote).append('\n'));
        }
        text.append('\n').append(summary(audit.findings())).append('\n');
        return text.toString();
    }

    /** Returns the one-line summary of the findings. */
    public static String summary(Findings findings) {
        if (findings.isEmpty()) {
            return "审查通过：未发现问题（规则共检查 " + findings.evaluations() + " 次）。";
        }
        return "审查发现：错误 " + findings.count(Severity.ERROR) + " 项，警告 " + findings.count(Severity.WARNING) + " 项，提示 "
                + findings.count(Severity.INFO) + " 项（规则共检查 " + findings.evaluations() + " 次"
                + (findings.cut() > 0 ? "；另有 " + findings.cut() + " 项未列出" : "") + "）。";
    }

    /** Returns the report as JSON; amounts are exact decimal strings in 万元. */
    public static String json(Auditor.Audit audit) {
        StringWriter out = new StringWriter();
        Recognition recognition = audit.recognition();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("file", audit.document().name());
            json.writeStringField("format", audit.document().format().extension());
            json.writeStringField("profile", recognition.profile().id());
            json.writeStringField("unit", recognition.unit().name());
            json.writeStringField("scope", recognition.unit().scope().label());
            json.writeStringField("level", recognition.unit().level().label());
            json.writeNumberField("fiscalYear", recognition.unit().fiscalYear());
            json.writeArrayFieldStart("tablesFound");
            for (RecoveredTable table : recognition.tables()) {
                json.writeString(table.definition().id());
            }
            json.writeEndArray();
            json.writeStringField("amountUnit", "万元");
            json.writeObjectFieldStart("readiness");
            json.writeNumberField("score", audit.readiness().score());
            json.writeStringField("verdict", audit.readiness().verdict());
            json.writeNumberField("errors", audit.readiness().errors());
            json.writeNumberField("warnings", audit.readiness().warnings());
            json.writeNumberField("infos", audit.readiness().remarks());
            json.writeNumberField("notListed", audit.findings().cut());
            json.writeNumberField("evaluations", audit.findings().evaluations());
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : audit.findings().list()) {
                json.writeStartObject();
                FindingsFormatter.fields(json, finding);
                Optional<String> quote = Evidence.quote(audit.document(), finding.source());
                if (quote.isPresent()) {
                    json.writeStringField("evidence", quote.get());
                } else {
                    json.writeNullField("evidence");
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("while writing the audit report", e);
        }
        return out.append('\n').toString();
    }

    /** Returns the report as one self-contained HTML page. */
    public static String html(Auditor.Audit audit) {
        StringBuilder html = new StringBuilder();
        String title =
                audit.recognition().unit().name() + audit.recognition().unit().fiscalYear() + "年度部门决算公开文件审查报告";
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Escapes.html(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans SC\",\"Source Han Sans SC\",sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.3em .5em;")
                .append("vertical-align:top;text-align:left}th{background:#f0f0f0}")
                .append(".ERROR{color:#b00020;font-weight:bold}.WARNING{color:#a15c00}.INFO{color:#555}")
                .append(".quote{color:#555;font-size:.9em}\n</style>\n</head>\n<body>\n");
        html.append("<h1>")
                .append(Escapes.html(title))
                .append("</h1>\n<p>审查文件：")
                .append(Escapes.html(audit.document().name()))
                .append("<br>识别结果：")
                .append(Escapes.html(recognised(audit.recognition())))
                .append("<br>公开表：")
                .append(Escapes.html(tables(audit.recognition())))
                .append("</p>\n<p>迎检准备度：<strong>")
                .append(audit.readiness().score())
                .append(" 分（")
                .append(Escapes.html(audit.readiness().verdict()))
                .append("）</strong>。")
                .append(Escapes.html(summary(audit.findings())))
                .append(
                        "</p>\n<table>\n<thead><tr><th>严重程度</th><th>规则</th><th>位置</th><th>说明</th></tr></thead>\n<tbody>\n");
        for (Finding finding : audit.findings().list()) {
            html.append("<tr><td class=\"")
                    .append(finding.severity().name())
                    .append("\">")
                    .append(Escapes.html(finding.severity().label()))
                    .append("</td><td>")
                    .append(Escapes.html(finding.ruleId()))
                    .append("</td><td>")
                    .append(Escapes.html(finding.place()));
            if (!finding.source().display().isEmpty()) {
                html.append("<br><small>")
                        .append(Escapes.html(finding.source().display()))
                        .append("</small>");
            }
            html.append("</td><td>").append(Escapes.html(finding.message()));
            Evidence.quote(audit.document(), finding.source())
                    .ifPresent(quote -> html.append("<div class=\"quote\">原文：")
                            .append(Escapes.html(quote))
                            .append("</div>"));
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String recognised(Recognition recognition) {
        return recognition.unit().name() + (recognition.unit().scope() == Scope.CONSOLIDATED ? "（汇总）" : "") + "，"
                + recognition.unit().level().label() + "级，" + recognition.unit().fiscalYear() + "年度；按“"
                + recognition.profile().name() + "”（" + recognition.profile().id() + "）口径核对";
    }

    private static String tables(Recognition recognition) {
        return "找到 " + recognition.tables().size() + " 张，共应有 "
                + recognition.profile().tables().size() + " 张";
    }
}
