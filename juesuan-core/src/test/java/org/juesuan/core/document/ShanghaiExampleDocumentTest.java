package org.juesuan.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.document.ExampleDocuments.everyText;
import static org.juesuan.core.document.ExampleDocuments.paragraphs;
import static org.juesuan.core.document.ExampleDocuments.part;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.issue.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's data under the Shanghai profile, compared with the official blank template
 * ({@code 上海市2024年度部门决算公开模板}): its 目录, its parts, and its eleven glossary entries without a 科目 list.
 * Expected texts are typed from the template, “上海市 XX 局” standing for the unit.
 */
class ShanghaiExampleDocumentTest {

    private static final String UNIT = "武汉市青山区人民政府国有资产监督管理局";

    private static Result<Document> result;
    private static Document document;

    @BeforeAll
    static void build() {
        result = ExampleDocuments.build(ExampleDocuments.dataset(), "shanghai-2024");
        document = result.value().orElseThrow();
    }

    @Test
    void coverFollowsTheTemplateWithoutDate() {
        assertThat(document.info().title()).isEqualTo(UNIT + "2024年度部门决算公开");
        assertThat(document.info().cover()).containsExactly(UNIT, "2024年度部门决算");
        assertThat(document.info().profileId()).isEqualTo("shanghai-2024");
        assertThat(ExampleDocuments.issues(result)).noneMatch(line -> line.startsWith("DOCUMENT_NO_DATE"));
    }

    @Test
    void tableOfContentsIsTheTemplates() {
        List<String> contents = new ArrayList<>();
        for (Document.ContentsEntry entry : document.contents()) {
            contents.add(entry.level() + " " + entry.text());
        }
        // the template's 二、部门决算单位构成 reads 机构设置 for a department of one unit, as the example is
        assertThat(contents)
                .containsExactly(
                        "0 第一部分 " + UNIT + "概况",
                        "1 一、主要职能",
                        "1 二、机构设置",
                        "0 第二部分 " + UNIT + "2024年度部门决算表",
                        "1 一、收入支出决算总表",
                        "1 二、收入决算表",
                        "1 三、支出决算表",
                        "1 四、财政拨款收入支出决算总表",
                        "1 五、一般公共预算财政拨款支出决算表",
                        "1 六、一般公共预算财政拨款基本支出决算表",
                        "1 七、财政拨款“三公”经费支出决算表",
                        "1 八、政府性基金预算财政拨款收入支出决算表",
                        "1 九、国有资本经营预算财政拨款收入支出决算表",
                        "0 第三部分 " + UNIT + "2024年度部门决算情况说明",
                        "1 一、收入支出决算总体情况说明",
                        "1 二、收入决算情况说明",
                        "0 第四部分 名词解释");
    }

    @Test
    void templateHasNoKeyWorkNorAttachments() {
        assertThat(document.parts().stream().map(Part::kind))
                .containsExactly(Part.Kind.OVERVIEW, Part.Kind.TABLES, Part.Kind.NARRATIVE, Part.Kind.GLOSSARY);
    }

    @Test
    void dutiesAreNumberedInChinese() {
        List<String> duties = paragraphs(part(document, Part.Kind.OVERVIEW));
        assertThat(duties).hasSize(15);
        assertThat(duties.get(0)).startsWith("（一）根据区政府授权");
        assertThat(duties.get(13)).isEqualTo("（十四）完成上级交办的其他任务。");
    }

    @Test
    void glossaryHasTheTemplatesElevenEntriesAndNoCodeList() {
        List<String> entries = paragraphs(part(document, Part.Kind.GLOSSARY));
        assertThat(entries).hasSize(11);
        assertThat(entries.get(0)).isEqualTo("一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。");
        // the unit has no 事业收入: the entry stays, without contents
        assertThat(entries.get(1)).isEqualTo("二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。");
        assertThat(entries.get(10)).isEqualTo("十一、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。");
        assertThat(paragraphs(part(document, Part.Kind.GLOSSARY), Paragraph.Style.PLAIN))
                .isEmpty();
        assertThat(String.join("\n", everyText(document)))
                .doesNotContain("本部门使用的支出功能分类科目")
                .doesNotContain("市级");
    }
}
