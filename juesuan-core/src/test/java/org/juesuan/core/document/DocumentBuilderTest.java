package org.juesuan.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juesuan.core.document.ExampleDocuments.grids;
import static org.juesuan.core.document.ExampleDocuments.paragraphs;
import static org.juesuan.core.document.ExampleDocuments.part;
import static org.juesuan.core.document.ExampleDocuments.texts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.TableSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Documents built from variations of the example: what changes with the unit's data, and what the reviewer is told. */
class DocumentBuilderTest {

    private static final Dataset EXAMPLE = ExampleDocuments.dataset();

    private static final List<String> UNITS = List.of("武汉市青山区人民政府国有资产监督管理局（本级）", "武汉市青山区国有企业服务中心", "武汉市青山区国有资产评估中心");

    private static Dataset consolidated() {
        UnitInfo unit = EXAMPLE.unit();
        return ExampleDocuments.withUnit(
                EXAMPLE,
                new UnitInfo(
                        unit.name(),
                        unit.shortName(),
                        unit.region(),
                        unit.level(),
                        unit.unitKind(),
                        Scope.CONSOLIDATED,
                        unit.fiscalYear(),
                        unit.publishedOn(),
                        unit.duties(),
                        "",
                        UNITS));
    }

    /** Returns the example with one more 项 line, spending (and income) of the given source. */
    private static Dataset withLine(String code, String name, IncomeSource source, Fund fund, SpendingKind kind) {
        SourceRef where = SourceRef.text("extra.yaml", 7, 3);
        Figure figure = new Figure(Amount.parse("1.25", AmountUnit.WAN_YUAN), where);
        FunctionLine line = new FunctionLine(
                ClassCode.of(code),
                name,
                Map.of(source, figure),
                Map.of(new FunctionLine.SpendingKey(fund, kind), figure),
                Map.of(),
                Map.of(),
                null,
                null,
                null,
                where);
        List<FunctionLine> lines = new ArrayList<>(EXAMPLE.lines());
        lines.add(line);
        return EXAMPLE.withFigures(lines, EXAMPLE.basicByEconomic(), EXAMPLE.facts());
    }

    private static List<String> functionList(Document document) {
        return paragraphs(part(document, Part.Kind.GLOSSARY), Paragraph.Style.PLAIN);
    }

    private static List<Issue> issues(Result<?> result, String code) {
        List<Issue> found = new ArrayList<>();
        for (Issue issue : result.issues()) {
            if (issue.code().equals(code)) {
                found.add(issue);
            }
        }
        return found;
    }

    @Nested
    class Organisation {

        @Test
        void consolidatedUnitListsItsUnitsUnderHubeisHeading() {
            Result<Document> result = ExampleDocuments.build(consolidated(), "hubei-2024");
            Part overview = part(result.value().orElseThrow(), Part.Kind.OVERVIEW);
            assertThat(overview.blocks()).contains(new Heading(1, "二、机构设置情况"));
            List<String> paragraphs = paragraphs(overview);
            assertThat(paragraphs.subList(14, paragraphs.size()))
                    .containsExactly(
                            "从决算单位构成看，纳入武汉市青山区人民政府国有资产监督管理局2024年度部门决算编制范围的单位共3个，包括：",
                            "1. 武汉市青山区人民政府国有资产监督管理局（本级）",
                            "2. 武汉市青山区国有企业服务中心",
                            "3. 武汉市青山区国有资产评估中心");
            assertThat(issues(result, "DOCUMENT_NO_SUBORDINATES")).isEmpty();
        }

        @Test
        void consolidatedUnitListsItsUnitsInShanghaisTable() {
            Document document = ExampleDocuments.build(consolidated(), "shanghai-2024")
                    .value()
                    .orElseThrow();
            Part overview = part(document, Part.Kind.OVERVIEW);
            assertThat(overview.blocks()).contains(new Heading(1, "二、部门决算单位构成"));
            assertThat(paragraphs(overview))
                    .contains("从预算单位构成看，武汉市青山区人民政府国有资产监督管理局部门决算包括：武汉市青山区人民政府国有资产监督管理局本级决算、下属行政事业单位决算。"
                            + "纳入武汉市青山区人民政府国有资产监督管理局2024年度部门决算编制范围的单位包括：");
            List<GridBlock> grids = grids(overview);
            assertThat(grids).hasSize(1);
            assertThat(texts(grids.get(0)))
                    .containsExactly(
                            List.of("序号", "单位名称", "备注"),
                            List.of("1", UNITS.get(0), ""),
                            List.of("2", UNITS.get(1), ""),
                            List.of("3", UNITS.get(2), ""));
            assertThat(document.contents().stream().map(Document.ContentsEntry::text))
                    .contains("二、部门决算单位构成")
                    .doesNotContain("二、机构设置");
        }

        @Test
        void consolidatedScopeWithoutUnitsIsReported() {
            // the example: the tables say 汇总, the organisation says 单位本级决算, and no unit is listed
            Result<Document> result = ExampleDocuments.build(EXAMPLE, "hubei-2024");
            assertThat(issues(result, "DOCUMENT_NO_SUBORDINATES")).hasSize(1);
        }

        @Test
        void missingDutiesAndOrganisationAreReported() {
            UnitInfo unit = EXAMPLE.unit();
            Dataset bare = ExampleDocuments.withUnit(
                    EXAMPLE,
                    new UnitInfo(
                            unit.name(),
                            unit.shortName(),
                            unit.region(),
                            unit.level(),
                            unit.unitKind(),
                            Scope.OWN,
                            unit.fiscalYear(),
                            null,
                            List.of(),
                            "",
                            List.of()));
            Result<Document> result = ExampleDocuments.build(bare, "hubei-2024");
            assertThat(issues(result, "DOCUMENT_NO_DUTIES")).hasSize(1);
            assertThat(issues(result, "DOCUMENT_NO_ORGANIZATION")).hasSize(1);
            // and without a publication date the cover has no date line
            assertThat(issues(result, "DOCUMENT_NO_DATE")).hasSize(1);
            assertThat(result.value().orElseThrow().info().cover())
                    .containsExactly("武汉市青山区人民政府国有资产监督管理局", "2024年度部门决算公开");
        }
    }

    @Nested
    class Level {

        /** Returns the example as if the unit were a city's department. */
        private Dataset cityUnit() {
            UnitInfo unit = EXAMPLE.unit();
            return ExampleDocuments.withUnit(
                    EXAMPLE,
                    new UnitInfo(
                            unit.name(),
                            unit.shortName(),
                            unit.region(),
                            GovernmentLevel.CITY,
                            unit.unitKind(),
                            unit.scope(),
                            unit.fiscalYear(),
                            unit.publishedOn(),
                            unit.duties(),
                            unit.organization(),
                            unit.subordinates()));
        }

        @Test
        void glossaryAndFormsNameTheLevelTheDatasetGives() {
            Document city =
                    ExampleDocuments.build(cityUnit(), "hubei-2024").value().orElseThrow();
            List<String> entries = paragraphs(part(city, Part.Kind.GLOSSARY), Paragraph.Style.BODY);
            assertThat(entries.get(0)).isEqualTo("（一）一般公共预算财政拨款收入：指市级财政一般公共预算当年拨付的资金。");
            assertThat(entries).anySatisfy(entry -> assertThat(entry).contains("是指市直部门用一般公共预算财政拨款安排的"));
            GridBlock form = grids(part(city, Part.Kind.ATTACHMENTS)).get(1);
            assertThat(texts(form).get(2)).containsExactly("项目类别", "1、部门预算项目■\u30002、市级专项□\u30003、上级转移支付项目□");
            // the unit's own texts (duties, key work) may speak of 区级 things; the generated wording may not
            assertThat(String.join("\n", entries)).doesNotContain("区级").doesNotContain("区直");
        }
    }

    @Nested
    class FunctionCodes {

        @Test
        void codeWithoutDescriptionIsListedByItsNamesAndReported() {
            Dataset dataset =
                    withLine("2010308", "信访事务", IncomeSource.GENERAL_BUDGET, Fund.GENERAL_BUDGET, SpendingKind.PROJECT);
            Result<Document> result = ExampleDocuments.build(dataset, "hubei-2024");
            assertThat(functionList(result.value().orElseThrow()))
                    .hasSize(5)
                    .contains("3. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）");
            List<Issue> warnings = issues(result, "DOCUMENT_NO_DESCRIPTION");
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).message()).contains("2010308").contains("信访事务");
            assertThat(warnings.get(0).where().display()).isEqualTo("extra.yaml:7:3");
        }

        @Test
        void otherItemOfAClauseIsDescribedByTheOfficialPattern() {
            Dataset dataset = withLine(
                    "2010399",
                    "其他政府办公厅（室）及相关机构事务支出",
                    IncomeSource.GENERAL_BUDGET,
                    Fund.GENERAL_BUDGET,
                    SpendingKind.PROJECT);
            Result<Document> result = ExampleDocuments.build(dataset, "hubei-2024");
            assertThat(functionList(result.value().orElseThrow()))
                    .contains("3. 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）："
                            + "反映除上述项目以外其他用于政府办公厅（室）及相关机构事务方面的支出。");
            assertThat(issues(result, "DOCUMENT_NO_DESCRIPTION")).isEmpty();
        }

        @Test
        void codeWithOnlyAnAnnualBudgetCountsAsUsed() {
            SourceRef where = SourceRef.text("extra.yaml", 9, 3);
            FunctionLine budgetOnly = new FunctionLine(
                    ClassCode.of("2013802"),
                    "一般行政管理事务",
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    new Figure(Amount.parse("3.00", AmountUnit.WAN_YUAN), where),
                    null,
                    null,
                    where);
            List<FunctionLine> lines = new ArrayList<>(EXAMPLE.lines());
            lines.add(budgetOnly);
            Dataset dataset = EXAMPLE.withFigures(lines, EXAMPLE.basicByEconomic(), EXAMPLE.facts());
            assertThat(functionList(ExampleDocuments.build(dataset, "hubei-2024")
                            .value()
                            .orElseThrow()))
                    .hasSize(5)
                    .anySatisfy(entry -> assertThat(entry).contains("市场监督管理事务（款）一般行政管理事务（项）"));
        }

        @Test
        void shanghaiAsksForTheContentsOfIncomeTheUnitHas() {
            Dataset dataset = withLine("2010350", "事业运行", IncomeSource.BUSINESS, Fund.NON_FISCAL, SpendingKind.BASIC);
            Result<Document> result = ExampleDocuments.build(dataset, "shanghai-2024");
            List<Issue> warnings = issues(result, "DOCUMENT_GLOSSARY_CONTENTS");
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).message()).contains("事业收入");
            // Hubei keeps every entry without contents, and asks for nothing
            assertThat(issues(ExampleDocuments.build(dataset, "hubei-2024"), "DOCUMENT_GLOSSARY_CONTENTS"))
                    .isEmpty();
        }
    }

    @Nested
    class Forms {

        private Dataset withProjectCategory(String category) {
            Evaluation project = EXAMPLE.projectEvaluations().get(0);
            Map<String, String> attributes = new LinkedHashMap<>(project.attributes());
            attributes.put("项目类别", category);
            Evaluation changed = new Evaluation(
                    project.name(),
                    attributes,
                    project.planned(),
                    project.executed(),
                    project.goals(),
                    project.deviation(),
                    project.improvement(),
                    project.summary(),
                    Map.of(),
                    project.source());
            return new Dataset(
                    EXAMPLE.source(),
                    EXAMPLE.unit(),
                    EXAMPLE.profileId(),
                    EXAMPLE.amountUnit(),
                    EXAMPLE.lines(),
                    EXAMPLE.basicByEconomic(),
                    EXAMPLE.facts(),
                    EXAMPLE.overallEvaluation(),
                    List.of(changed),
                    EXAMPLE.keyWork(),
                    EXAMPLE.published());
        }

        @Test
        void categoryOutsideTheOptionsIsReportedAndLeftUnticked() {
            Result<Document> result = ExampleDocuments.build(withProjectCategory("其他项目"), "hubei-2024");
            List<Issue> warnings = issues(result, "DOCUMENT_FORM_OPTION");
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).message()).contains("其他项目").contains("部门预算项目、区级专项、上级转移支付项目");
            GridBlock form = grids(part(result.value().orElseThrow(), Part.Kind.ATTACHMENTS))
                    .get(1);
            assertThat(texts(form).get(2)).containsExactly("项目类别", "1、部门预算项目□\u30002、区级专项□\u30003、上级转移支付项目□");
        }

        @Test
        void categoryOfTheUnitsOwnLevelIsTicked() {
            Document document = ExampleDocuments.build(withProjectCategory("区级专项"), "hubei-2024")
                    .value()
                    .orElseThrow();
            GridBlock form = grids(part(document, Part.Kind.ATTACHMENTS)).get(1);
            assertThat(texts(form).get(2)).containsExactly("项目类别", "1、部门预算项目□\u30002、区级专项■\u30003、上级转移支付项目□");
        }

        @Test
        void aFormWithoutPrintedRateAndScoresGetsThemFromTheScoringRules() {
            Result<Document> result = ExampleDocuments.build(withProjectCategory("部门预算项目"), "hubei-2024");
            // nothing printed, nothing missing: 6.24 ÷ 6.24 = 100%, 20 × 100% = 20, total 20 + 4 × 20 = 100
            assertThat(issues(result, "DOCUMENT_FORM_INCOMPLETE")).isEmpty();
            GridBlock form = grids(part(result.value().orElseThrow(), Part.Kind.ATTACHMENTS))
                    .get(1);
            assertThat(texts(form)).contains(List.of("年度财政资金总额", "6.24", "6.24", "100%", "20"));
            assertThat(texts(form)).contains(List.of("总分", "100"));
        }

        @Test
        void datasetWithoutEvaluationsOrKeyWorkLeavesThosePartsEmptyAndSaysSo() {
            Dataset bare = new Dataset(
                    EXAMPLE.source(),
                    EXAMPLE.unit(),
                    EXAMPLE.profileId(),
                    EXAMPLE.amountUnit(),
                    EXAMPLE.lines(),
                    EXAMPLE.basicByEconomic(),
                    EXAMPLE.facts(),
                    null,
                    List.of(),
                    KeyWork.NONE,
                    EXAMPLE.published());
            Result<Document> result = ExampleDocuments.build(bare, "hubei-2024");
            Document document = result.value().orElseThrow();
            assertThat(part(document, Part.Kind.ATTACHMENTS).blocks()).isEmpty();
            assertThat(part(document, Part.Kind.KEY_WORK).blocks()).isEmpty();
            assertThat(issues(result, "DOCUMENT_NO_EVALUATION")).hasSize(1);
            assertThat(issues(result, "DOCUMENT_NO_KEY_WORK")).hasSize(1);
        }
    }

    @Test
    void tablesOfAnotherProfileAreRefused() {
        TableSet shanghai = ExampleDocuments.display(EXAMPLE, "shanghai-2024");
        DocumentBuilder hubei = DocumentBuilder.of(ExampleDocuments.PROFILES.require("hubei-2024"));
        assertThatThrownBy(() -> hubei.build(shanghai, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shanghai-2024");
    }

    @Test
    void emptyNarrativeIsReported() {
        TableSet display = ExampleDocuments.display(EXAMPLE, "hubei-2024");
        Result<Document> result = DocumentBuilder.of(display.profile()).build(display, List.of(), false);
        assertThat(issues(result, "DOCUMENT_NO_NARRATIVE")).hasSize(1);
    }

    @Test
    void sameInputBuildsAnEqualDocument() {
        assertThat(ExampleDocuments.build(EXAMPLE, "hubei-2024").value())
                .isEqualTo(ExampleDocuments.build(EXAMPLE, "hubei-2024").value());
    }
}
