package org.juesuan.audit.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading claims from paragraphs: the variants of real documents, sections, claims stated twice, unreadable numbers. */
class ClaimExtractorTest {

    private static NarrativeClaims hubei(String... paragraphs) {
        return Paragraphs.extractor("hubei-2024").extract(Paragraphs.of(paragraphs));
    }

    private static BigDecimal wan(String text) {
        return Amount.parse(text, AmountUnit.WAN_YUAN).value();
    }

    @Nested
    class Variants {

        @Test
        void readsThroughSpacesFullWidthFormsThousandsSeparatorsAndWan() {
            NarrativeClaims claims = hubei("（十）机关运行经费支出说明", "2024 年度本单位机关运行经费支出 1,234.56 万元，比年初预算数增加 ２.００ 万，增长 0.2％。");

            assertThat(claims.claim(NarrativeClaim.OPERATING_COST).orElseThrow().value())
                    .isEqualTo(wan("1234.56"));
            assertThat(claims.claim(NarrativeClaim.OPERATING_COST_CHANGE)
                            .orElseThrow()
                            .value())
                    .isEqualTo(wan("2.00"));
            assertThat(claims.claim(NarrativeClaim.OPERATING_COST_CHANGE_RATE)
                            .orElseThrow()
                            .value())
                    .isEqualTo(new BigDecimal("0.2"));
        }

        @Test
        void readsAnAmountWrittenInYuan() {
            NarrativeClaims claims = hubei("十、机关运行经费支出说明", "2024年度本单位机关运行经费支出75,600.00元。");

            assertThat(claims.claim(NarrativeClaim.OPERATING_COST).orElseThrow().value())
                    .isEqualTo(new BigDecimal("75600.00"));
        }

        @Test
        void knowsASectionByItsNameWhateverItsNumbering() {
            String[] text = {"(六)  一般公共预算财政拨款基本支出决算情况说明：", "人员经费 200.31 万元，主要包括：基本工资等。"};
            NarrativeClaims claims = hubei(text);

            assertThat(claims.claim(NarrativeClaim.PERSONNEL_COST).orElseThrow().source())
                    .isEqualTo(Paragraphs.at(text, 2, "200.31"));
        }

        @Test
        void readsAClaimOnlyUnderItsSection() {
            // 人员经费 under 十: not the claim of 六
            NarrativeClaims claims = hubei("十、机关运行经费支出说明", "人员经费200.31万元。");

            assertThat(claims.claims()).isEmpty();
            assertThat(claims.statements()).isEmpty();
        }

        @Test
        void readsNothingBeforeTheNarrativeOrAfterIt() {
            NarrativeClaims claims = hubei(
                    "人员经费200.31万元。",
                    "六、一般公共预算财政拨款基本支出决算情况说明",
                    "公用经费7.56万元。",
                    "第四部分 2024年度重点工作完成情况",
                    "人员经费200.31万元，增长5.0%。");

            assertThat(claims.claims()).containsOnlyKeys(NarrativeClaim.PUBLIC_COST);
            assertThat(claims.statements()).isEmpty();
        }

        @Test
        void joinsASentenceCutAcrossParagraphsKeepingEachPiecesPosition() {
            List<Block> blocks = List.of(
                    TextBlock.of("五、一般公共预算财政拨款支出决算情况说明", SourceRef.page("决算.pdf", 7, 1)),
                    TextBlock.of("2024年度一般公共预算财政拨款支出年初预算为245.07万元，", SourceRef.page("决算.pdf", 7, 30)),
                    new TableBlock(List.of(), SourceRef.page("决算.pdf", 8, 1)),
                    TextBlock.of("本段另起。", SourceRef.page("决算.pdf", 8, 2)),
                    TextBlock.of("2024年度一般公共预算财政拨款支出年初预算为245.07万元，", SourceRef.page("决算.pdf", 8, 3)),
                    TextBlock.of("支出决算为265.18万元，完成年初预算的108.2%。", SourceRef.page("决算.pdf", 9, 1)));
            NarrativeClaims claims = Paragraphs.extractor("hubei-2024").extract(blocks);

            assertThat(claims.claim(NarrativeClaim.GENERAL_BUDGET_COMPLETION_RATE)
                            .orElseThrow()
                            .source())
                    .isEqualTo(SourceRef.page("决算.pdf", 9, 1));
            assertThat(claims.claim(NarrativeClaim.GENERAL_BUDGET_ANNUAL_BUDGET)
                            .orElseThrow()
                            .source())
                    .isEqualTo(SourceRef.page("决算.pdf", 7, 30));
            assertThat(claims.statements(CompletionStatement.class)).hasSize(1);
        }
    }

    @Nested
    class StatedTwice {

        @Test
        void keepsTheFirstOfTwoEqualStatementsSilently() {
            String[] text = {
                "五、一般公共预算财政拨款支出决算情况说明",
                "2024年度一般公共预算财政拨款支出265.18万元，占本年支出合计的100.0%。",
                "2024年度一般公共预算财政拨款支出年初预算为245.07万元，支出决算为265.18万元，完成年初预算的108.2%。"
            };
            NarrativeClaims claims = hubei(text);

            assertThat(claims.claim(NarrativeClaim.GENERAL_BUDGET_EXPENDITURE)
                            .orElseThrow()
                            .source())
                    .isEqualTo(Paragraphs.at(text, 2, "265.18"));
            assertThat(claims.issues()).isEmpty();
        }

        @Test
        void reportsTwoDifferentStatementsAtTheSecond() {
            String[] text = {
                "五、一般公共预算财政拨款支出决算情况说明",
                "2024年度一般公共预算财政拨款支出265.18万元，占本年支出合计的100.0%。",
                "2024年度一般公共预算财政拨款支出年初预算为245.07万元，支出决算为275.18万元，完成年初预算的112.3%。"
            };
            NarrativeClaims claims = hubei(text);

            assertThat(claims.claim(NarrativeClaim.GENERAL_BUDGET_EXPENDITURE)
                            .orElseThrow()
                            .value())
                    .isEqualTo(wan("265.18"));
            assertThat(claims.issues()).hasSize(1);
            Issue issue = claims.issues().get(0);
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.code()).isEqualTo("AUDIT_CLAIM_CONFLICT");
            assertThat(issue.where()).isEqualTo(Paragraphs.at(text, 3, "275.18"));
            assertThat(issue.message()).contains("case.txt:2:", "265.18万元", "275.18万元", "以前者为准");
        }

        @Test
        void remarksOnStatementsThatDifferByRoundingOnly() {
            NarrativeClaims claims = hubei(
                    "五、一般公共预算财政拨款支出决算情况说明",
                    "2024年度一般公共预算财政拨款支出265.18万元，占本年支出合计的100.0%。",
                    "2024年度一般公共预算财政拨款支出265.19万元，主要用于以下方面：");

            assertThat(claims.issues()).extracting(Issue::severity).containsExactly(Severity.INFO);
        }
    }

    @Test
    void reportsANumberThatIsNotAnAmount() {
        // seven decimals of 万元 is a fraction of a fen
        String[] text = {"一、收入支出决算总体情况说明", "2024年度收、支总计均为265.1812345万元。"};
        NarrativeClaims claims = hubei(text);

        assertThat(claims.claims()).isEmpty();
        assertThat(claims.issues()).hasSize(1);
        assertThat(claims.issues().get(0).code()).isEqualTo("AUDIT_CLAIM_NUMBER");
        assertThat(claims.issues().get(0).where()).isEqualTo(Paragraphs.at(text, 2, "265.18"));
        assertThat(claims.issues().get(0).message()).contains("收、支总计", "265.1812345");
    }

    @Test
    void signsEveryDirectionWord() {
        NarrativeClaims claims = hubei(
                "三、支出决算情况说明",
                "2024年度支出合计300.00万元，与2023年度相比，支出合计增长了30.00万元，上升11.11%。",
                "二、收入决算情况说明",
                "2024年度收入合计270.00万元，与2023年度相比，收入合计降低30.00万元，下降10.00%。");

        assertThat(claims.claim(NarrativeClaim.EXPENDITURE_CHANGE).orElseThrow().value())
                .isEqualTo(wan("30.00"));
        assertThat(claims.claim(NarrativeClaim.EXPENDITURE_CHANGE_RATE)
                        .orElseThrow()
                        .value())
                .isEqualTo(new BigDecimal("11.11"));
        assertThat(claims.claim(NarrativeClaim.INCOME_CHANGE).orElseThrow().value())
                .isEqualTo(wan("-30.00"));
        assertThat(claims.claim(NarrativeClaim.INCOME_CHANGE_RATE).orElseThrow().value())
                .isEqualTo(new BigDecimal("-10.00"));
    }
}
