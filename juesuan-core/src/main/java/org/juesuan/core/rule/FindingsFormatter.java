package org.juesuan.core.rule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;

/**
 * Writes findings for people and programs (校验结果输出): text for a terminal, with the dataset line and a caret under
 * the figure where the figure came from a text file, and JSON.
 *
 * <p>Not thread-safe (the text form caches the files it quotes); use one formatter per output.
 */
public final class FindingsFormatter {

    private static final JsonFactory JSON = new JsonFactory();

    private final IssueFormatter snippets = new IssueFormatter();

    /** Returns the one-line summary, e.g. 校验发现：错误 1 项，警告 2 项，提示 3 项。 */
    public static String summary(Findings findings) {
        if (findings.isEmpty()) {
            return "校验通过：未发现问题（共检查 " + findings.evaluations() + " 次）。";
        }
        return "校验发现：错误 " + findings.count(Severity.ERROR) + " 项，警告 " + findings.count(Severity.WARNING)
                + " 项，提示 " + findings.count(Severity.INFO) + " 项（共检查 " + findings.evaluations() + " 次"
                + (findings.cut() > 0 ? "；另有 " + findings.cut() + " 项未列出" : "") + "）。";
    }

    /** Returns the findings as text, one block per finding, then the summary. */
    public String text(Findings findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings.list()) {
            String message = finding.place().isEmpty() ? finding.message() : finding.place() + "：" + finding.message();
            text.append(snippets.format(new Issue(finding.severity(), finding.ruleId(), finding.source(), message)));
        }
        return text.append(summary(findings)).append('\n').toString();
    }

    /**
     * Returns the findings as JSON: a summary and the list, amounts as exact decimal strings in 万元.
     *
     * @param unit the unit's name
     * @param year the fiscal year
     * @param profile the profile id
     */
    public static String json(Findings findings, String unit, int year, String profile) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("unit", unit);
            json.writeNumberField("fiscalYear", year);
            json.writeStringField("profile", profile);
            json.writeStringField("amountUnit", "万元");
            json.writeObjectFieldStart("summary");
            json.writeNumberField("errors", findings.count(Severity.ERROR));
            json.writeNumberField("warnings", findings.count(Severity.WARNING));
            json.writeNumberField("infos", findings.count(Severity.INFO));
            json.writeNumberField("notListed", findings.cut());
            json.writeNumberField("evaluations", findings.evaluations());
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : findings.list()) {
                json.writeStartObject();
                fields(json, finding);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("while writing findings", e);
        }
        return out.append('\n').toString();
    }

    /**
     * Writes a finding's fields into the JSON object being written: rule, severity, title, message, its place
     * (table, row, column, place, source) and its amounts in 万元 as exact decimal strings (left, right, difference).
     *
     * @throws IOException if the generator cannot write
     */
    public static void fields(JsonGenerator json, Finding finding) throws IOException {
        json.writeStringField("rule", finding.ruleId());
        json.writeStringField("severity", finding.severity().name());
        json.writeStringField("title", finding.title());
        json.writeStringField("message", finding.message());
        json.writeStringField("table", finding.table());
        json.writeStringField("row", finding.row());
        json.writeStringField("column", finding.column());
        json.writeStringField("place", finding.place());
        json.writeStringField("source", finding.source().display());
        amount(json, "left", finding.left());
        amount(json, "right", finding.right());
        amount(json, "difference", finding.difference().orElse(null));
    }

    private static void amount(JsonGenerator json, String field, @Nullable Amount amount) throws IOException {
        if (amount == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, amount.toWanYuan().toPlainString());
        }
    }
}
