package org.juesuan.audit.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.audit.read.example.PrintedGrids;
import org.juesuan.audit.read.example.RenderedExample;
import org.juesuan.audit.read.example.RoundTrip;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.Run;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HtmlDocumentReaderTest {

    private static final HtmlDocumentReader READER = new HtmlDocumentReader();

    /** The example rendered once, and read once. */
    private static final class Example {
        static final byte[] HTML = RenderedExample.html();
        static final String SOURCE = new String(HTML, StandardCharsets.UTF_8);
        static final PublishedDocument READ = read("决算.html", HTML);
    }

    private static PublishedDocument read(String name, byte[] html) {
        try {
            return READER.read(name, html);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static PublishedDocument read(String html) {
        return read("页.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class RoundTripOfTheExample {

        @Test
        void readsEveryCellOfEveryPublicTableInItsPrintedRowAndColumn() {
            RoundTrip.assertEveryTableReadCellForCell(Example.READ, RenderedExample.tables());
        }

        @Test
        void readsEveryNarrativeParagraphWhole() {
            RoundTrip.assertNarrativeReadWhole(Example.READ);
        }

        @Test
        void pointsEachParagraphAndEachFigureInItAtTheirLineAndColumnInTheSource() {
            int checked = 0;
            int cursor = 0;
            for (Part part : RenderedExample.document().parts()) {
                if (part.kind() != Part.Kind.NARRATIVE) {
                    continue;
                }
                for (org.juesuan.core.document.Block block : part.blocks()) {
                    if (!(block instanceof Paragraph paragraph) || paragraph.style() != Paragraph.Style.BODY) {
                        continue;
                    }
                    TextBlock read = PrintedGrids.paragraphs(Example.READ, paragraph.text())
                            .get(0);
                    String first = paragraph.runs().get(0).text();
                    // the renderer writes a body paragraph as <p class="body">, its figures as spans
                    int start = Example.SOURCE.indexOf("<p class=\"body\">" + first, cursor)
                            + "<p class=\"body\">".length();
                    cursor = start;
                    assertThat(read.source()).as(first).isEqualTo(at(start));
                    int offset = 0;
                    int from = start;
                    for (Run run : paragraph.runs()) {
                        if (run instanceof FigureRun figure) {
                            int shown = Example.SOURCE.indexOf(">" + figure.text() + "</span>", from) + 1;
                            assertThat(read.at(offset)).as(figure.key()).isEqualTo(at(shown));
                            from = shown;
                            checked++;
                        }
                        offset += run.text().length();
                    }
                }
            }
            assertThat(checked).isGreaterThan(30);
        }

        @Test
        void leavesOutTheStyleSheetAndTheChartsDrawings() {
            for (Block block : Example.READ.blocks()) {
                if (block instanceof TextBlock text) {
                    assertThat(text.text()).doesNotContain("font-family", "{", "clip-path");
                }
            }
            assertThat(Example.SOURCE).contains("<svg");
        }

        /** Returns the line and column of a character of the source, both from 1. */
        private SourceRef at(int index) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < index; i++) {
                if (Example.SOURCE.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return SourceRef.text("决算.html", line, column);
        }
    }

    @Nested
    class Tables {

        @Test
        void placesCellsAsTheHtmlTableModelDoesWithEmptyCellsUnderARowspan() {
            PublishedDocument read = read("""
                    <table>
                    <tr><th rowspan="2">项目</th><th colspan="2">本年支出</th><th rowspan="3">备注</th></tr>
                    <tr><th>基本支出</th><th>项目支出</th></tr>
                    <tr><td>合计</td><td>207.87</td><td>57.32</td></tr>
                    </table>""");
            TableBlock table = (TableBlock) read.blocks().get(0);
            assertThat(PrintedGrids.read(table))
                    .containsExactly(
                            "0+1:项目 | 1+2:本年支出 | 3+1:备注",
                            "0+1: | 1+1:基本支出 | 2+1:项目支出 | 3+1:",
                            "0+1:合计 | 1+1:207.87 | 2+1:57.32 | 3+1:");
            assertThat(table.rows().get(2).cells().get(1).source()).isEqualTo(SourceRef.text("页.html", 4, 16));
            assertThat(table.rows().get(1).source()).isEqualTo(SourceRef.text("页.html", 3, 1));
        }

        @Test
        void flattensANestedTableIntoItsCellAndGivesTheCaptionAsAParagraph() {
            PublishedDocument read = read("<table><caption>公开05表</caption><tr><td>说明"
                    + "<table><tr><td>甲</td><td>乙</td></tr></table></td><td>2</td></tr></table><p>表后</p>");
            assertThat(texts(read)).containsExactly("公开05表", "[0+1:说明 甲 乙 | 1+1:2]", "表后");
        }
    }

    @Nested
    class TextAsABrowserShowsIt {

        @Test
        void collapsesWhiteSpaceAndReadsALineBreakAsASpace() {
            PublishedDocument read = read("<h2>一、收入\n   支出</h2><p>部门：某局&nbsp;&nbsp;<br>单位：万元</p>");
            assertThat(texts(read)).containsExactly("一、收入 支出", "部门：某局 单位：万元");
        }

        @Test
        void leavesOutScriptsStylesAndHiddenElements() {
            PublishedDocument read = read("<script>var a = '<p>不读</p>';</script><style>p{color:red}</style>"
                    + "<p hidden>隐藏</p><div style=\"display: none\">也隐藏</div><p>正文</p>");
            assertThat(texts(read)).containsExactly("正文");
        }

        @Test
        void decodesThePageInTheCharacterSetItNames() {
            byte[] page = "<html><head><meta charset=\"gbk\"></head><body><p>部门决算</p></body></html>"
                    .getBytes(Charset.forName("GBK"));
            assertThat(texts(read("决算.htm", page))).containsExactly("部门决算");
        }

        @Test
        void startsANewPieceWhereTheTextStartsAnewInTheSource() {
            PublishedDocument read = read("<p>收入合计<b>265.19</b>万元</p>");
            TextBlock paragraph = (TextBlock) read.blocks().get(0);
            assertThat(paragraph.at(0)).isEqualTo(SourceRef.text("页.html", 1, 4));
            assertThat(paragraph.at(4)).isEqualTo(SourceRef.text("页.html", 1, 11));
            assertThat(paragraph.at(6)).isEqualTo(SourceRef.text("页.html", 1, 13));
            assertThat(paragraph.at(10)).isEqualTo(SourceRef.text("页.html", 1, 21));
        }
    }

    @Nested
    class Unreadable {

        @Test
        void reportsAnEmptyFile() {
            assertThatThrownBy(() -> READER.read("空.html", new byte[0]))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("文件为空（0字节），无法审查");
        }

        @Test
        void reportsBinaryData() {
            assertThatThrownBy(() -> READER.read("图.html", RenderedExample.xlsx()))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此文件不是网页（内容是二进制数据），无法审查");
        }

        @Test
        void reportsAPageWithoutText() {
            assertThatThrownBy(() -> READER.read(
                            "空页.html", "<html><script>x()</script></html>".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此网页没有可读的文字，无法审查")
                    .satisfies(e -> assertThat(((UnreadableDocumentException) e).where())
                            .isEqualTo(SourceRef.file("空页.html")));
        }
    }

    private static List<String> texts(PublishedDocument document) {
        List<String> texts = new ArrayList<>();
        for (Block block : document.blocks()) {
            texts.add(
                    block instanceof TextBlock text
                            ? text.text()
                            : PrintedGrids.read((TableBlock) block).toString());
        }
        return texts;
    }
}
