package org.juesuan.core.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.source.DataDirectory;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;

/**
 * Reads rule files (规则文件): every {@code *.yaml} of a rule set directory except the {@code *.tests.yaml} beside
 * them. Problems are reported at their position; rule ids must be unique across the sets a profile uses.
 *
 * <p>The positions of {@code check}, {@code when} and {@code message} point at the first character of the formula
 * itself (after an opening quote, or on the line after a {@code |} block indicator), so that a formula error can be
 * shown with a caret under the exact character.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleLoader {

    private static final String P = "RULE";

    private RuleLoader() {}

    /**
     * Loads rule sets.
     *
     * @param roots the rule directories, bundled first; a set found in a later root replaces the earlier one
     * @param names the rule set names, in order
     */
    public static Result<List<RuleDefinition>> load(List<DataDirectory> roots, List<String> names) {
        Issues issues = Issues.create();
        List<RuleDefinition> rules = new ArrayList<>();
        Map<String, SourceRef> ids = new HashMap<>();
        for (String name : names) {
            DataDirectory root = null;
            for (DataDirectory candidate : roots) {
                if (!candidate.list(name).isEmpty()) {
                    root = candidate;
                }
            }
            if (root == null) {
                issues.error(SourceRef.NONE, P + "_SET_MISSING", "找不到规则集“" + name + "”");
                continue;
            }
            for (String file : root.list(name)) {
                if (!file.endsWith(".yaml") || file.endsWith(".tests.yaml")) {
                    continue;
                }
                String path = name + "/" + file;
                String display = root.displayName(path);
                String text = root.read(path).orElse("");
                Result<Node> tree = TreeReader.read(text, display, TreeReader.Format.YAML);
                issues.addAll(tree.issues());
                tree.value().ifPresent(node -> readFile(node, text, issues, rules, ids));
            }
        }
        return issues.hasErrors() ? Result.failed(issues) : Result.of(rules, issues);
    }

    private static void readFile(
            Node node, String text, Issues issues, List<RuleDefinition> rules, Map<String, SourceRef> ids) {
        String[] lines = text.split("\r?\n", -1);
        MappingReader.of(node, "规则文件", issues, P).ifPresent(file -> {
            file.required("rules").ifPresent(list -> {
                if (!(list instanceof Node.Sequence)) {
                    issues.error(list.ref(), P + "_WRONG_KIND", "rules 应为列表");
                    return;
                }
                for (Node item : ((Node.Sequence) list).items()) {
                    rule(item, lines, issues).ifPresent(rule -> {
                        SourceRef first = ids.putIfAbsent(rule.id(), rule.source());
                        if (first != null) {
                            issues.error(
                                    rule.source(),
                                    P + "_DUPLICATE_ID",
                                    "规则编号“" + rule.id() + "”重复（首次出现于 " + first.display() + "）");
                        } else {
                            rules.add(rule);
                        }
                    });
                }
            });
            file.finish();
        });
    }

    private static Optional<RuleDefinition> rule(Node node, String[] lines, Issues issues) {
        Optional<MappingReader> reader = MappingReader.of(node, "规则", issues, P);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        MappingReader m = reader.get();
        Optional<String> id = m.requiredText("id");
        Optional<String> title = m.requiredText("title");
        Optional<Severity> severity = m.requiredText("severity").flatMap(text -> {
            Optional<Severity> parsed = severity(text);
            if (parsed.isEmpty()) {
                issues.error(
                        m.mapping().get("severity").orElseThrow().ref(),
                        P + "_SEVERITY",
                        "severity 应为 ERROR、WARNING、INFO（或 错误、警告、提示）");
            }
            return parsed;
        });
        RuleDefinition.Each each =
                m.optional("each").flatMap(n -> each(n, issues)).orElse(null);
        String when = m.text("when").orElse(null);
        Optional<String> check = m.requiredText("check");
        Optional<String> message = m.requiredText("message");
        String at = m.text("at").orElse(null);
        m.finish();
        if (id.isEmpty() || title.isEmpty() || severity.isEmpty() || check.isEmpty() || message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleDefinition(
                id.get(),
                title.get(),
                severity.get(),
                each,
                when,
                check.get(),
                message.get(),
                at,
                m.ref(),
                contentStart(m, "when", lines),
                contentStart(m, "check", lines),
                contentStart(m, "message", lines),
                contentStart(m, "at", lines)));
    }

    private static Optional<Severity> severity(String text) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(text) || severity.label().equals(text)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    private static Optional<RuleDefinition.Each> each(Node node, Issues issues) {
        return MappingReader.of(node, "each", issues, P).flatMap(m -> {
            Optional<String> table = m.requiredText("rows");
            String section = m.text("section").orElse(null);
            RuleDefinition.Where where = m.text("where")
                    .flatMap(text -> {
                        Optional<RuleDefinition.Where> parsed = RuleDefinition.Where.ofKey(text);
                        if (parsed.isEmpty()) {
                            issues.error(
                                    m.mapping().get("where").orElseThrow().ref(),
                                    P + "_VALUE",
                                    "where 应为 all、parents、codes、items、top 或 totals");
                        }
                        return parsed;
                    })
                    .orElse(RuleDefinition.Where.ALL);
            boolean columns = m.bool("columns").orElse(false);
            m.finish();
            return table.map(t -> new RuleDefinition.Each(t, section, where, columns));
        });
    }

    /** Returns where the text of a scalar field really starts: past a quote, or on the line after a block indicator. */
    private static SourceRef contentStart(MappingReader m, String key, String[] lines) {
        Optional<Node> value = m.mapping().get(key);
        if (value.isEmpty() || !(value.get().ref() instanceof SourceRef.Text)) {
            return SourceRef.NONE;
        }
        SourceRef.Text at = (SourceRef.Text) value.get().ref();
        @Nullable String line = at.line() - 1 < lines.length ? lines[at.line() - 1] : null;
        if (line == null || at.column() - 1 >= line.length()) {
            return at;
        }
        char first = line.charAt(at.column() - 1);
        if (first == '"' || first == '\'') {
            return SourceRef.text(at.file(), at.line(), at.column() + 1);
        }
        if ((first == '|' || first == '>') && at.line() < lines.length) {
            String next = lines[at.line()];
            int indent = 0;
            while (indent < next.length() && next.charAt(indent) == ' ') {
                indent++;
            }
            return SourceRef.text(at.file(), at.line() + 1, indent + 1);
        }
        return at;
    }
}
