package org.juesuan.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    static final Catalogs CATALOGS = Catalogs.bundled();

    static final String HEAD = """
            format: juesuan-dataset/1
            profile: hubei-2024
            amountUnit: 元
            unit: {name: 测试局, region: 湖北省武汉市青山区, level: 区, scope: 本级, fiscalYear: 2024}
            """;

    static Result<Dataset> read(String yaml) {
        return read(yaml, TreeReader.Format.YAML);
    }

    static Result<Dataset> read(String text, TreeReader.Format format) {
        Result<Node> tree = TreeReader.read(text, "d.yaml", format);
        if (tree.value().isEmpty()) {
            return Result.failed(tree.issues());
        }
        return new DatasetReader(CATALOGS).read(tree.value().get(), SourceRef.file("d.yaml"), Issues.create());
    }

    static List<String> errors(Result<Dataset> result) {
        return result.issues().sorted().stream().map(Issue::toString).toList();
    }

    @Nested
    class Reads {
        @Test
        void readsLinesEconomicItemsAndUnitFactsWithTheirPositions() {
            Result<Dataset> result = read(HEAD + """
                    lines:
                      - code: 2010301
                        name: 行政运行
                        spending: {generalBudget: {basic: 100.50}}
                    basicByEconomic: {30101: 100.50}
                    threePublic: {actual: {reception: 0.30}, counts: {receptionBatches: 2}}
                    reasons: {total: 人员减少}
                    """);
            assertThat(result.issues().isEmpty()).isTrue();
            Dataset dataset = result.value().orElseThrow();
            FunctionLine line = dataset.lines().get(0);
            assertThat(line.spending(Fund.GENERAL_BUDGET, SpendingKind.BASIC).orElseThrow())
                    .isEqualTo(new Figure(Amount.parse("100.50"), SourceRef.text("d.yaml", 8, 39)));
            assertThat(dataset.basicByEconomic().get(ClassCode.of("30101")).amount())
                    .isEqualTo(Amount.parse("100.5"));
            assertThat(dataset.facts()
                            .amount(UnitFact.THREE_PUBLIC_ACTUAL_RECEPTION)
                            .orElseThrow()
                            .amount())
                    .isEqualTo(Amount.parse("0.30"));
            assertThat(dataset.facts()
                            .count(UnitFact.THREE_PUBLIC_RECEPTION_BATCHES)
                            .orElseThrow()
                            .value())
                    .isEqualTo(2);
            assertThat(dataset.facts().text(UnitFact.REASON_TOTAL).orElseThrow().value())
                    .isEqualTo("人员减少");
        }

        @Test
        void convertsTenThousandYuanExactly() {
            Result<Dataset> result = read(HEAD.replace("amountUnit: 元", "amountUnit: 万元") + """
                    lines:
                      - {code: 2010301, spending: {generalBudget: {basic: 265.18}}}
                    """);
            assertThat(result.value().orElseThrow().lines().get(0).totalSpending())
                    .isEqualTo(Amount.parse("2651800.00"));
        }

        @Test
        void readsTheSameDatasetFromJson() {
            String json = """
                    {"format": "juesuan-dataset/1", "profile": "hubei-2024", "amountUnit": "元",
                     "unit": {"name": "测试局", "region": "湖北省武汉市青山区", "level": "区", "scope": "本级",
                              "fiscalYear": 2024},
                     "lines": [{"code": "2010301", "spending": {"generalBudget": {"basic": 100.50}}}]}
                    """;
            Dataset fromJson = read(json, TreeReader.Format.JSON).value().orElseThrow();
            Dataset fromYaml = read(HEAD + "lines: [{code: 2010301, spending: {generalBudget: {basic: 100.50}}}]\n")
                    .value()
                    .orElseThrow();
            assertThat(DatasetWriter.write(fromJson, TreeReader.Format.YAML))
                    .isEqualTo(DatasetWriter.write(fromYaml, TreeReader.Format.YAML));
        }
    }

    @Nested
    class Rejects {
        @Test
        void malformedYamlAtItsPosition() {
            Result<Dataset> result = read(HEAD + "lines: [ {code: 2010301\n");
            assertThat(result.value()).isEmpty();
            assertThat(errors(result))
                    .singleElement()
                    .asString()
                    .isEqualTo("错误 INPUT_SYNTAX d.yaml:6:1: YAML 语法错误：expected ',' or '}', but got <stream end>");
        }

        @Test
        void anUnknownCodeForTheYear() {
            Result<Dataset> result =
                    read(HEAD + "lines:\n  - {code: 2019998, spending: {generalBudget: {basic: 1}}}\n");
            assertThat(errors(result))
                    .containsExactly("错误 DATASET_UNKNOWN_CODE d.yaml:6:12: 2024 年支出功能分类科目中没有 2019998");
        }

        @Test
        void aCodeWhoseClauseIsUnknownTooSaysSo() {
            Result<Dataset> result =
                    read(HEAD + "lines:\n  - {code: 2019898, spending: {generalBudget: {basic: 1}}}\n");
            assertThat(errors(result)).singleElement().asString().contains("其上级科目 20198 也不存在");
        }

        @Test
        void textInAnAmount() {
            Result<Dataset> result =
                    read(HEAD + "lines:\n  - {code: 2010301, spending: {generalBudget: {basic: 一百}}}\n");
            assertThat(errors(result)).containsExactly("错误 DATASET_NOT_AN_AMOUNT d.yaml:6:55: “一百”不是金额");
        }

        @Test
        void aThirdDecimalInYuan() {
            Result<Dataset> result =
                    read(HEAD + "lines:\n  - {code: 2010301, spending: {generalBudget: {basic: 1.005}}}\n");
            assertThat(errors(result))
                    .singleElement()
                    .asString()
                    .startsWith("错误 DATASET_NOT_AN_AMOUNT d.yaml:6:55:")
                    .contains("小数位超过2位");
        }

        @Test
        void aDuplicateLineCitingTheFirst() {
            Result<Dataset> result = read(HEAD + """
                    lines:
                      - {code: 2010301, spending: {generalBudget: {basic: 1}}}
                      - {code: 2010301, spending: {generalBudget: {project: 1}}}
                    """);
            assertThat(errors(result))
                    .containsExactly("错误 DATASET_DUPLICATE_LINE d.yaml:7:5: 功能分类科目 2010301 重复"
                            + "（首次出现于 d.yaml:6:5），同一科目的数据应写在一行内");
        }

        @Test
        void dataOnAClauseInsteadOfAnItem() {
            Result<Dataset> result = read(HEAD + "lines:\n  - {code: 20103, spending: {generalBudget: {basic: 1}}}\n");
            assertThat(errors(result))
                    .singleElement()
                    .asString()
                    .isEqualTo("错误 DATASET_CODE_LEVEL d.yaml:6:12: 数据应填在项级科目（7 位编码）上，20103 是款级科目；类、款合计由项级数据汇总得出");
        }

        @Test
        void aNameThatIsNotTheCatalogs() {
            Result<Dataset> result = read(HEAD + "lines:\n  - {code: 2010301, name: 一般行政管理事务}\n");
            assertThat(errors(result))
                    .containsExactly("错误 DATASET_WRONG_NAME d.yaml:6:27: 支出功能分类科目 2010301 的名称应为“行政运行”，实为“一般行政管理事务”");
        }

        @Test
        void acceptsANameWrittenWithHalfWidthBrackets() {
            Result<Dataset> result = read(HEAD.replace("{name: 测试局", "{name: 测试局") + """
                    lines:
                      - {code: 2010301, name: 行政运行}
                    basicByEconomic: {30213: 1}
                    """);
            assertThat(result.issues().isEmpty()).isTrue();
        }

        @Test
        void fiscalMoneySpentAsRemittance() {
            Result<Dataset> result =
                    read(HEAD + "lines:\n  - {code: 2010301, spending: {generalBudget: {remittance: 1}}}\n");
            assertThat(errors(result)).singleElement().asString().contains("一般公共预算财政拨款只能用于基本支出或项目支出");
        }

        @Test
        void aMisspeltField() {
            Result<Dataset> result = read(HEAD + "lines:\n  - {code: 2010301, spendng: {generalBudget: {basic: 1}}}\n");
            assertThat(errors(result)).containsExactly("错误 DATASET_UNKNOWN_FIELD d.yaml:6:21: 未知字段“spendng”");
        }

        @Test
        void anEconomicCodeAtTheWrongLevel() {
            Result<Dataset> result = read(HEAD + "basicByEconomic: {301: 1, 3010: 2}\n");
            assertThat(errors(result)).hasSize(2).allMatch(e -> e.contains("经济分类应填在款级科目（5 位编码）上"));
        }

        @Test
        void everyProblemAtOnce() {
            Result<Dataset> result = read(HEAD + """
                    lines:
                      - {code: 2019998}
                      - {code: 2010301, spending: {generalBudget: {basic: x}}}
                    threePublic: {counts: {abroadGroups: -1}}
                    """);
            assertThat(result.value()).isEmpty();
            assertThat(errors(result)).hasSize(3);
        }

        @Test
        void aYearWithoutCatalogs() {
            Result<Dataset> result = read(HEAD.replace("fiscalYear: 2024", "fiscalYear: 2019"));
            assertThat(errors(result)).singleElement().asString().contains("没有 2019 年度的科目表");
        }
    }
}
