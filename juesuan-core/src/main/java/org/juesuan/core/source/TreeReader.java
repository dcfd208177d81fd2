package org.juesuan.core.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML or JSON document into a located {@link Node} tree.
 *
 * <p>Scalars keep the text as written, so a number is never read through a binary double. Syntax errors, duplicate
 * keys and over-deep nesting are reported as issues at their position; the reader never throws for bad input.
 *
 * <p>Thread-safe: the factories are shared, each call makes its own parser.
 */
public final class TreeReader {

    /** The document formats this reader understands. */
    public enum Format {
        /** YAML 1.1/1.2. */
        YAML,
        /** JSON. */
        JSON;

        /** Returns the format implied by a file name's extension, YAML by default. */
        public static Format ofFileName(String name) {
            return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        }
    }

    /** Nesting deeper than this is refused: no legitimate dataset comes near it. */
    static final int MAX_DEPTH = 64;

    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final YAMLFactory YAML_FACTORY = new YAMLFactory();

    private TreeReader() {}

    /**
     * Reads a file; the format follows the extension ({@code .json}, otherwise YAML).
     *
     * @param file the file
     * @param displayName the name used in source references
     */
    public static Result<Node> read(Path file, String displayName) {
        Issues issues = Issues.create();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            issues.error(SourceRef.file(displayName), "INPUT_ENCODING", "文件不是 UTF-8 编码");
            return Result.failed(issues);
        } catch (IOException e) {
            issues.error(SourceRef.file(displayName), "INPUT_UNREADABLE", "无法读取文件：" + describe(e));
            return Result.failed(issues);
        }
        return read(text, displayName, Format.ofFileName(file.getFileName().toString()));
    }

    /**
     * Reads a document from text.
     *
     * @param text the document
     * @param displayName the name used in source references
     * @param format the format
     */
    public static Result<Node> read(String text, String displayName, Format format) {
        Issues issues = Issues.create();
        // a byte order mark is legal at the start of a UTF-8 file but is not YAML/JSON content
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (Reader reader = new StringReader(body);
                JsonParser parser = (format == Format.JSON ? JSON_FACTORY : YAML_FACTORY).createParser(reader)) {
            Builder builder = new Builder(parser, displayName, issues);
            JsonToken first = parser.nextToken();
            if (first == null) {
                issues.error(SourceRef.file(displayName), "INPUT_EMPTY", "文件为空");
                return Result.failed(issues);
            }
            Node root = builder.node(first, 0);
            if (root == null) {
                return Result.failed(issues);
            }
            // a second YAML document ("---") would otherwise be dropped without a word
            if (parser.nextToken() != null) {
                issues.error(
                        builder.here(),
                        "INPUT_SYNTAX",
                        format == Format.JSON ? "JSON 文档结束后还有多余内容" : "YAML 文件只能有一个文档，此处开始了第二个文档");
                return Result.failed(issues);
            }
            return issues.hasErrors() ? Result.failed(issues) : Result.of(root, issues);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceRef where = at == null
                    ? SourceRef.file(displayName)
                    : SourceRef.text(displayName, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            String problem = firstLine(e.getOriginalMessage());
            if (e.getCause() instanceof MarkedYAMLException) {
                // the YAML parser knows where the problem is, not only where the enclosing construct began
                MarkedYAMLException yaml = (MarkedYAMLException) e.getCause();
                if (yaml.getProblemMark() != null && yaml.getProblem() != null) {
                    where = SourceRef.text(
                            displayName,
                            yaml.getProblemMark().getLine() + 1,
                            yaml.getProblemMark().getColumn() + 1);
                    problem = yaml.getProblem();
                }
            }
            issues.error(where, "INPUT_SYNTAX", (format == Format.JSON ? "JSON" : "YAML") + " 语法错误：" + problem);
            return Result.failed(issues);
        } catch (IOException | RuntimeException e) {
            // the YAML parser reports some malformed input as unchecked exceptions
            issues.error(SourceRef.file(displayName), "INPUT_SYNTAX", "无法解析文件：" + describe(e));
            return Result.failed(issues);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static final class Builder {
        private final JsonParser parser;
        private final String file;
        private final Issues issues;

        Builder(JsonParser parser, String file, Issues issues) {
            this.parser = parser;
            this.file = file;
            this.issues = issues;
        }

        SourceRef here() {
            JsonLocation at = parser.currentTokenLocation();
            return SourceRef.text(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        }

        @Nullable
        Node node(@Nullable JsonToken token, int depth) throws IOException {
            SourceRef ref = here();
            if (token == null) {
                issues.error(ref, "INPUT_SYNTAX", "文档意外结束");
                return null;
            }
            if (depth > MAX_DEPTH) {
                issues.error(ref, "INPUT_TOO_DEEP", "嵌套层数超过 " + MAX_DEPTH + " 层");
                return null;
            }
            // the YAML parser hands an alias (*name) over as the text "name": refuse it rather than misread it
            if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
                issues.error(ref, "INPUT_SYNTAX", "不支持 YAML 别名“*" + parser.getText() + "”，请直接写出内容");
                return null;
            }
            switch (token) {
                case START_OBJECT:
                    return mapping(ref, depth);
                case START_ARRAY:
                    return sequence(ref, depth);
                case VALUE_STRING:
                    return new Node.Scalar(parser.getText(), Node.ScalarKind.STRING, ref);
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return new Node.Scalar(parser.getText(), Node.ScalarKind.NUMBER, ref);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new Node.Scalar(parser.getText(), Node.ScalarKind.BOOLEAN, ref);
                case VALUE_NULL:
                    return new Node.Scalar("", Node.ScalarKind.NULL, ref);
                default:
                    issues.error(ref, "INPUT_SYNTAX", "此处不应出现 " + token.asString());
                    return null;
            }
        }

        private @Nullable Node mapping(SourceRef ref, int depth) throws IOException {
            List<Node.Entry> entries = new ArrayList<>();
            Map<String, SourceRef> seen = new HashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (token == null) {
                    issues.error(ref, "INPUT_SYNTAX", "映射未结束");
                    return null;
                }
                String key = parser.currentName();
                SourceRef keyRef = here();
                Node value = node(parser.nextToken(), depth + 1);
                if (value == null) {
                    return null;
                }
                SourceRef earlier = seen.putIfAbsent(key, keyRef);
                if (earlier != null) {
                    issues.error(keyRef, "INPUT_DUPLICATE_KEY", "键“" + key + "”重复（首次出现于 " + earlier.display() + "）");
                } else {
                    entries.add(new Node.Entry(key, keyRef, value));
                }
            }
            return new Node.Mapping(entries, ref);
        }

        private @Nullable Node sequence(SourceRef ref, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    issues.error(ref, "INPUT_SYNTAX", "列表未结束");
                    return null;
                }
                Node item = node(token, depth + 1);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            return new Node.Sequence(items, ref);
        }
    }
}
