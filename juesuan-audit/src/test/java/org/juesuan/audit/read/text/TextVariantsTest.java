package org.juesuan.audit.read.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.audit.read.text.TextFixture.at;
import static org.juesuan.audit.read.text.TextFixture.cells;
import static org.juesuan.audit.read.text.TextFixture.line;
import static org.juesuan.audit.read.text.TextFixture.paragraphs;
import static org.juesuan.audit.read.text.TextFixture.read;
import static org.juesuan.audit.read.text.TextFixture.tables;
import static org.juesuan.audit.read.text.TextFixture.texts;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Texts built for the cases the example does not have: other extractions, encodings and layouts. */
class TextVariantsTest {

    @Nested
    class SpaceAlignedTables {

        /** Places each text at a position, counted in code points ({@code wide} false) or display columns. */
        private String place(boolean wide, Object... positionsAndTexts) {
            StringBuilder line = new StringBuilder();
            int width = 0;
            for (int i = 0; i < positionsAndTexts.length; i += 2) {
                int position = (Integer) positionsAndTexts[i];
                String text = (String) positionsAndTexts[i + 1];
                int start = position >= 0 ? position : -position - width(wide, text); // negative: right-aligned end
                while (width < start) {
                    line.append(' ');
                    width++;
                }
                line.append(text);
                width += width(wide, text);
            }
            return line.toString();
        }

        private int width(boolean wide, String text) {
            return text.codePoints().map(c -> wide && c >= 0x2E80 ? 2 : 1).sum();
        }

        private String table(boolean wide) {
            return String.join(
                    "\n",
                    "2024年度收入决算表",
                    "",
                    "单位：万元",
                    "",
                    place(wide, 0, "项目", 18, "本年收入合计", 34, "财政拨款收入", 50, "其他收入"),
                    place(wide, 0, "一般公共服务支出", -30, "264.68", -46, "264.68"),
                    place(wide, 2, "行政运行", -30, "1,207.87", -46, "1,207.87"),
                    place(wide, 0, "卫生健康支出", -30, "0.51", -58, "0.51"),
                    "",
                    place(wide, 0, "合计", -30, "1,472.06", -46, "1,471.55", -58, "0.51"),
                    "",
                    "注：本表反映部门本年度取得的各项收入情况。");
        }

        @Test
        void alignedByCodePointsPutEachFigureInItsColumn() {
            assertTable(table(false));
        }

        @Test
        void alignedByDisplayWidthPutEachFigureInItsColumn() {
            assertTable(table(true));
        }

        private void assertTable(String text) {
            PublishedDocument document = read(text);
            assertThat(tables(document)).hasSize(1);
            TableBlock table = tables(document).get(0);
            assertThat(table.rows()).extracting(r -> line(r.source())).containsExactly(5, 6, 7, 8, 10);
            assertThat(texts(table.rows().get(0))).containsExactly("项目", "本年收入合计", "财政拨款收入", "其他收入");
            assertThat(texts(table.rows().get(1))).containsExactly("一般公共服务支出", "264.68", "264.68", "");
            assertThat(texts(table.rows().get(2))).containsExactly("行政运行", "1,207.87", "1,207.87", "");
            assertThat(texts(table.rows().get(3))).containsExactly("卫生健康支出", "0.51", "", "0.51");
            assertThat(texts(table.rows().get(4))).containsExactly("合计", "1,472.06", "1,471.55", "0.51");
            String row8 = text.split("\n")[7];
            assertThat(table.rows().get(3).cells().get(3).source())
                    .isEqualTo(SourceRef.text("published.txt", 8, row8.lastIndexOf("0.51") + 1));
            String row7 = text.split("\n")[6];
            assertThat(at(table.rows().get(2).cells().get(0).source())).isEqualTo("7:" + (row7.indexOf("行政") + 1));
            assertThat(texts(document)).containsExactly("2024年度收入决算表", "单位：万元", "注：本表反映部门本年度取得的各项收入情况。");
        }

        @Test
        void joinsALabelWrappedOntoTheNextLineButNotALabelOfItsOwn() {
            String text = String.join(
                    "\n",
                    place(false, 0, "项目", 26, "金额"),
                    place(false, 0, "一般公共预算财政拨款收", -30, "265.18"),
                    place(false, 0, "入"),
                    place(false, 0, "上级补助收入", -30, "1.00"),
                    place(false, 0, "其他"),
                    place(false, 0, "合计", -30, "266.18"));
            TableBlock table = tables(read(text)).get(0);
            assertThat(table.rows()).extracting(r -> line(r.source())).containsExactly(1, 2, 4, 5, 6);
            assertThat(texts(table.rows().get(1))).containsExactly("一般公共预算财政拨款收入", "265.18");
            assertThat(at(table.rows().get(1).cells().get(0).source())).isEqualTo("2:1");
            // 上级补助收入 does not fill its column: 其他 is a row of its own, with an empty amount
            assertThat(texts(table.rows().get(3))).containsExactly("其他", "");
        }

        @Test
        void leavesProseWithDoubleSpacesAsText() {
            String text = "本部门组织开展  整体支出绩效自评\n资金使用合规，拨付手续  齐全，达到预期目标。";
            PublishedDocument document = read(text);
            assertThat(tables(document)).isEmpty();
            assertThat(texts(document)).containsExactly("本部门组织开展整体支出绩效自评资金使用合规，拨付手续齐全，达到预期目标。");
        }
    }

    @Nested
    class BrokenRows {

        @Test
        void joinsATabRowCutInsideACell() {
            String text = String.join(
                    "\n",
                    "项目名称\t\t大企业协调服务工作经费\t\t\t\t\t",
                    "主管部门\t\t青山区国资局\t\t项目实施单位\t青山区国资局\t\t",
                    "项目名称\t\t国资监管",
                    "业务经费\t\t\t\t\t",
                    "预算执行情况\t\t年度财政资金总额\t29.44\t29.44\t100%\t20\t");
            TableBlock table = tables(read(text)).get(0);
            assertThat(table.rows()).extracting(r -> line(r.source())).containsExactly(1, 2, 3, 5);
            assertThat(cells(table.rows().get(2)))
                    .containsExactly(
                            "0:项目名称@3:1",
                            "1:@3:6",
                            "2:国资监管业务经费@3:7",
                            "3:@4:6",
                            "4:@4:7",
                            "5:@4:8",
                            "6:@4:9",
                            "7:@4:10");
        }

        @Test
        void joinsATextLineHeldBetweenTwoPartsOfARow() {
            String text = String.join(
                    "\n", "项目名称\t\t大企业协调服务工作经费\t\t\t\t\t", "项目名称\t\t国资监管", "业务", "经费\t\t\t\t\t", "总分\t100\t\t\t\t\t\t");
            TableBlock table = tables(read(text)).get(0);
            assertThat(table.rows()).extracting(r -> line(r.source())).containsExactly(1, 2, 5);
            assertThat(table.rows().get(1).cells()).hasSize(8);
            assertThat(table.rows().get(1).cells().get(2).text()).isEqualTo("国资监管业务经费");
        }

        @Test
        void keepsRowsApartWhenTheirFieldsDoNotMakeUpTheWidth() {
            String text = String.join("\n", "项目\t行次\t金额\t项目\t行次\t金额", "合计\t1\t265.18", "\t\t\t总计\t2\t265.18");
            TableBlock table = tables(read(text)).get(0);
            assertThat(table.rows()).hasSize(3);
        }

        @Test
        void keepsATableTogetherAcrossAPageNumberAndBlankLines() {
            String text =
                    String.join("\n", "项目\t金额", "一般公共服务支出\t264.68", "", "- 2 -", "", "卫生健康支出\t0.51", "合计\t265.19");
            PublishedDocument document = read(text);
            assertThat(document.blocks()).hasSize(1);
            assertThat(tables(document).get(0).rows())
                    .extracting(r -> line(r.source()))
                    .containsExactly(1, 2, 6, 7);
        }
    }

    @Nested
    class Encodings {

        private final byte[] utf8 = TextFixture.exampleBytes();
        private final String text = TextFixture.exampleText();
        private final PublishedDocument expected = read(utf8);

        @Test
        void readsCrLfAndCrLineEndsAsLf() {
            assertThat(read(text.replace("\n", "\r\n")).blocks()).isEqualTo(expected.blocks());
            assertThat(read(text.replace("\n", "\r")).blocks()).isEqualTo(expected.blocks());
        }

        @Test
        void readsGb18030AndGbkWhenTheBytesAreNotUtf8() {
            assertThat(read(text.getBytes(Charset.forName("GB18030"))).blocks()).isEqualTo(expected.blocks());
            String small = "单位：万元\n\n项目\t金额\n合计\t265.18\n";
            PublishedDocument gbk = read(small.getBytes(Charset.forName("GBK")));
            assertThat(texts(gbk)).containsExactly("单位：万元");
            assertThat(texts(tables(gbk).get(0).rows().get(1))).containsExactly("合计", "265.18");
        }

        @Test
        void dropsAByteOrderMarkWithoutShiftingColumns() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            assertThat(read(concat(bom, utf8)).blocks()).isEqualTo(expected.blocks());
            byte[] le = {(byte) 0xFF, (byte) 0xFE};
            assertThat(read(concat(le, text.getBytes(StandardCharsets.UTF_16LE)))
                            .blocks())
                    .isEqualTo(expected.blocks());
            byte[] be = {(byte) 0xFE, (byte) 0xFF};
            assertThat(read(concat(be, text.getBytes(StandardCharsets.UTF_16BE)))
                            .blocks())
                    .isEqualTo(expected.blocks());
        }

        @Test
        void keepsUtf8WhenOneByteIsDamaged() {
            byte[] damaged = utf8.clone();
            int at = text.substring(0, text.indexOf("部门决算为单位本级决算")).getBytes(StandardCharsets.UTF_8).length;
            damaged[at + 1] = (byte) 0x41; // the second byte of 部 is no continuation byte any more
            PublishedDocument document = read(damaged);
            // E9 41 A8: a lead byte without its continuation, an A, a continuation without its lead
            assertThat(TextFixture.paragraphAt(document, 105).text())
                    .isEqualTo("武汉市青山区人民政府国有资产监督管理局\uFFFDA\uFFFD门决算为单位本级决算。");
            assertThat(TextFixture.paragraphAt(document, 3).text()).isEqualTo("武汉市青山区人民政府国有资产监督管理局");
        }

        private byte[] concat(byte[] a, byte[] b) {
            byte[] both = new byte[a.length + b.length];
            System.arraycopy(a, 0, both, 0, a.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }

    @Nested
    class Cleaning {

        @Test
        void keepsThousandsSeparatorsAndDashesVerbatim() {
            TableBlock table = tables(read("项目\t金额\t备注\n合计\t1,234,567.89\t-\n")).get(0);
            assertThat(texts(table.rows().get(1))).containsExactly("合计", "1,234,567.89", "-");
        }

        @Test
        void dropsRunningHeadersOfPagesMarkedByFormFeeds() {
            String header = "青山区国资局2024年度部门决算";
            String text = header + "\n\n一、收入支出决算总体情况说明\n\n全面落实区管企业工资总额预算管理和企业负责人薪酬\n"
                    + "\f" + header + "\n\n制度改革。开展产权登记管理综合整治行动。\n"
                    + "\f" + header + "\n\n二、收入决算情况说明\n";
            PublishedDocument document = read(text);
            assertThat(texts(document))
                    .containsExactly("一、收入支出决算总体情况说明", "全面落实区管企业工资总额预算管理和企业负责人薪酬制度改革。开展产权登记管理综合整治行动。", "二、收入决算情况说明");
            TextBlock joined = paragraphs(document).get(1);
            assertThat(at(joined.at(joined.text().indexOf("制度改革")))).isEqualTo("8:1");

            // without form feeds the pages cannot be told: the repeated line stays (joined, once, to the cut sentence)
            assertThat(texts(read(text.replace('\f', '\n'))))
                    .filteredOn(t -> t.startsWith(header))
                    .hasSize(3);
        }

        @Test
        void readsAMarkdownTableWithoutItsRule() {
            TableBlock table = tables(read("| 项目 | 金额 |\n| --- | ---: |\n| 合计 | 1,234.50 |\n"))
                    .get(0);
            assertThat(table.rows()).extracting(r -> line(r.source())).containsExactly(1, 3);
            assertThat(cells(table.rows().get(1))).containsExactly("0:合计@3:3", "1:1,234.50@3:8");
        }

        @Test
        void readsCaptionsSetOutInFieldsAsParagraphs() {
            PublishedDocument document = read("2024年度收入支出决算总表\t\t\t公开01表\n单位：万元\t\t\t\n项目\t金额\n合计\t265.18\n");
            assertThat(texts(document)).containsExactly("2024年度收入支出决算总表", "公开01表", "单位：万元");
            assertThat(at(paragraphs(document).get(1).source())).isEqualTo("1:18");
            assertThat(tables(document).get(0).rows()).hasSize(2);
        }

        @Test
        void mapsCharactersAfterOneOutsideTheBasicPlaneToTheirColumns() {
            TextBlock paragraph = paragraphs(read("𠀀 2024 年度决算。")).get(0);
            assertThat(paragraph.text()).isEqualTo("𠀀2024年度决算。");
            assertThat(paragraph.at(2)).isEqualTo(SourceRef.text("published.txt", 1, 3)); // 2
            assertThat(paragraph.at(6)).isEqualTo(SourceRef.text("published.txt", 1, 8)); // 年
        }

        @Test
        void keepsTheChoicesOfCheckboxesOutsideTables() {
            String raw = "项目属性：1、持续性项目 <input type=\"checkbox\"/> 2、新增性项目 <input checked type=\"checkbox\">";
            TextBlock paragraph = paragraphs(read(raw)).get(0);
            assertThat(paragraph.text()).isEqualTo("项目属性：1、持续性项目 ☐ 2、新增性项目 ☑");
            assertThat(paragraph.at(paragraph.text().indexOf('☑')))
                    .isEqualTo(SourceRef.text("published.txt", 1, raw.lastIndexOf('<') + 1));
            assertThat(paragraph.at(paragraph.text().indexOf("2、")))
                    .isEqualTo(SourceRef.text("published.txt", 1, raw.indexOf("2、") + 1));
        }
    }
}
