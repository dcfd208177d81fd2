package org.juesuan.app.batch;

import java.util.Locale;
import java.util.Map;
import org.juesuan.core.internal.Escapes;

/** The batch summary as JSON and as an HTML page (批量处理汇总报告). */
final class BatchReports {

    private BatchReports() {}

    static String json(RunBatch.Summary summary) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"total\": ").append(summary.total()).append(",\n");
        json.append("  \"threads\": ").append(summary.threads()).append(",\n");
        json.append("  \"elapsedMillis\": ")
                .append(summary.elapsedNanos() / 1_000_000)
                .append(",\n");
        json.append("  \"counts\": {");
        int i = 0;
        for (RunBatch.Outcome outcome : RunBatch.Outcome.values()) {
            json.append(i++ == 0 ? "" : ", ")
                    .append(Escapes.jsonString(outcome.key()))
                    .append(": ")
                    .append(summary.count(outcome));
        }
        json.append("},\n  \"findingsByRule\": {");
        i = 0;
        for (Map.Entry<String, Long> rule : summary.findingsByRule().entrySet()) {
            json.append(i++ == 0 ? "\n    " : ",\n    ")
                    .append(Escapes.jsonString(rule.getKey()))
                    .append(": ")
                    .append(rule.getValue());
        }
        json.append(i == 0 ? "},\n" : "\n  },\n");
        json.append("  \"stageMillis\": {");
        i = 0;
        for (Map.Entry<String, Long> stage : summary.stageNanos().entrySet()) {
            json.append(i++ == 0 ? "\n    " : ",\n    ")
                    .append(Escapes.jsonString(stage.getKey()))
                    .append(": ")
                    .append(stage.getValue() / 1_000_000);
        }
        json.append(i == 0 ? "},\n" : "\n  },\n");
        json.append("  \"slowest\": [");
        i = 0;
        for (RunBatch.UnitTime unit : summary.slowest()) {
            json.append(i++ == 0 ? "\n    " : ",\n    ")
                    .append("{\"unit\": ")
                    .append(Escapes.jsonString(unit.unit()))
                    .append(", \"millis\": ")
                    .append(unit.nanos() / 1_000_000)
                    .append('}');
        }
        json.append(i == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }

    static String html(RunBatch.Summary summary) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>批量处理汇总</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
                .append("th,td{border:1px solid #999;padding:.3em .8em}td.n{text-align:right}</style>\n")
                .append("</head>\n<body>\n<h1>批量处理汇总</h1>\n");
        double seconds = summary.elapsedNanos() / 1e9;
        html.append("<p>共 ")
                .append(summary.total())
                .append(" 个单位，")
                .append(summary.threads())
                .append(" 个线程，用时 ")
                .append(String.format(Locale.ROOT, "%.1f", seconds))
                .append(" 秒。</p>\n<h2>处理结果</h2>\n<table>\n<tr><th>结果</th><th>单位数</th></tr>\n");
        for (RunBatch.Outcome outcome : RunBatch.Outcome.values()) {
            row(html, outcome.label(), Long.toString(summary.count(outcome)));
        }
        html.append("</table>\n<h2>按规则统计的问题</h2>\n<table>\n<tr><th>规则</th><th>问题数</th></tr>\n");
        summary.findingsByRule().forEach((rule, count) -> row(html, rule, Long.toString(count)));
        html.append("</table>\n<h2>各环节耗时合计</h2>\n<table>\n<tr><th>环节</th><th>毫秒</th></tr>\n");
        summary.stageNanos().forEach((stage, nanos) -> row(html, stage, Long.toString(nanos / 1_000_000)));
        html.append("</table>\n<h2>耗时最长的单位</h2>\n<table>\n<tr><th>单位</th><th>毫秒</th></tr>\n");
        for (RunBatch.UnitTime unit : summary.slowest()) {
            row(html, unit.unit(), Long.toString(unit.nanos() / 1_000_000));
        }
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><td>")
                .append(Escapes.html(label))
                .append("</td><td class=\"n\">")
                .append(Escapes.html(value))
                .append("</td></tr>\n");
    }
}
