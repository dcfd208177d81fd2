package org.juesuan.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TreeReaderYamlTest {

    private static final String DOCUMENT = String.join(
            "\n",
            "id: x",
            "unit:",
            "  amount: 265.18",
            "  small: 0.10",
            "  big: 123456789012345678901234567890",
            "  list: [1, 2.50]",
            "  quoted: '007'",
            "  tilde: ~",
            "  nothing:",
            "  flag: true",
            "");

    static Result<Node> read(String text) {
        return TreeReader.read(text, "t.yaml", TreeReader.Format.YAML);
    }

    static Node.Mapping mapping(String text) {
        Result<Node> result = read(text);
        assertThat(result.issues().toString()).isEmpty();
        return (Node.Mapping) result.value().orElseThrow();
    }

    static Node at(Node node, String... keys) {
        Node current = node;
        for (String key : keys) {
            current = ((Node.Mapping) current).get(key).orElseThrow(() -> new AssertionError("no " + key));
        }
        return current;
    }

    static Node.Scalar scalar(Node node, String... keys) {
        return (Node.Scalar) at(node, keys);
    }

    static String only(Result<Node> result) {
        assertThat(result.issues().size()).as(result.issues().toString()).isEqualTo(1);
        Issue issue = result.issues().sorted().get(0);
        return issue.code() + " " + issue.where().display() + " " + issue.message();
    }

    @Nested
    class Scalars {

        @Test
        void keepsNumbersAsWritten() {
            Node.Mapping root = mapping(DOCUMENT);
            assertThat(scalar(root, "unit", "amount").text()).isEqualTo("265.18");
            assertThat(scalar(root, "unit", "small").text()).isEqualTo("0.10");
            assertThat(scalar(root, "unit", "big").text()).isEqualTo("123456789012345678901234567890");
            assertThat(scalar(root, "unit", "amount").kind()).isEqualTo(Node.ScalarKind.NUMBER);
            Node.Sequence list = (Node.Sequence) at(root, "unit", "list");
            assertThat(list.items())
                    .extracting(item -> ((Node.Scalar) item).text())
                    .containsExactly("1", "2.50");
        }

        @Test
        void tellsTextNullAndBooleanApart() {
            Node.Mapping root = mapping(DOCUMENT);
            assertThat(scalar(root, "unit", "quoted"))
                    .extracting(Node.Scalar::text, Node.Scalar::kind)
                    .containsExactly("007", Node.ScalarKind.STRING);
            assertThat(scalar(root, "unit", "tilde").kind()).isEqualTo(Node.ScalarKind.NULL);
            assertThat(scalar(root, "unit", "nothing").isBlank()).isTrue();
            assertThat(scalar(root, "unit", "flag").kind()).isEqualTo(Node.ScalarKind.BOOLEAN);
        }

        @Test
        void keepsKeysInDocumentOrder() {
            assertThat(((Node.Mapping) at(mapping(DOCUMENT), "unit")).entries())
                    .extracting(Node.Entry::key)
                    .containsExactly("amount", "small", "big", "list", "quoted", "tilde", "nothing", "flag");
        }
    }

    @Nested
    class Positions {

        @Test
        void locatesKeysAndValuesByLineAndColumn() {
            Node.Mapping root = mapping(DOCUMENT);
            Node.Mapping unit = (Node.Mapping) at(root, "unit");
            assertThat(root.entry("id").orElseThrow().keyRef().display()).isEqualTo("t.yaml:1:1");
            assertThat(at(root, "id").ref().display()).isEqualTo("t.yaml:1:5");
            assertThat(unit.ref().display()).isEqualTo("t.yaml:3:3");
            assertThat(unit.entry("small").orElseThrow().keyRef().display()).isEqualTo("t.yaml:4:3");
            assertThat(at(unit, "small").ref().display()).isEqualTo("t.yaml:4:10");
            assertThat(at(unit, "list").ref().display()).isEqualTo("t.yaml:6:9");
            assertThat(((Node.Sequence) at(unit, "list")).items().get(1).ref().display())
                    .isEqualTo("t.yaml:6:13");
        }

        @Test
        void ignoresAByteOrderMarkWithoutShiftingColumns() {
            Node.Mapping root = mapping("\uFEFFa: 1\n");
            assertThat(root.entry("a").orElseThrow().keyRef().display()).isEqualTo("t.yaml:1:1");
            assertThat(at(root, "a").ref().display()).isEqualTo("t.yaml:1:4");
        }
    }

    @Nested
    class Problems {

        @Test
        void reportsADuplicateKeyAtTheSecondCitingTheFirst() {
            Result<Node> result = read("a: 1\nb: 2\na: 3\n");
            assertThat(only(result)).isEqualTo("INPUT_DUPLICATE_KEY t.yaml:3:1 键“a”重复（首次出现于 t.yaml:1:1）");
            assertThat(result.value()).isEmpty();
        }

        @Test
        void reportsAMisplacedMappingAtTheColon() {
            assertThat(only(read("a: 1\n b: 2\n")))
                    .startsWith("INPUT_SYNTAX t.yaml:2:3 YAML 语法错误：mapping values are not allowed here");
        }

        @Test
        void reportsATabIndentationOnItsLine() {
            assertThat(only(read("a:\n\tb: 1\n")))
                    .startsWith("INPUT_SYNTAX t.yaml:2:1 YAML 语法错误：")
                    .contains("cannot start any token");
        }

        @Test
        void reportsAnUnclosedFlowSequenceWhereItWasExpectedToClose() {
            assertThat(only(read("a: 1\nb: [1, 2\nc: 3\n")))
                    .startsWith("INPUT_SYNTAX t.yaml:3:2 YAML 语法错误：")
                    .contains("expected ',' or ']'");
        }

        @Test
        void reportsAKeyInsideAListAtTheKey() {
            assertThat(only(read("a:\n  - 1\n  b: 2\n")))
                    .startsWith("INPUT_SYNTAX t.yaml:3:3 YAML 语法错误：")
                    .contains("expected <block end>");
        }

        @Test
        void reportsAnEmptyDocument() {
            assertThat(only(read(""))).isEqualTo("INPUT_EMPTY t.yaml 文件为空");
            assertThat(only(read("# only a comment\n"))).isEqualTo("INPUT_EMPTY t.yaml 文件为空");
        }

        @Test
        void reportsASecondDocumentInsteadOfIgnoringIt() {
            Result<Node> result = read("a: 1\n---\nb: 2\n");
            assertThat(only(result)).startsWith("INPUT_SYNTAX t.yaml:3:1 ");
            assertThat(result.value()).isEmpty();
        }

        @Test
        void reportsAnAliasInsteadOfReadingItsNameAsText() {
            Result<Node> result = read("a: &x 1\nb: *x\n");
            assertThat(only(result)).startsWith("INPUT_SYNTAX t.yaml:2:4 ").contains("*x");
            assertThat(result.value()).isEmpty();
        }

        @Test
        void acceptsNestingUpToTheLimit() {
            assertThat(read(nested(TreeReader.MAX_DEPTH)).issues().toString()).isEmpty();
        }

        @Test
        void reportsNestingDeeperThanTheLimit() {
            // the innermost value of 65 nested mappings sits on line 65 after 64 indents of two spaces and "v: "
            assertThat(only(read(nested(TreeReader.MAX_DEPTH + 1))))
                    .isEqualTo("INPUT_TOO_DEEP t.yaml:65:132 嵌套层数超过 64 层");
        }

        /** Returns {@code levels} nested mappings; the innermost holds a scalar at depth {@code levels}. */
        private String nested(int levels) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < levels - 1; i++) {
                text.append("  ".repeat(i)).append('k').append(i).append(":\n");
            }
            return text.append("  ".repeat(levels - 1)).append("v: 1\n").toString();
        }
    }
}
