package org.juesuan.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.core.document.ExampleDocuments.everyText;
import static org.juesuan.core.document.ExampleDocuments.grids;
import static org.juesuan.core.document.ExampleDocuments.paragraphs;
import static org.juesuan.core.document.ExampleDocuments.part;
import static org.juesuan.core.document.ExampleDocuments.texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.narrative.NarrativeWriter;
import org.juesuan.core.table.TableSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's whole document under the Hubei profile, compared with the published document
 * ({@code examples/qingshan-guozi-2024/published.txt}). Expected texts are typed from that document without the
 * spaces its PDF extraction put around digits (“2024 年度” is “2024年度”); where the document is wrong (市级 for a
 * district's unit, 科目 the unit never used, outdated names) the expectation is the corrected text, and says so.
 */
class HubeiExampleDocumentTest {

    private static final String UNIT = "武汉市青山区人民政府国有资产监督管理局";

    private static Dataset dataset;
    private static Result<Document> result;
    private static Document document;

    @BeforeAll
    static void build() {
        dataset = ExampleDocuments.dataset();
        result = ExampleDocuments.build(dataset, "hubei-2024");
        document = result.value().orElseThrow();
    }

    @Test
    void coverAndMetadataFollowThePublishedCover() {
        DocumentInfo info = document.info();
        assertThat(info.title()).isEqualTo(UNIT + "2024年度部门决算公开");
        assertThat(info.cover()).containsExactly(UNIT, "2024年度部门决算公开", "2025年10月30日");
        assertThat(info.publishedOn()).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(info.language()).isEqualTo("zh-CN");
        assertThat(info.profileId()).isEqualTo("hubei-2024");
        assertThat(info.unitName()).isEqualTo(UNIT);
        assertThat(info.fiscalYear()).isEqualTo(2024);
        assertThat(info.draft()).isFalse();
    }

    @Test
    void draftFlagReachesTheDocument() {
        TableSet display = ExampleDocuments.display(dataset, "hubei-2024");
        Document draft = DocumentBuilder.of(display.profile())
                .build(display, ExampleDocuments.NARRATIVE, true)
                .value()
                .orElseThrow();
        assertThat(draft.info().draft()).isTrue();
    }

    @Test
    void tableOfContentsIsThePublishedOne() {
        List<String> contents = new ArrayList<>();
        for (Document.ContentsEntry entry : document.contents()) {
            contents.add(entry.level() + " " + entry.text());
        }
        // 目录 of the published document; 第三部分's sections are the narrative handed in
        assertThat(contents)
                .containsExactly(
                        "0 第一部分 " + UNIT + "概况",
                        "1 一、部门主要职责",
                        "1 二、机构设置情况",
                        "0 第二部分 " + UNIT + "2024年度部门决算表",
                        "1 一、收入支出决算总表",
                        "1 二、收入决算表",
                        "1 三、支出决算表",
                        "1 四、财政拨款收入支出决算总表",
                        "1 五、一般公共预算财政拨款支出决算表",
                        "1 六、一般公共预算财政拨款基本支出决算明细表",
                        "1 七、政府性基金预算财政拨款收入支出决算表",
                        "1 八、国有资本经营预算财政拨款支出决算表",
                        "1 九、财政拨款“三公”经费支出决算表",
                        "0 第三部分 " + UNIT + "2024年度部门决算情况说明",
                        "1 一、收入支出决算总体情况说明",
                        "1 二、收入决算情况说明",
                        "0 第四部分 2024年度重点工作完成情况",
                        "0 第五部分 名词解释",
                        "0 第六部分 附件");
    }

    @Test
    void generatedNarrativeFillsThePartAndItsSectionsReachTheContents() {
        TableSet display = ExampleDocuments.display(dataset, "hubei-2024");
        List<Block> narrative = NarrativeWriter.write(display.profile(), display);
        Document whole = DocumentBuilder.of(display.profile())
                .build(display, narrative, false)
                .value()
                .orElseThrow();
        assertThat(part(whole, Part.Kind.NARRATIVE).blocks()).isEqualTo(narrative);
        List<String> sections = new ArrayList<>();
        for (Block block : narrative) {
            if (block instanceof Heading && ((Heading) block).level() == 1) {
                sections.add(((Heading) block).text());
            }
        }
        assertThat(sections).isNotEmpty();
        List<String> contents =
                whole.contents().stream().map(Document.ContentsEntry::text).toList();
        int start = contents.indexOf("第三部分 " + UNIT + "2024年度部门决算情况说明");
        int end = contents.indexOf("第四部分 2024年度重点工作完成情况");
        assertThat(contents.subList(start + 1, end)).isEqualTo(sections);
    }

    @Test
    void partsComeInThePublishedOrder() {
        assertThat(document.parts().stream().map(Part::kind))
                .containsExactly(
                        Part.Kind.OVERVIEW,
                        Part.Kind.TABLES,
                        Part.Kind.NARRATIVE,
                        Part.Kind.KEY_WORK,
                        Part.Kind.GLOSSARY,
                        Part.Kind.ATTACHMENTS);
        assertThat(document.parts().stream().map(Part::number))
                .containsExactly("第一部分", "第二部分", "第三部分", "第四部分", "第五部分", "第六部分");
    }

    @Test
    void overviewNumbersTheFourteenDutiesAndStatesTheOrganisation() {
        Part overview = part(document, Part.Kind.OVERVIEW);
        List<String> paragraphs = paragraphs(overview);
        assertThat(paragraphs).hasSize(15);
        List<String> duties = paragraphs.subList(0, 14);
        for (int i = 0; i < 14; i++) {
            assertThat(duties.get(i)).startsWith((i + 1) + ". ");
        }
        assertThat(duties.get(0))
                .isEqualTo("1. 根据区政府授权，依照《中华人民共和国公司法》《中华人民共和国企业国有资产法》等法律法规履行出资人职责，" + "监管出资企业国有资产，加强国有资产的管理工作。");
        assertThat(duties.get(13)).isEqualTo("14. 完成上级交办的其他任务。");
        assertThat(overview.blocks().get(15)).isEqualTo(new Heading(1, "二、机构设置情况"));
        assertThat(paragraphs.get(14)).isEqualTo(UNIT + "部门决算为单位本级决算。");
    }

    @Test
    void tablesPartHoldsEachPrintedTableUnderItsHeading() {
        Part tables = part(document, Part.Kind.TABLES);
        assertThat(tables.blocks()).hasSize(18);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 18; i += 2) {
            assertThat(tables.blocks().get(i)).isInstanceOf(Heading.class);
            PrintedTable table = ((TableBlock) tables.blocks().get(i + 1)).table();
            ids.add(table.id());
            assertThat(((Heading) tables.blocks().get(i)).text())
                    .endsWith(table.title().substring("2024年度".length()));
        }
        assertThat(ids).containsExactly("T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09");
    }

    @Test
    void narrativePartIsTheNarrativeHandedIn() {
        assertThat(part(document, Part.Kind.NARRATIVE).blocks()).isEqualTo(ExampleDocuments.NARRATIVE);
    }

    @Test
    void keyWorkHasTheThreeParagraphsAndTheTableOfFourMatters() {
        Part keyWork = part(document, Part.Kind.KEY_WORK);
        List<String> paragraphs = paragraphs(keyWork);
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(0)).startsWith("（一）规范管控机制，国企改革系统集成。");
        assertThat(paragraphs.get(1)).startsWith("（二）强化监督保障，纵深推进清廉国企建设。");
        assertThat(paragraphs.get(2)).startsWith("（三）主动靠前对接，深化央地合作。");
        List<GridBlock> grids = grids(keyWork);
        assertThat(grids).hasSize(1);
        List<List<String>> rows = texts(grids.get(0));
        assertThat(grids.get(0).headerRows()).isEqualTo(1);
        assertThat(rows.get(0)).containsExactly("序号", "重要事项", "工作内容及目标", "完成情况");
        assertThat(rows).hasSize(5);
        assertThat(rows.subList(1, 5).stream().map(row -> row.get(0) + " " + row.get(1)))
                .containsExactly("1 服务企业", "2 国资监管", "3 国有资本经营收益上缴", "4 国企改革");
        assertThat(rows.get(2)).containsExactly("2", "国资监管", "加强政企信息沟通，全年编印《大企动态》10期", "全年编印《大企动态》10期。");
    }

    @Test
    void glossaryNamesTheDistrictLevelNeverTheCity() {
        Part glossary = part(document, Part.Kind.GLOSSARY);
        List<String> entries = paragraphs(glossary, Paragraph.Style.BODY);
        // the published document says 市级财政 and 市直部门: the unit is a district's
        assertThat(entries.get(0)).isEqualTo("（一）一般公共预算财政拨款收入：指区级财政一般公共预算当年拨付的资金。");
        assertThat(entries.get(1)).isEqualTo("（二）政府性基金预算财政拨款收入：指区级财政政府性基金预算当年拨付的资金。");
        assertThat(entries.get(2)).isEqualTo("（三）国有资本经营预算财政拨款收入：指区级财政国有资本经营预算当年拨付的资金。");
        assertThat(entries).anySatisfy(entry -> assertThat(entry)
                .startsWith("（十九）“三公”经费：纳入区级财政一般公共预算管理的“三公”经费，是指区直部门用一般公共预算财政拨款安排的"));
        assertThat(String.join("\n", everyText(document))).doesNotContain("市级").doesNotContain("市直");
    }

    @Test
    void glossaryListsExactlyTheFourCodesTheUnitUsedWithCurrentNames() {
        Part glossary = part(document, Part.Kind.GLOSSARY);
        assertThat(paragraphs(glossary, Paragraph.Style.BODY)).contains("（十一）本部门使用的支出功能分类科目（到项级）");
        // the published list has nine items, five of codes the unit never used, under outdated names
        // (医疗卫生与计划生育支出, 医疗保障); these are the unit's four 项 with the 2024 names
        assertThat(paragraphs(glossary, Paragraph.Style.PLAIN))
                .containsExactly(
                        "1. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。",
                        "2. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）：" + "反映行政单位（包括实行公务员管理的事业单位）未单独设置项级科目的其他项目支出。",
                        "3. 卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：反映财政部门集中安排的行政单位基本医疗保险缴费经费。",
                        "4. 卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）：反映财政部门集中安排的公务员医疗补助经费。");
        assertThat(String.join("\n", everyText(document))).doesNotContain("医疗卫生与计划生育支出");
    }

    @Test
    void glossaryListsTheCodesOfTheDatasetsLinesInCodeOrderUnderTheCatalogsNames() {
        // the codes come from the dataset, the names from the profile's 2024 catalog: neither from the output
        List<ClassCode> used = new ArrayList<>();
        for (FunctionLine line : dataset.lines()) {
            if (!line.income().isEmpty() || !line.spending().isEmpty() || line.annualBudget() != null) {
                used.add(line.code());
            }
        }
        assertThat(used.stream().map(ClassCode::digits)).containsExactly("2010301", "2010302", "2101101", "2101103");
        Catalog functions = ExampleDocuments.PROFILES.require("hubei-2024").functions();
        List<String> listed = paragraphs(part(document, Part.Kind.GLOSSARY), Paragraph.Style.PLAIN);
        assertThat(listed).hasSameSizeAs(used);
        for (int i = 0; i < used.size(); i++) {
            ClassCode code = used.get(i);
            assertThat(listed.get(i))
                    .startsWith((i + 1) + ". "
                            + functions.name(code.prefix(3)).orElseThrow() + "（类）"
                            + functions.name(code.prefix(5)).orElseThrow() + "（款）"
                            + functions.name(code).orElseThrow() + "（项）：");
        }
    }

    @Test
    void glossaryKeepsTheExamplesEntriesInItsOrder() {
        List<String> terms = new ArrayList<>();
        for (String entry : paragraphs(part(document, Part.Kind.GLOSSARY), Paragraph.Style.BODY)) {
            String term = entry.substring(entry.indexOf('）') + 1);
            terms.add(term.contains("：") ? term.substring(0, term.indexOf('：')) : term);
        }
        // the published 名词解释 (一)–(十七), in order, plus the three terms of tables 01–03 it leaves out
        // (附属单位上缴收入, 上缴上级支出, 对附属单位补助支出)
        assertThat(terms)
                .containsExactly(
                        "一般公共预算财政拨款收入",
                        "政府性基金预算财政拨款收入",
                        "国有资本经营预算财政拨款收入",
                        "上级补助收入",
                        "事业收入",
                        "经营收入",
                        "附属单位上缴收入",
                        "其他收入",
                        "使用非财政拨款结余",
                        "年初结转和结余",
                        "本部门使用的支出功能分类科目（到项级）",
                        "结余分配",
                        "年末结转和结余",
                        "基本支出",
                        "项目支出",
                        "上缴上级支出",
                        "经营支出",
                        "对附属单位补助支出",
                        "“三公”经费",
                        "机关运行经费");
    }

    @Test
    void overallFormShowsTheDatasetsEvaluation() {
        Part attachments = part(document, Part.Kind.ATTACHMENTS);
        GridBlock form = grids(attachments).get(0);
        assertThat(form.id()).isEqualTo("evaluation.overall");
        Evaluation overall = dataset.overall().orElseThrow();
        assertFormShows(form, overall);
        List<List<String>> rows = texts(form);
        assertThat(rows.get(0)).containsExactly("部门名称", "青山区人民政府国有资产监督管理局");
        assertThat(rows.get(1)).containsExactly("基本支出总额", "207.87万元", "项目支出总额", "35.68万元");
        // the goal rows as printed: 年度目标1：（40分） | 大企业协调服务经费
        assertThat(rows).contains(List.of("年度目标1（40分）", "大企业协调服务经费"));
        assertThat(rows).contains(List.of("总分", "100"));
        assertThat(rows).contains(List.of("偏差大或目标未完成原因分析", "全部完成"));
    }

    @Test
    void projectFormsShowTheDatasetsEvaluationsWithTheCategoryTicked() {
        Part attachments = part(document, Part.Kind.ATTACHMENTS);
        List<GridBlock> forms = grids(attachments);
        assertThat(forms.stream().map(GridBlock::id))
                .containsExactly("evaluation.overall", "evaluation.project.1", "evaluation.project.2");
        for (int i = 0; i < 2; i++) {
            assertFormShows(forms.get(i + 1), dataset.projectEvaluations().get(i));
        }
        List<List<String>> rows = texts(forms.get(1));
        assertThat(rows.get(0)).containsExactly("项目名称", "大企业协调服务工作经费");
        assertThat(rows.get(1)).containsExactly("主管部门", "青山区人民政府国有资产监督管理局", "项目实施单位", "青山区人民政府国有资产监督管理局");
        // 区级专项, as printed for this district's unit: the option follows the unit's level
        assertThat(rows.get(2)).containsExactly("项目类别", "1、部门预算项目■\u30002、区级专项□\u30003、上级转移支付项目□");
        assertThat(rows.get(4)).containsExactly("项目类型", "1、常年性项目■\u30002、延续性项目□\u30003、一次性项目□");
    }

    @Test
    void attachmentsHaveTheTwoHeadingsTitlesAndNotes() {
        Part attachments = part(document, Part.Kind.ATTACHMENTS);
        List<String> headings = new ArrayList<>();
        for (Block block : attachments.blocks()) {
            if (block instanceof Heading) {
                headings.add(((Heading) block).text());
            }
        }
        assertThat(headings).containsExactly("一、2024年度" + UNIT + "整体绩效自评表", "二、2024年度" + UNIT + "项目绩效自评表");
        assertThat(paragraphs(attachments, Paragraph.Style.CENTERED))
                .containsExactly("2024年度" + UNIT + "整体绩效自评表", "2024年度" + UNIT + "项目自评表", "2024年度" + UNIT + "项目自评表");
        assertThat(paragraphs(attachments, Paragraph.Style.PLAIN)).containsOnly("部门名称：青山区人民政府国有资产监督管理局");
        List<String> notes = paragraphs(attachments, Paragraph.Style.NOTE);
        assertThat(notes).hasSize(15);
        assertThat(notes.subList(0, 5)).startsWith("备注：", "1. 预算执行情况口径：预算数为调整后财政资金总额（包括上年结余结转），执行数为资金使用单位财政资金实际支出数。");
        assertThat(notes.get(4)).isEqualTo("4. 基于经济性和必要性等因素考虑，满意度指标暂可不作为必评指标。");
    }

    @Test
    void reviewerLearnsOfTheMissingUnitsAndTheUnverifiedDescriptions() {
        List<String> codes = new ArrayList<>();
        for (Issue issue : result.issues()) {
            codes.add(issue.severity() + " " + issue.code());
            assertThat(issue.severity()).isNotEqualTo(Severity.ERROR);
        }
        assertThat(codes)
                .containsExactlyInAnyOrder(
                        "WARNING DOCUMENT_NO_SUBORDINATES",
                        "INFO DOCUMENT_UNVERIFIED_DESCRIPTION",
                        "INFO DOCUMENT_UNVERIFIED_DESCRIPTION");
        assertThat(ExampleDocuments.issues(result))
                .anySatisfy(line -> assertThat(line).contains("2101101"))
                .anySatisfy(line -> assertThat(line).contains("2101103"));
    }

    /**
     * The amounts of a form are the evaluation's 预算数 and 执行数; every indicator is a row as the dataset has it, with
     * the score the rules give (for the seed, where a score can be computed, it is the one printed).
     */
    private static void assertFormShows(GridBlock form, Evaluation evaluation) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (List<GridCell> row : form.grid()) {
            for (GridCell cell : row) {
                if (cell.kind() == GridCell.Kind.AMOUNT) {
                    amounts.add(cell.printedAmount().orElseThrow().value());
                }
            }
        }
        assertThat(amounts)
                .containsExactly(
                        evaluation.planned().amount().value(),
                        evaluation.executed().amount().value());
        List<List<String>> rows = texts(form);
        // every form of the seed spends its whole budget: 执行率 100%, 得分 20 × 100% = 20 (printed “20” or “20分”)
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSequence("100%", "20"));
        for (Evaluation.Goal goal : evaluation.goals()) {
            for (Evaluation.Indicator indicator : goal.indicators()) {
                String score = indicator.score() == null
                        ? ""
                        : indicator.score().stripTrailingZeros().toPlainString();
                assertThat(rows).anySatisfy(row -> assertThat(row)
                        .endsWith(indicator.level2(), indicator.name(), indicator.target(), indicator.actual(), score));
            }
        }
    }
}
