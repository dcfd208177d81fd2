package org.juesuan.audit.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cleaning of one line: converter leftovers and the spaces an extraction put in. */
class ArtefactsTest {

    private static MappedText clean(String raw) {
        return Artefacts.clean(raw, 0, raw.length(), 7, 1);
    }

    private static String text(String raw) {
        return clean(raw).text();
    }

    @Nested
    class Markup {

        @Test
        void turnsCheckboxesAndRadioButtonsIntoTheirSigns() {
            assertThat(text("<input checked=\"\" type=\"checkbox\"/>是 <input type=\"checkbox\"/>否"))
                    .isEqualTo("☑是 ☐否");
            assertThat(text("<INPUT TYPE='radio' CHECKED>甲<input type=radio>乙")).isEqualTo("◉甲○乙");
        }

        @Test
        void removesTagsLeavingASpaceForBlockTags() {
            assertThat(text("<p>单位<br/>万元</p>")).isEqualTo("单位万元");
            assertThat(text("total<br>amount")).isEqualTo("total amount");
            assertThat(text("<span style=\"color:red\">265.18</span>")).isEqualTo("265.18");
        }

        @Test
        void removesATagCutOffAtTheEnd() {
            assertThat(text("合计</")).isEqualTo("合计");
            assertThat(text("合计<input checked=\"\" type")).isEqualTo("合计");
        }

        @Test
        void leavesALessThanSignThatIsNoTag() {
            assertThat(text("若 A<B 且 C>D")).isEqualTo("若 A<B 且 C>D");
            assertThat(text("得分<20分")).isEqualTo("得分<20分");
        }

        @Test
        void decodesEntities() {
            assertThat(text("A&amp;B&nbsp;&lt;1&gt; &#x4E00;&#20108;&ldquo;三&rdquo;"))
                    .isEqualTo("A&B <1> 一二“三”");
            assertThat(text("AT&T &unknown; &#xD800;")).isEqualTo("AT&T &unknown; &#xD800;");
        }
    }

    @Nested
    class Formulas {

        @Test
        void turnsCommandsIntoSigns() {
            assertThat(text("目标值为 $\\geq X$ ，得分=权重 $\\times B/A$ ）")).isEqualTo("目标值为≥X，得分=权重×B/A）");
            assertThat(text("$\\leq 5\\%$")).isEqualTo("≤5%");
            assertThat(text("$$\\frac{B}{A} \\times 20$$")).isEqualTo("B/A×20");
            assertThat(text("面积 $100 m^2$")).isEqualTo("面积100m²");
            assertThat(text("$\\text{万元}$")).isEqualTo("万元");
        }

        @Test
        void keepsAnUnknownCommandAsWritten() {
            assertThat(text("$\\foo{1}$")).isEqualTo("\\foo1");
        }

        @Test
        void leavesDollarAmountsAlone() {
            assertThat(text("$100 and $200")).isEqualTo("$100 and $200");
            assertThat(text("costs $5")).isEqualTo("costs $5");
        }

        @Test
        void placesEachSignAtWhatItCameFrom() {
            MappedText cleaned = clean("为 $\\geq X$ ，得");
            assertThat(cleaned.text()).isEqualTo("为≥X，得");
            assertThat(cleaned.column(1)).isEqualTo(4); // the backslash
            assertThat(cleaned.column(2)).isEqualTo(9); // X
            assertThat(cleaned.column(3)).isEqualTo(12); // ，
            assertThat(cleaned.line(3)).isEqualTo(7);
        }
    }

    @Nested
    class Spaces {

        @Test
        void removesSpacesBetweenChineseAndDigitsOrPunctuation() {
            assertThat(text("2024 年 10 月 30 日")).isEqualTo("2024年10月30日");
            assertThat(text("整体 绩效自评表")).isEqualTo("整体绩效自评表");
            assertThat(text("督管理局 (汇总)")).isEqualTo("督管理局(汇总)");
            assertThat(text("目标值 ， 得分 。")).isEqualTo("目标值，得分。");
        }

        @Test
        void keepsSpacesBetweenOtherCharacters() {
            assertThat(text("Juesuan 决算")).isEqualTo("Juesuan 决算");
            assertThat(text("部门预算项目 ☑ 2、区级专项")).isEqualTo("部门预算项目 ☑ 2、区级专项");
            assertThat(text("1. 根据")).isEqualTo("1. 根据");
            assertThat(text("1 234.56")).isEqualTo("1 234.56");
        }

        @Test
        void collapsesRunsTrimsAndDropsZeroWidthCharacters() {
            assertThat(text("\u3000\u3000本部门\u200b   result  \u00a0 text\f ")).isEqualTo("本部门 result text");
        }
    }
}
