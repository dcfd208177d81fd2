package org.juesuan.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.ProfileFiles;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading {@code document.yaml}: the bundled files, and every problem reported at its file, line and column. */
class DocumentDefinitionLoaderTest {

    private static final String FILE = "document.yaml";

    /** A small valid layout of every kind of part. */
    static final String VALID = """
            title: "{unit}{year}年度部门决算公开"
            cover: ["{unit}", "{year}年度部门决算公开", "{publishedOn}"]
            parts:
              - kind: overview
                number: 第一部分
                title: "{unit}概况"
                duties: {heading: 一、部门主要职责, item: "{n}. {text}"}
                organization:
                  heading: 二、机构设置情况
                  consolidated: {heading: 二、机构设置情况, intro: "共{count}个单位：", item: "{n}. {text}"}
              - kind: tables
                number: 第二部分
                title: "{unit}{year}年度部门决算表"
                heading: "{cn}、{title}"
              - kind: narrative
                number: 第三部分
                title: 情况说明
              - kind: keyWork
                number: 第四部分
                title: "{year}年度重点工作完成情况"
                paragraph: "（{cn}）{text}"
                columns: [序号, 重要事项, 工作内容及目标, 完成情况]
                widths: [1, 3, 6, 8]
              - kind: glossary
                number: 第五部分
                title: 名词解释
                entry: "（{cn}）{term}：{text}"
                heading: "（{cn}）{term}"
                entries:
                  - {term: 一般公共预算财政拨款收入, text: "指{level}财政一般公共预算当年拨付的资金。"}
                  - {functions: 本部门使用的支出功能分类科目（到项级）, item: "{n}. {class}（类）{clause}（款）{item}（项）"}
            """;

    private static Result<DocumentDefinition> parse(String text) {
        return DocumentDefinitionLoader.parse("test-2024", text, FILE);
    }

    private static List<String> issues(String text) {
        List<String> lines = new ArrayList<>();
        for (Issue issue : parse(text).issues()) {
            lines.add(issue.code() + " " + issue.where().display() + " " + issue.message());
        }
        return lines;
    }

    /** Returns {@code document.yaml:line:col} of the first appearance of {@code marker} in {@code text}. */
    private static String at(String text, String marker) {
        int index = text.indexOf(marker);
        if (index < 0) {
            throw new IllegalArgumentException("no " + marker);
        }
        int line = (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        int column = index - (text.lastIndexOf('\n', index - 1) + 1) + 1;
        return FILE + ":" + line + ":" + column;
    }

    @Nested
    class Bundled {

        @ParameterizedTest
        @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
        void bundledLayoutsLoadWithoutIssues(String id) {
            Result<DocumentDefinition> result = DocumentDefinitionLoader.load(ExampleDocuments.PROFILES.require(id));
            assertThat(result.issues().toString()).isEmpty();
            assertThat(result.value().orElseThrow().profileId()).isEqualTo(id);
        }

        @Test
        void profileWithoutLayoutIsReported(@TempDir Path dir) {
            Profile hubei = ExampleDocuments.PROFILES.require("hubei-2024");
            Profile elsewhere = withFiles(hubei, new ProfileFiles(DataDirectory.of(dir), "hubei-2024"));
            Result<DocumentDefinition> result = DocumentDefinitionLoader.load(elsewhere);
            assertThat(result.value()).isEmpty();
            assertThat(result.issues().sorted().get(0).code()).isEqualTo("DOCUMENT_MISSING");
            assertThat(result.issues().sorted().get(0).where().display())
                    .isEqualTo(dir.resolve("hubei-2024/document.yaml").toString());
        }

        @Test
        void layoutIsReadFromTheProfilesDirectory(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("hubei-2024/document.yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, VALID.replace("title: 情况说明", "title: 情况说明（{unitName}）"), StandardCharsets.UTF_8);
            Profile hubei = ExampleDocuments.PROFILES.require("hubei-2024");
            Result<DocumentDefinition> result = DocumentDefinitionLoader.load(
                    withFiles(hubei, new ProfileFiles(DataDirectory.of(dir), "hubei-2024")));
            Issue issue = result.issues().sorted().get(0);
            assertThat(issue.code()).isEqualTo("DOCUMENT_UNKNOWN_PLACEHOLDER");
            assertThat(issue.where().display()).startsWith(file + ":17:");
        }

        private Profile withFiles(Profile p, ProfileFiles files) {
            return new Profile(
                    p.id(),
                    p.name(),
                    p.fiscalYear(),
                    p.functions(),
                    p.economics(),
                    p.classLines(),
                    p.presentation(),
                    p.tables(),
                    p.ruleSets(),
                    p.tolerance(),
                    p.source(),
                    files,
                    p.narrative());
        }
    }

    @Test
    void validLayoutLoadsItsPartsInOrder() {
        Result<DocumentDefinition> result = parse(VALID);
        assertThat(result.issues().toString()).isEmpty();
        assertThat(result.value().orElseThrow().partKinds())
                .containsExactly(
                        Part.Kind.OVERVIEW,
                        Part.Kind.TABLES,
                        Part.Kind.NARRATIVE,
                        Part.Kind.KEY_WORK,
                        Part.Kind.GLOSSARY);
    }

    @Test
    void unknownFieldIsReportedAtItsKey() {
        String text = VALID.replace("    heading: \"{cn}、{title}\"", "    heading: \"{cn}、{title}\"\n    headline: 标题");
        assertThat(issues(text)).containsExactly("DOCUMENT_UNKNOWN_FIELD " + at(text, "headline") + " 未知字段“headline”");
        assertThat(parse(text).value()).isEmpty();
    }

    @Test
    void unknownPlaceholderIsReportedWhereItIsWritten() {
        String text = VALID.replace("title: \"{unit}{year}年度部门决算公开\"", "title: \"{unitName}{year}年度部门决算公开\"");
        List<String> issues = issues(text);
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0))
                .startsWith("DOCUMENT_UNKNOWN_PLACEHOLDER " + at(text, "\"{unitName}") + " 未知占位符“{unitName}”")
                .contains("{unit}", "{year}");
    }

    @Test
    void placeholderOfAnotherPlaceIsUnknownHere() {
        // {title} is the table's title, offered in the tables' heading only
        String text = VALID.replace("\"{year}年度部门决算公开\", ", "\"{title}\", ");
        assertThat(issues(text)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("DOCUMENT_UNKNOWN_PLACEHOLDER " + at(text, "\"{title}")));
    }

    @Test
    void placeholderInAPlainTextIsReported() {
        String text = VALID.replace("number: 第二部分", "number: 第{n}部分");
        assertThat(issues(text)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("DOCUMENT_UNKNOWN_PLACEHOLDER " + at(text, "第{n}部分"))
                .contains("此处可用：无"));
    }

    @Test
    void strayBraceIsReported() {
        String text = VALID.replace("paragraph: \"（{cn}）{text}\"", "paragraph: \"（{cn）{text}\"");
        assertThat(issues(text)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("DOCUMENT_TEMPLATE " + at(text, "\"（{cn）")));
    }

    @Test
    void unknownPartKindAndDuplicatePartAreReported() {
        String text = VALID.replace("kind: narrative", "kind: story") + """
                  - kind: tables
                    number: 第六部分
                    title: 表
                    heading: "{cn}、{title}"
                """;
        List<String> issues = issues(text);
        assertThat(issues)
                .containsExactly(
                        "DOCUMENT_UNKNOWN_PART " + at(text, "story")
                                + " 未知的部分“story”（可用：overview、tables、narrative、keyWork、glossary、attachments）",
                        "DOCUMENT_DUPLICATE_PART " + at(text, "kind: tables\n    number: 第六部分") + " 同一类部分只能出现一次（首次出现于 "
                                + at(text, "kind: tables") + "）");
    }

    @Test
    void columnsAndWidthsMustMatch() {
        String text = VALID.replace("widths: [1, 3, 6, 8]", "widths: [1, 3, 6]");
        assertThat(issues(text))
                .containsExactly("DOCUMENT_COLUMNS " + at(text, "[1, 3, 6]") + " widths 应与 columns 一样多（4 个），实有 3 个");
    }

    @Test
    void missingFieldIsReportedAtItsMapping() {
        String text = VALID.replace("    paragraph: \"（{cn}）{text}\"\n", "");
        assertThat(issues(text))
                .containsExactly("DOCUMENT_MISSING_FIELD " + at(text, "kind: keyWork") + " 缺少必填字段“paragraph”");
    }

    @Test
    void unknownIncomeInAGlossaryEntryIsReported() {
        String text = VALID.replace(
                "text: \"指{level}财政一般公共预算当年拨付的资金。\"}", "text: \"指{level}财政一般公共预算当年拨付的资金。\", contentsOf: sales}");
        assertThat(issues(text)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("DOCUMENT_VALUE " + at(text, "sales")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String text = VALID.replace("{unit}概况", "{who}概况")
                .replace("heading: \"{cn}、{title}\"", "heading: \"{cn}、{name}\"")
                .replace("number: 第三部分\n", "number: 第三部分\n    colour: red\n");
        assertThat(parse(text).issues().size()).isEqualTo(3);
    }
}
