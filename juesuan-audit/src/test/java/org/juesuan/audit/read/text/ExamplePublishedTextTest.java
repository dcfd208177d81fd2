package org.juesuan.audit.read.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.audit.read.text.TextFixture.at;
import static org.juesuan.audit.read.text.TextFixture.before;
import static org.juesuan.audit.read.text.TextFixture.cells;
import static org.juesuan.audit.read.text.TextFixture.column;
import static org.juesuan.audit.read.text.TextFixture.line;
import static org.juesuan.audit.read.text.TextFixture.paragraphAt;
import static org.juesuan.audit.read.text.TextFixture.paragraphs;
import static org.juesuan.audit.read.text.TextFixture.rowAt;
import static org.juesuan.audit.read.text.TextFixture.tableAt;
import static org.juesuan.audit.read.text.TextFixture.tables;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.Format;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published document the example was transcribed from ({@code examples/qingshan-guozi-2024/published.txt}),
 * read as text. Every expected cell, line and column is typed from the file (tab fields counted by hand; columns in
 * code points from 1).
 */
class ExamplePublishedTextTest {

    private static String file;
    private static PublishedDocument document;

    @BeforeAll
    static void read() {
        file = TextFixture.exampleText();
        document = TextFixture.read(TextFixture.exampleBytes());
    }

    @Test
    void isReadAsText() {
        assertThat(document.format()).isEqualTo(Format.TEXT);
        assertThat(document.name()).isEqualTo("published.txt");
    }

    @Test
    void findsTheThirteenTablesWhereTheyStartWithAllTheirRows() {
        // 公开01–09表, the table of 重点工作, the overall self-evaluation form and the two project forms
        assertThat(tables(document))
                .extracting(t -> line(t.source()))
                .containsExactly(117, 164, 188, 204, 252, 276, 319, 336, 354, 513, 583, 620, 649);
        // lines 117–149, 164–175, 188–190, 204–239, 252–263, 276–306, 319–322, 336–339, 354–357, 513–517,
        // 583–595 and 597–601, 620–633 and 635, 649–663
        assertThat(tables(document))
                .extracting(t -> t.rows().size())
                .containsExactly(33, 12, 3, 36, 12, 31, 4, 4, 4, 5, 18, 15, 15);
    }

    @Test
    void table01KeepsEveryFieldInItsColumnWithItsPosition() {
        TableBlock gk01 = tableAt(document, 117);
        assertThat(gk01.rows()).extracting(r -> line(r.source())).isEqualTo(lines(117, 149));
        assertThat(cells(rowAt(gk01, 117)))
                .containsExactly("0:收入@117:1", "1:@117:4", "2:@117:5", "3:支出@117:6", "4:@117:9", "5:@117:10");
        assertThat(cells(rowAt(gk01, 120)))
                .containsExactly(
                        "0:一、一般公共预算财政拨款收入@120:1",
                        "1:1@120:16",
                        "2:265.18@120:18",
                        "3:一、一般公共服务支出@120:25",
                        "4:31@120:36",
                        "5:264.68@120:39");
        // the left half of the row is blank: an empty first field and an empty amount
        assertThat(cells(rowAt(gk01, 128)))
                .containsExactly(
                        "0:@128:1", "1:9@128:2", "2:@128:4", "3:九、卫生健康支出@128:5", "4:39@128:14", "5:0.51@128:17");
        assertThat(cells(rowAt(gk01, 149)))
                .containsExactly(
                        "0:总计@149:1", "1:30@149:4", "2:265.18@149:7", "3:总计@149:14", "4:60@149:17", "5:265.18@149:20");
    }

    @Test
    void table01IsPrecededByItsTitleCaptionAndLabelsAsParagraphs() {
        TableBlock gk01 = tableAt(document, 117);
        List<Block> blocks = before(document, gk01, 4);
        assertThat(blocks).allMatch(TextBlock.class::isInstance);
        assertThat(blocks)
                .extracting(b -> ((TextBlock) b).text() + "@" + at(b.source()))
                .containsExactly(
                        "2024年度收入支出决算总表@109:1", "公开01表@111:1", "部门：武汉市青山区人民政府国有资产监督管理局（汇总）@113:1", "单位：万元@115:1");
    }

    @Test
    void table08sCaptionBetweenItsLabelsIsAParagraphOfItsOwn() {
        List<Block> blocks = before(document, tableAt(document, 336), 4);
        assertThat(blocks)
                .extracting(b -> ((TextBlock) b).text() + "@" + at(b.source()))
                .containsExactly(
                        "2024年度国有资本经营预算财政拨款支出决算表@328:1",
                        "部门:武汉市青山区人民政府国有资产监督管理局(汇总)@330:1",
                        "公开08表@333:1",
                        "单位:万元@334:1");
    }

    @Test
    void table03HasItsHeaderAndNoBodyRows() {
        TableBlock gk03 = tableAt(document, 188);
        // line 191 holds only empty fields and a cut-off "</": no row
        assertThat(gk03.rows()).extracting(r -> line(r.source())).containsExactly(188, 189, 190);
        assertThat(cells(rowAt(gk03, 190)))
                .containsExactly(
                        "0:类@190:1",
                        "1:款@190:3",
                        "2:项@190:5",
                        "3:1@190:7",
                        "4:2@190:9",
                        "5:3@190:11",
                        "6:4@190:13",
                        "7:5@190:15",
                        "8:6@190:17");
        Block next = document.blocks().get(document.blocks().indexOf(gk03) + 1);
        assertThat(((TextBlock) next).text()).isEqualTo("注：本表反映部门本年度各项支出情况。");
    }

    @Test
    void table06KeepsTheTruncatedEconomicCodesAsPrinted() {
        TableBlock gk06 = tableAt(document, 276);
        assertThat(cells(rowAt(gk06, 279)))
                .containsExactly(
                        "0:3010@279:1",
                        "1:基本工资@279:6",
                        "2:33.73@279:11",
                        "3:3020@279:17",
                        "4:办公费@279:22",
                        "5:1.51@279:26",
                        "6:3100@279:31",
                        "7:办公设备购置@279:36",
                        "8:@279:43");
        assertThat(column(gk06, 0, 279, 304))
                .containsExactly(
                        "3010", "3010", "3010", "3010", "3010", "3010", "3010", "3011", "3011", "3011", "3011", "3011",
                        "3019", "303", "3030", "3030", "3030", "3030", "3030", "3030", "3030", "3030", "3030", "3031",
                        "3031", "3039");
        assertThat(column(gk06, 3, 279, 305))
                .containsExactly(
                        "3020", "3020", "3020", "3020", "3020", "3020", "3020", "3020", "3020", "3021", "3021", "3021",
                        "3021", "3021", "3021", "3021", "3021", "3022", "3022", "3022", "3022", "3022", "3022", "3023",
                        "3023", "3024", "3029");
        // the header's line breaks inside the cell, which the extraction left as spaces, are gone
        assertThat(cells(rowAt(gk06, 277)).get(0)).isEqualTo("0:经济分类科目编码@277:1");
        // the 公用经费 total stands in the ninth field, where the document put it
        assertThat(cells(rowAt(gk06, 306)).get(8)).isEqualTo("8:7.56@306:27");
    }

    @Test
    void overallSelfEvaluationFormStaysOneTableAcrossItsPageBreak() {
        TableBlock form = tableAt(document, 583);
        // the blank line 596 is a page break inside the form; its second page lost a column, as printed
        assertThat(form.rows())
                .extracting(r -> line(r.source()))
                .containsExactly(
                        583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 597, 598, 599, 600, 601);
        assertThat(cells(rowAt(form, 597)))
                .containsExactly(
                        "0:@597:1",
                        "1:@597:2",
                        "2:质量指标@597:3",
                        "3:走访服务驻区大企业大单位@597:8",
                        "4:20次@597:21",
                        "5:39个@597:26",
                        "6:@597:31");
    }

    @Test
    void projectFormsKeepTheirCheckboxesUnitsAndLastRow() {
        TableBlock first = tableAt(document, 620);
        assertThat(cells(rowAt(first, 622)).get(2)).isEqualTo("2:1、部门预算项目 ☑ 2、区级专项 ☐ 3、上级转移支付项目 ☐@622:7");
        assertThat(cells(rowAt(first, 627)).get(0)).isEqualTo("0:年度绩效目标1 (10分)@627:1");
        // the last row comes after a blank line; the Markdown rule under it (line 636) is no row
        assertThat(cells(rowAt(first, 635)))
                .containsExactly("0:改进措施及结果应用方案@635:1", "1:继续搭建政企沟通交流信息平台，进一步畅通政企沟通渠道。@635:14");
        assertThat(line(first.rows().get(first.rows().size() - 1).source())).isEqualTo(635);

        TableBlock second = tableAt(document, 649);
        assertThat(cells(rowAt(second, 659)))
                .containsExactly(
                        "0:@659:1",
                        "1:@659:2",
                        "2:质量指标@659:3",
                        "3:走访服务驻区大企业大单位@659:8",
                        "4:@659:21",
                        "5:20次@659:22",
                        "6:39个@659:26",
                        "7:20分@659:30");
    }

    @Test
    void joinsTheSentenceABlankLineCutAfterAComma() {
        TextBlock paragraph = paragraphAt(document, 419);
        assertThat(paragraph.text()).startsWith("2024年度一般公共预算财政拨款支出年初预算为245.07万元，支出决算为265.18万元，完成年初预算的108.2%。其中：");
        assertThat(paragraph.at(paragraph.text().indexOf("245.07"))).isEqualTo(ref(419, 26));
        assertThat(paragraph.at(paragraph.text().indexOf("，支出决算"))).isEqualTo(ref(419, 35));
        assertThat(paragraph.at(paragraph.text().indexOf("支出决算为"))).isEqualTo(ref(421, 1));
        assertThat(paragraphs(document)).noneMatch(p -> line(p.source()) == 421);
    }

    @Test
    void joinsTheSentenceAPageBreakCutBetweenZhengTiZhiChuAndJiXiaoZiPing() {
        TextBlock paragraph = paragraphAt(document, 485);
        assertThat(paragraph.text()).startsWith("武汉市青山区人民政府国有资产监督管理局组织开展整体支出绩效自评，资金265.18万元。从评价情况来看，");
        assertThat(paragraph.at(paragraph.text().indexOf("组织开展"))).isEqualTo(ref(485, 20));
        assertThat(paragraph.at(paragraph.text().indexOf("绩效自评，"))).isEqualTo(ref(487, 1));
        assertThat(paragraphs(document)).noneMatch(p -> line(p.source()) == 487);
    }

    @Test
    void joinsTheSentenceAPageBreakCutBetweenXinChouAndZhiDuGaiGe() {
        TextBlock paragraph = paragraphAt(document, 495);
        assertThat(paragraph.text()).startsWith("2. 国资监管项目绩效自评综述：").contains("全面落实区管企业工资总额预算管理和企业负责人薪酬制度改革。开展产权登记");
        assertThat(paragraph.at(paragraph.text().indexOf("薪酬"))).isEqualTo(ref(495, 154));
        assertThat(paragraph.at(paragraph.text().indexOf("制度改革"))).isEqualTo(ref(497, 1));
        assertThat(paragraphs(document)).noneMatch(p -> line(p.source()) == 497);
    }

    @Test
    void joinsTheLabelAndTheHeadingThatALineBreakCut() {
        TextBlock label = paragraphAt(document, 159);
        assertThat(label.text()).isEqualTo("部门:武汉市青山区人民政府国有资产监督管理局(汇总)");
        assertThat(label.at(label.text().indexOf("督管理局"))).isEqualTo(ref(160, 1));
        assertThat(paragraphAt(document, 613).text()).isEqualTo("二、2024年度武汉市青山区人民政府国有资产监督管理局项目绩效自评表");
    }

    @Test
    void keepsTheCoverLinesApart() {
        assertThat(paragraphs(document).subList(0, 4))
                .extracting(p -> p.text() + "@" + at(p.source()))
                .containsExactly("武汉市青山区人民政府国有资产监督管理局@3:1", "2024年度部门决算公开@5:1", "2025年10月30日@7:1", "目录@9:1");
    }

    @Test
    void keepsNumberedNotesOnConsecutiveLinesApart() {
        assertThat(paragraphs(document))
                .filteredOn(p -> line(p.source()) >= 640 && line(p.source()) <= 643)
                .extracting(p -> line(p.source()))
                .containsExactly(640, 641, 642, 643);
    }

    @Test
    void turnsLatexIntoSignsPointingAtTheFormula() {
        TextBlock note = paragraphAt(document, 607);
        String text = note.text();
        assertThat(text).contains("正向指标（即目标值为≥X，得分=权重×B/A），反向指标（即目标值为≤X，得分=权重×A/B），得分不得突破权重总额。");
        assertThat(text).doesNotContain("$", "\\", "geq");
        int geq = text.indexOf('≥');
        assertThat(note.at(geq)).isEqualTo(ref(607, 63)); // the backslash of \geq
        assertThat(note.at(geq + 1)).isEqualTo(ref(607, 68)); // the X
        assertThat(note.at(text.indexOf("，得分=权重×"))).isEqualTo(ref(607, 71));
        assertThat(note.at(text.indexOf('×'))).isEqualTo(ref(607, 79));
        assertThat(note.at(text.indexOf("B/A"))).isEqualTo(ref(607, 86));
    }

    @Test
    void removesTheSpacesTheExtractionPutBetweenChineseAndDigits() {
        TextBlock cover = paragraphAt(document, 5);
        assertThat(cover.text()).isEqualTo("2024年度部门决算公开");
        assertThat(cover.at(4)).isEqualTo(ref(5, 6)); // 年, after "2024 "
        assertThat(paragraphAt(document, 577).text()).isEqualTo("一、2024年度武汉市青山区人民政府国有资产监督管理局整体绩效自评表");
    }

    @Test
    void leavesNoMarkupInAnyText() {
        for (Block block : document.blocks()) {
            for (String text : textsOf(block)) {
                assertThat(text).doesNotContain("<", ">", "$", "\\", "  ").isEqualTo(text.strip());
            }
        }
    }

    @Test
    void everyChineseCharacterPointsAtItselfInTheFile() {
        List<String> lines = List.of(file.split("\n", -1));
        int checked = 0;
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock) {
                TextBlock paragraph = (TextBlock) block;
                for (int i = 0; i < paragraph.text().length(); i++) {
                    char c = paragraph.text().charAt(i);
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        assertThat(charAt(lines, paragraph.at(i)))
                                .as("%s at %d", paragraph.text(), i)
                                .isEqualTo(c);
                        checked++;
                    }
                }
            } else {
                for (TableBlock.Row row : ((TableBlock) block).rows()) {
                    for (TableBlock.Cell cell : row.cells()) {
                        if (!cell.text().isEmpty() && !cell.text().startsWith("☑")) {
                            assertThat(charAt(lines, cell.source()))
                                    .isEqualTo(cell.text().charAt(0));
                            checked++;
                        }
                    }
                }
            }
        }
        // all of them: the file's text lines hold 8,330 Chinese characters, its tab fields 808 filled cells
        assertThat(checked).isEqualTo(8_330 + 808);
    }

    private static char charAt(List<String> lines, SourceRef source) {
        SourceRef.Text text = (SourceRef.Text) source;
        String line = lines.get(text.line() - 1);
        return line.charAt(line.offsetByCodePoints(0, text.column() - 1));
    }

    private static List<String> textsOf(Block block) {
        if (block instanceof TextBlock) {
            return Collections.singletonList(((TextBlock) block).text());
        }
        return ((TableBlock) block)
                .rows().stream()
                        .flatMap(r -> r.cells().stream())
                        .map(TableBlock.Cell::text)
                        .collect(Collectors.toList());
    }

    private static SourceRef ref(int line, int column) {
        return SourceRef.text("published.txt", line, column);
    }

    private static List<Integer> lines(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
    }
}
