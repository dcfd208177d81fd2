package org.juesuan.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.junit.jupiter.api.Test;

class MappingReaderTest {

    private final Issues issues = Issues.create();

    private MappingReader reader(String yaml) {
        Node root =
                TreeReader.read(yaml, "t.yaml", TreeReader.Format.YAML).value().orElseThrow();
        return MappingReader.of(root, "测试", issues, "T").orElseThrow();
    }

    private List<String> reported() {
        List<String> lines = new ArrayList<>();
        for (Issue issue : issues) {
            lines.add(issue.code() + " " + issue.where().display() + " " + issue.message());
        }
        return lines;
    }

    @Test
    void reportsEveryFieldThatWasNeverAskedFor() {
        MappingReader m = reader("id: a\ntitel: x\nnotes: []\n");
        m.requiredText("id");
        m.finish();
        assertThat(reported())
                .containsExactly("T_UNKNOWN_FIELD t.yaml:2:1 未知字段“titel”", "T_UNKNOWN_FIELD t.yaml:3:1 未知字段“notes”");
    }

    @Test
    void countsAnOptionalFieldAsAskedForEvenWhenAbsentOrNull() {
        MappingReader m = reader("id: a\nlabel: ~\n");
        assertThat(m.text("label")).isEmpty();
        assertThat(m.text("missing")).isEmpty();
        m.requiredText("id");
        m.finish();
        assertThat(reported()).isEmpty();
    }

    @Test
    void reportsAMissingRequiredFieldAtTheMapping() {
        MappingReader m = reader("# header\nid: a\n");
        assertThat(m.requiredText("title")).isEmpty();
        assertThat(reported()).containsExactly("T_MISSING_FIELD t.yaml:2:1 缺少必填字段“title”");
    }

    @Test
    void reportsARequiredFieldThatIsNullOrBlank() {
        MappingReader m = reader("title: ~\nname: '  '\n");
        assertThat(m.requiredText("title")).isEmpty();
        assertThat(m.requiredText("name")).isEmpty();
        assertThat(reported())
                .containsExactly("T_MISSING_FIELD t.yaml:1:1 缺少必填字段“title”", "T_MISSING_FIELD t.yaml:2:7 字段“name”不能为空");
    }

    @Test
    void stripsScalarText() {
        assertThat(reader("name: '  行政运行 '\n").requiredText("name")).contains("行政运行");
    }

    @Test
    void reportsAListOrMappingWhereTextWasExpected() {
        MappingReader m = reader("title: [a, b]\nunit:\n  x: 1\n");
        assertThat(m.text("title")).isEmpty();
        assertThat(m.text("unit")).isEmpty();
        assertThat(reported())
                .containsExactly(
                        "T_WRONG_KIND t.yaml:1:8 字段“title”应为单个值，实为列表", "T_WRONG_KIND t.yaml:3:3 字段“unit”应为单个值，实为映射");
    }

    @Test
    void reportsANodeThatIsNotAMapping() {
        Node list = TreeReader.read("\n- a\n- b\n", "t.yaml", TreeReader.Format.YAML)
                .value()
                .orElseThrow();
        assertThat(MappingReader.of(list, "单位信息", issues, "T")).isEmpty();
        assertThat(reported()).containsExactly("T_WRONG_KIND t.yaml:2:1 单位信息应为映射（键: 值），实为列表");
    }

    @Test
    void readsNonNegativeIntegersAndReportsAnythingElse() {
        MappingReader m = reader("a: 12\nb: -1\nc: 1.5\nd: abc\n");
        assertThat(m.integer("a")).contains(12);
        assertThat(m.integer("b")).isEmpty();
        assertThat(m.integer("c")).isEmpty();
        assertThat(m.integer("d")).isEmpty();
        assertThat(reported())
                .containsExactly(
                        "T_NOT_A_COUNT t.yaml:2:4 字段“b”应为非负整数，实为“-1”",
                        "T_NOT_A_COUNT t.yaml:3:4 字段“c”应为非负整数，实为“1.5”",
                        "T_NOT_A_COUNT t.yaml:4:4 字段“d”应为非负整数，实为“abc”");
    }

    @Test
    void readsASingleTextAsAListOfOne() {
        MappingReader m = reader("one: 合计\nmany: [本年支出, 小计]\nnone: []\n");
        assertThat(m.texts("one")).containsExactly("合计");
        assertThat(m.texts("many")).containsExactly("本年支出", "小计");
        assertThat(m.texts("none")).isEmpty();
        assertThat(m.texts("absent")).isEmpty();
        assertThat(reported()).isEmpty();
    }

    @Test
    void reportsAMappingInsideAListOfTexts() {
        MappingReader m = reader("header:\n  - a\n  - {x: 1}\n");
        assertThat(m.texts("header")).containsExactly("a");
        assertThat(reported()).containsExactly("T_WRONG_KIND t.yaml:3:5 字段“header”应为单个值，实为映射");
    }
}
