package org.juesuan.core.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.juesuan.core.issue.Issues;

/**
 * Reads the fields of one mapping strictly: wrong kinds and missing fields become issues at their position, and
 * {@link #finish()} reports every key that was never asked for (a typo in a field name is an error, not a silently
 * ignored line).
 *
 * <p>Not thread-safe; one reader per mapping.
 */
public final class MappingReader {

    private final Node.Mapping mapping;
    private final Issues issues;
    private final String codePrefix;
    private final Set<String> used = new HashSet<>();

    private MappingReader(Node.Mapping mapping, Issues issues, String codePrefix) {
        this.mapping = mapping;
        this.issues = issues;
        this.codePrefix = codePrefix;
    }

    /**
     * Returns a reader for {@code node} if it is a mapping; otherwise reports an issue and returns empty.
     *
     * @param node the node
     * @param what a Chinese description for messages, e.g. “单位信息”
     * @param issues where problems go
     * @param codePrefix the issue-code prefix, e.g. {@code DATASET}
     */
    public static Optional<MappingReader> of(Node node, String what, Issues issues, String codePrefix) {
        if (node instanceof Node.Mapping) {
            return Optional.of(new MappingReader((Node.Mapping) node, issues, codePrefix));
        }
        issues.error(node.ref(), codePrefix + "_WRONG_KIND", what + "应为映射（键: 值），实为" + node.kindLabel());
        return Optional.empty();
    }

    /** Returns the mapping being read. */
    public Node.Mapping mapping() {
        return mapping;
    }

    /** Returns the position of the mapping. */
    public SourceRef ref() {
        return mapping.ref();
    }

    /** Returns the value of an optional field; a null value counts as absent. */
    public Optional<Node> optional(String key) {
        used.add(key);
        return mapping.get(key)
                .filter(node -> !(node instanceof Node.Scalar && ((Node.Scalar) node).kind() == Node.ScalarKind.NULL));
    }

    /** Returns the value of a required field, reporting its absence. */
    public Optional<Node> required(String key) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            issues.error(mapping.ref(), codePrefix + "_MISSING_FIELD", "缺少必填字段“" + key + "”");
        }
        return value;
    }

    /** Returns an optional text field; reports a non-scalar. */
    public Optional<String> text(String key) {
        return optional(key).flatMap(node -> scalarText(node, key));
    }

    /** Returns a required text field. */
    public Optional<String> requiredText(String key) {
        return required(key).flatMap(node -> scalarText(node, key)).filter(text -> {
            if (text.isBlank()) {
                issues.error(
                        mapping.get(key).orElseThrow().ref(), codePrefix + "_MISSING_FIELD", "字段“" + key + "”不能为空");
                return false;
            }
            return true;
        });
    }

    /** Returns an optional list of texts (a single text counts as a list of one). */
    public List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        optional(key).ifPresent(node -> {
            if (node instanceof Node.Sequence) {
                for (Node item : ((Node.Sequence) node).items()) {
                    scalarText(item, key).ifPresent(result::add);
                }
            } else {
                scalarText(node, key).ifPresent(result::add);
            }
        });
        return result;
    }

    /** Returns an optional true/false field; any other value is reported (a typo must not silently read as false). */
    public Optional<Boolean> bool(String key) {
        return optional(key).flatMap(node -> scalarText(node, key)).flatMap(text -> {
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(text.equals("true"));
            }
            issues.error(mapping.get(key).orElseThrow().ref(), codePrefix + "_VALUE", key + " 应为 true 或 false");
            return Optional.empty();
        });
    }

    /** Returns an optional non-negative integer field. */
    public Optional<Integer> integer(String key) {
        return optional(key).flatMap(node -> toInteger(node, key));
    }

    /** Returns the scalar text of {@code node}, reporting a mapping or list where text was expected. */
    public Optional<String> scalarText(Node node, String key) {
        if (node instanceof Node.Scalar) {
            return Optional.of(((Node.Scalar) node).text().strip());
        }
        issues.error(node.ref(), codePrefix + "_WRONG_KIND", "字段“" + key + "”应为单个值，实为" + node.kindLabel());
        return Optional.empty();
    }

    /** Converts a scalar to a non-negative integer, reporting anything else. */
    public Optional<Integer> toInteger(Node node, String key) {
        return scalarText(node, key).flatMap(text -> {
            if (text.matches("\\d{1,9}")) {
                return Optional.of(Integer.parseInt(text));
            }
            issues.error(node.ref(), codePrefix + "_NOT_A_COUNT", "字段“" + key + "”应为非负整数，实为“" + text + "”");
            return Optional.empty();
        });
    }

    /** Reports every key of the mapping that was not asked for. */
    public void finish() {
        for (Node.Entry entry : mapping.entries()) {
            if (!used.contains(entry.key())) {
                issues.error(entry.keyRef(), codePrefix + "_UNKNOWN_FIELD", "未知字段“" + entry.key() + "”");
            }
        }
    }
}
