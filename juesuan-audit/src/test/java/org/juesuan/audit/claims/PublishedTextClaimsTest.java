package org.juesuan.audit.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * The bundled example's published text (the real document the example dataset was transcribed from), read line by
 * line: the claims extracted equal, key by key and value by value, the hand transcription in {@code dataset.yaml}
 * ({@code published.narrative}), each at its number in the file.
 */
class PublishedTextClaimsTest {

    private static final Path PUBLISHED = Paragraphs.EXAMPLE.resolve("published.txt");
    private static final List<String> LINES = Paragraphs.text(PUBLISHED);
    private static final NarrativeClaims CLAIMS =
            Paragraphs.extractor("hubei-2024").extract(Paragraphs.lines(PUBLISHED, "published.txt"));

    private static Map<NarrativeClaim, Published.Claim> transcribed() {
        Result<Dataset> dataset =
                new DatasetReader(Paragraphs.CATALOGS).read(Paragraphs.EXAMPLE.resolve("dataset.yaml"), "dataset.yaml");
        assertThat(dataset.issues().sorted()).isEmpty();
        return dataset.value().orElseThrow().published().claims();
    }

    /** Returns the position of the {@code n}th (from 1) occurrence of {@code number} on the line holding {@code line}. */
    private static SourceRef where(String line, String number, int n) {
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).contains(line)) {
                int column = -1;
                for (int k = 0; k < n; k++) {
                    column = LINES.get(i).indexOf(number, column + 1);
                }
                assertThat(column).as(number + " on " + line).isNotNegative();
                return SourceRef.text("published.txt", i + 1, column + 1);
            }
        }
        throw new AssertionError("no line " + line);
    }

    @Test
    void extractsEveryClaimTheTranscriptionRecordsWithItsValue() {
        Map<NarrativeClaim, Published.Claim> expected = transcribed();
        assertThat(expected).hasSize(NarrativeClaim.values().length);

        assertThat(CLAIMS.claims().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<NarrativeClaim, Published.Claim> entry : expected.entrySet()) {
            // equals, not compareTo: the printed precision of a percentage (100.0, not 100) is part of the claim
            assertThat(CLAIMS.claims().get(entry.getKey()).value())
                    .as(entry.getKey().key())
                    .isEqualTo(entry.getValue().value());
        }
        assertThat(CLAIMS.issues()).isEmpty();
    }

    @Test
    void signsChangesByTheirDirectionWordAndKeepsThePrintedPrecision() {
        assertThat(CLAIMS.claims().get(NarrativeClaim.TOTAL_CHANGE).value())
                .isEqualTo(Amount.parse("-4.69", AmountUnit.WAN_YUAN).value());
        assertThat(CLAIMS.claims()
                        .get(NarrativeClaim.OPERATING_COST_CHANGE_RATE)
                        .value())
                .isEqualTo(new BigDecimal("-62.5"));
        assertThat(CLAIMS.claims().get(NarrativeClaim.FISCAL_INCOME_SHARE).value())
                .isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void pointsAtTheNumberInTheFile() {
        String first = "2024 年度收、支总计均为 265.18 万元。与 2023 年度相比";
        assertThat(CLAIMS.claims().get(NarrativeClaim.TOTAL).source()).isEqualTo(where(first, "265.18", 1));
        assertThat(CLAIMS.claims().get(NarrativeClaim.TOTAL_CHANGE).source()).isEqualTo(where(first, "4.69", 1));
        assertThat(CLAIMS.claims().get(NarrativeClaim.TOTAL_CHANGE_RATE).source())
                .isEqualTo(where(first, "1.74", 1));
        // 五（三）: the sentence is cut over two lines of the file; each figure keeps its own line
        assertThat(CLAIMS.claims()
                        .get(NarrativeClaim.GENERAL_BUDGET_ANNUAL_BUDGET)
                        .source())
                .isEqualTo(where("年初预算为 245.07 万元，", "245.07", 1));
        assertThat(CLAIMS.claims()
                        .get(NarrativeClaim.GENERAL_BUDGET_COMPLETION_RATE)
                        .source())
                .isEqualTo(where("完成年初预算的 108.2%", "108.2", 1));
        // 十一: the second 31.36 of the sentence is the 小微企业 amount, the share after it the claim
        assertThat(CLAIMS.claims().get(NarrativeClaim.PROCUREMENT_MICRO_SHARE).source())
                .isEqualTo(where("授予小微企业合同金额", "100.0", 2));
        // 十三（二）: the paragraph is broken after “整体支出”; the figure is on the second line
        assertThat(CLAIMS.claims().get(NarrativeClaim.OVERALL_EVALUATION_AMOUNT).source())
                .isEqualTo(where("绩效自评，资金 265.18 万元", "265.18", 1));
    }

    @Test
    void readsTheStatementsWithTheirFigures() {
        ChangeStatement total = CLAIMS.statements(ChangeStatement.class).get(0);
        assertThat(total.subject()).isEqualTo("收、支总计");
        assertThat(total.basis()).isEqualTo("2023年度");
        assertThat(total.direction()).isEqualTo(Direction.DECREASE);
        assertThat(total.current().text()).isEqualTo("265.18");
        assertThat(total.signedChange()).contains(Amount.parse("-4.69", AmountUnit.WAN_YUAN));
        assertThat(total.rate().percent()).isEqualTo(new BigDecimal("1.74"));
        assertThat(total.headings()).containsExactly("一、收入支出决算总体情况说明");

        List<ShareStatement> expenditure = CLAIMS.statements(ShareStatement.class).stream()
                .filter(s -> s.whole().equals("本年支出"))
                .toList();
        assertThat(expenditure)
                .extracting(ShareStatement::subject)
                .containsExactly("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
        assertThat(expenditure)
                .extracting(ShareStatement::list)
                .containsOnly(expenditure.get(0).list());

        // 五（二）: two numbered paragraphs, each a share of the same (unnamed) whole, are one list
        List<ShareStatement> classes = CLAIMS.statements(ShareStatement.class).stream()
                .filter(s -> s.headings().size() == 2 && s.headings().get(1).contains("结构情况"))
                .toList();
        assertThat(classes).extracting(s -> s.share().text()).containsExactly("99.81", "0.19");
        assertThat(classes.get(1).list()).isEqualTo(classes.get(0).list());

        CompletionStatement overall =
                CLAIMS.statements(CompletionStatement.class).get(0);
        assertThat(overall.subject()).isEqualTo("一般公共预算财政拨款支出");
        assertThat(overall.budget().text()).isEqualTo("245.07");
        assertThat(overall.actual().text()).isEqualTo("265.18");
        assertThat(overall.rate().text()).isEqualTo("108.2");
        assertThat(CLAIMS.statements(CompletionStatement.class))
                .extracting(CompletionStatement::subject)
                .contains("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）", "因公出国（境）费");
    }

    @Test
    void readsTheListsOfItemNames() {
        List<ItemList> lists = CLAIMS.statements(ItemList.class);
        ItemList personnel = lists.stream()
                .filter(l -> l.subject().equals("人员经费"))
                .findFirst()
                .orElseThrow();
        assertThat(personnel.kind()).isEqualTo(ItemList.Kind.INCLUDES);
        assertThat(personnel.amount().text()).isEqualTo("200.31");
        assertThat(personnel.open()).isTrue();
        assertThat(personnel.names())
                .containsExactly(
                        "基本工资",
                        "津贴补贴",
                        "奖金",
                        "伙食补助费",
                        "机关事业单位基本养老保险缴费",
                        "职业年金缴费",
                        "职工基本医疗保险缴费",
                        "公务员医疗补助缴费",
                        "住房公积金",
                        "医疗费补助",
                        "其他对个人和家庭的补助");
        assertThat(personnel.items().get(5).source()).isEqualTo(where("人员经费 200.31 万元", "职业年金缴费", 1));
        ItemList uses = lists.stream()
                .filter(l -> l.kind() == ItemList.Kind.USES)
                .findFirst()
                .orElseThrow();
        assertThat(uses.subject()).isEqualTo("一般公共服务支出类支出");
        assertThat(uses.names()).containsExactly("行政运行", "一般行政管理事务");
    }

    @Test
    void readsNothingOutsideTheNarrative() {
        // the table of contents names every section, 第四部分 and the attachments state percentages: none is read
        int narrative = LINES.lastIndexOf("第三部分 武汉市青山区人民政府国有资产监督管理局 2024 年度部门决算情况说明");
        int next = LINES.indexOf("第四部分 2024 年重点工作完成情况");
        assertThat(narrative).isPositive();
        for (Statement statement : CLAIMS.statements()) {
            int line = ((SourceRef.Text) statement.source()).line();
            assertThat(line)
                    .as(statement.sentence())
                    .isGreaterThan(narrative + 1)
                    .isLessThan(next + 1);
        }
    }

    @Test
    void findsNothingWrongInTheNarrativesOwnArithmetic() {
        // 4.69 ÷ 269.87 = 1.74%, 12.62 ÷ 20.18 = 62.5%, 265.18 ÷ 245.07 = 108.2%, 78.4 + 21.6 + 0.0 × 3 = 100,
        // 99.81 + 0.19 = 100: the published narrative is consistent with itself (its errors are against the tables)
        assertThat(NarrativeChecks.check(
                        CLAIMS, Paragraphs.profile("hubei-2024").tolerance()))
                .isEmpty();
    }
}
