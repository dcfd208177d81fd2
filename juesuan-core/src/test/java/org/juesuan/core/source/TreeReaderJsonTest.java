package org.juesuan.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeReaderJsonTest {

    private static final String DOCUMENT = "{\n  \"a\": 265.18,\n  \"b\": [0.10, 1e3, 98765432109876543210],\n"
            + "  \"c\": {\"d\": null, \"e\": \"x\"}\n}";

    @TempDir
    Path dir;

    private static Result<Node> read(String text) {
        return TreeReader.read(text, "t.json", TreeReader.Format.JSON);
    }

    private static String only(Result<Node> result) {
        assertThat(result.issues().size()).as(result.issues().toString()).isEqualTo(1);
        Issue issue = result.issues().sorted().get(0);
        return issue.code() + " " + issue.where().display() + " " + issue.message();
    }

    @Test
    void keepsNumbersAsWritten() {
        Node.Mapping root = (Node.Mapping) read(DOCUMENT).value().orElseThrow();
        assertThat(((Node.Scalar) root.get("a").orElseThrow()).text()).isEqualTo("265.18");
        assertThat(((Node.Sequence) root.get("b").orElseThrow()).items())
                .extracting(item -> ((Node.Scalar) item).text())
                .containsExactly("0.10", "1e3", "98765432109876543210");
    }

    @Test
    void locatesKeysAndValuesByLineAndColumn() {
        Node.Mapping root = (Node.Mapping) read(DOCUMENT).value().orElseThrow();
        assertThat(root.ref().display()).isEqualTo("t.json:1:1");
        assertThat(root.entry("a").orElseThrow().keyRef().display()).isEqualTo("t.json:2:3");
        assertThat(root.get("a").orElseThrow().ref().display()).isEqualTo("t.json:2:8");
        assertThat(((Node.Sequence) root.get("b").orElseThrow())
                        .items()
                        .get(1)
                        .ref()
                        .display())
                .isEqualTo("t.json:3:15");
        Node.Mapping c = (Node.Mapping) root.get("c").orElseThrow();
        assertThat(c.ref().display()).isEqualTo("t.json:4:8");
        assertThat(c.entry("d").orElseThrow().keyRef().display()).isEqualTo("t.json:4:9");
        assertThat(((Node.Scalar) c.get("d").orElseThrow()).kind()).isEqualTo(Node.ScalarKind.NULL);
    }

    @Test
    void reportsADuplicateKeyAtTheSecondCitingTheFirst() {
        assertThat(only(read("{\"a\": 1,\n \"a\": 2}")))
                .isEqualTo("INPUT_DUPLICATE_KEY t.json:2:2 键“a”重复（首次出现于 t.json:1:2）");
    }

    @Test
    void reportsASyntaxErrorWithItsPosition() {
        assertThat(only(read("{\"a\": 1,\n \"b\" 2}")))
                .startsWith("INPUT_SYNTAX t.json:2:6 JSON 语法错误：Unexpected character ('2'");
        assertThat(only(read("{\"a\": [1, 2")))
                .startsWith("INPUT_SYNTAX t.json:1:12 JSON 语法错误：Unexpected end-of-input");
    }

    @Test
    void reportsTrailingGarbage() {
        assertThat(only(read("{\"a\": 1} x"))).startsWith("INPUT_SYNTAX t.json:1:11 JSON 语法错误：Unrecognized token 'x'");
        assertThat(only(read("{\"a\": 1}\n{\"b\": 2}"))).isEqualTo("INPUT_SYNTAX t.json:2:1 JSON 文档结束后还有多余内容");
    }

    @Test
    void reportsAnEmptyDocument() {
        assertThat(only(read("  \n"))).isEqualTo("INPUT_EMPTY t.json 文件为空");
    }

    @Test
    void acceptsAByteOrderMark() {
        Node.Mapping root = (Node.Mapping) read("\uFEFF{\"a\": 1}").value().orElseThrow();
        assertThat(root.entry("a").orElseThrow().keyRef().display()).isEqualTo("t.json:1:2");
    }

    @Test
    void acceptsNestingUpToTheLimitAndReportsDeeper() {
        int limit = TreeReader.MAX_DEPTH;
        assertThat(read("[".repeat(limit) + "1" + "]".repeat(limit)).value()).isPresent();
        assertThat(only(read("[".repeat(limit + 1) + "1" + "]".repeat(limit + 1))))
                .isEqualTo("INPUT_TOO_DEEP t.json:1:66 嵌套层数超过 64 层");
    }

    @Test
    void readsAFileInTheFormatOfItsExtension() throws IOException {
        Path file = dir.resolve("data.JSON");
        Files.writeString(file, "{\"a\": \"是\"}", StandardCharsets.UTF_8);
        Node.Mapping root =
                (Node.Mapping) TreeReader.read(file, "data.JSON").value().orElseThrow();
        assertThat(((Node.Scalar) root.get("a").orElseThrow()).text()).isEqualTo("是");
        assertThat(TreeReader.Format.ofFileName("a.yml")).isEqualTo(TreeReader.Format.YAML);
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("gbk.json");
        Files.write(file, "{\"a\": \"是\"}".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(only(TreeReader.read(file, "gbk.json"))).isEqualTo("INPUT_ENCODING gbk.json 文件不是 UTF-8 编码");
    }

    @Test
    void reportsAFileThatCannotBeRead() {
        assertThat(only(TreeReader.read(dir.resolve("missing.json"), "missing.json")))
                .startsWith("INPUT_UNREADABLE missing.json 无法读取文件：");
    }
}
