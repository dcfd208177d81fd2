package org.juesuan.audit.read.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juesuan.audit.read.docx.MiniDocx.p;
import static org.juesuan.audit.read.docx.MiniDocx.tc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TableBlock;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.audit.read.UnreadableDocumentException;
import org.juesuan.audit.read.example.PrintedGrids;
import org.juesuan.audit.read.example.RenderedExample;
import org.juesuan.audit.read.example.RoundTrip;
import org.juesuan.core.document.Part;
import org.juesuan.core.source.SourceRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocxDocumentReaderTest {

    private static final DocxDocumentReader READER = new DocxDocumentReader();

    /** The example rendered once, and read once. */
    private static final class Example {
        static final byte[] DOCX = RenderedExample.docx();
        static final PublishedDocument READ = read("决算.docx", DOCX);
    }

    private static PublishedDocument read(String name, byte[] docx) {
        try {
            return READER.read(name, docx);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
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
        void pointsEachParagraphAndRowAtItsParagraphOrdinalAsPoiCountsIt() throws IOException {
            Ordinals ordinals = new Ordinals(Example.DOCX);
            int checked = 0;
            for (String text : RenderedExample.paragraphs(Part.Kind.NARRATIVE)) {
                TextBlock read = PrintedGrids.paragraphs(Example.READ, text).get(0);
                assertThat(read.source()).as(text).isEqualTo(SourceRef.text("决算.docx", ordinals.of(text), 1));
                assertThat(read.at(4)).isEqualTo(SourceRef.text("决算.docx", ordinals.of(text), 5));
                checked++;
            }
            List<TableBlock> tables = tables(Example.READ);
            assertThat(tables).hasSameSizeAs(ordinals.rows);
            for (int t = 0; t < tables.size(); t++) {
                List<TableBlock.Row> rows = tables.get(t).rows();
                assertThat(rows).hasSameSizeAs(ordinals.rows.get(t));
                for (int r = 0; r < rows.size(); r++) {
                    assertThat(rows.get(r).source())
                            .isEqualTo(SourceRef.text(
                                    "决算.docx", ordinals.rows.get(t).get(r), 1));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(200);
        }

        @Test
        void skipsTheFieldCodeOfTheTableOfContentsAndKeepsItsEntries() {
            List<String> texts = texts(Example.READ);
            assertThat(texts).noneMatch(text -> text.contains("TOC") || text.contains("\\o"));
            String firstPart = Example.READ.blocks().stream()
                    .filter(block -> block instanceof TextBlock)
                    .map(block -> ((TextBlock) block).text())
                    .filter(text -> text.startsWith("第一部分"))
                    .findFirst()
                    .orElseThrow();
            assertThat(texts.stream().filter(firstPart::equals)).hasSize(2); // the entry and the heading
        }
    }

    @Nested
    class MergedAndNestedCells {

        @Test
        void readsAVerticalMergeAsEmptyCellsBelowAndAGridSpanAsASpan() throws Exception {
            byte[] docx = MiniDocx.of("<w:tbl>"
                    + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "项目") + tc("<w:gridSpan w:val=\"2\"/>", "本年支出")
                    + "</w:tr>"
                    + "<w:tr>" + tc("<w:vMerge/>", "") + tc("", "基本支出") + tc("", "项目支出") + "</w:tr>"
                    + "<w:tr>" + tc("", "合计") + tc("", "207.87") + tc("", "57.32") + "</w:tr>"
                    + "</w:tbl>");
            PublishedDocument read = READER.read("合并.docx", docx);
            assertThat(read.blocks()).singleElement().isInstanceOf(TableBlock.class);
            assertThat(PrintedGrids.read((TableBlock) read.blocks().get(0)))
                    .containsExactly(
                            "0+1:项目 | 1+2:本年支出", "0+1: | 1+1:基本支出 | 2+1:项目支出", "0+1:合计 | 1+1:207.87 | 2+1:57.32");
        }

        @Test
        void startsARowAfterTheGridColumnsItSkips() throws Exception {
            byte[] docx = MiniDocx.of("<w:tbl>"
                    + "<w:tr>" + tc("", "A") + tc("", "B") + tc("", "C") + "</w:tr>"
                    + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", "b") + tc("", "c") + "</w:tr>"
                    + "</w:tbl>");
            assertThat(PrintedGrids.read(
                            (TableBlock) READER.read("x.docx", docx).blocks().get(0)))
                    .containsExactly("0+1:A | 1+1:B | 2+1:C", "1+1:b | 2+1:c");
        }

        @Test
        void flattensATableNestedInACellIntoTheCellsText() throws Exception {
            String inner = "<w:tbl><w:tr>" + tc("", "甲") + tc("", "乙") + "</w:tr><w:tr>" + tc("", "丙") + tc("", "丁")
                    + "</w:tr></w:tbl>";
            byte[] docx = MiniDocx.of("<w:tbl><w:tr>" + tc("", "外层") + "<w:tc>" + p("说明") + inner + p("") + "</w:tc>"
                    + "</w:tr></w:tbl>" + p("表后段落"));
            PublishedDocument read = READER.read("嵌套.docx", docx);
            assertThat(read.blocks()).hasSize(2);
            assertThat(PrintedGrids.read((TableBlock) read.blocks().get(0))).containsExactly("0+1:外层 | 1+1:说明 甲 乙 丙 丁");
            assertThat(((TextBlock) read.blocks().get(1)).text()).isEqualTo("表后段落");
            assertThat(read.blocks().get(1).source()).isEqualTo(SourceRef.text("嵌套.docx", 8, 1));
        }
    }

    @Nested
    class WhatWordShows {

        @Test
        void readsTheResultOfAFieldAndNotItsCode() throws Exception {
            byte[] docx = MiniDocx.of("<w:p><w:r><w:t>共</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> NUMPAGES </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>32</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r></w:p>");
            assertThat(texts(READER.read("域.docx", docx))).containsExactly("共32页");
        }

        @Test
        void leavesOutHeadersDeletedTextAndFallbacks() throws Exception {
            byte[] docx = MiniDocx.of(p("正文")
                    + "<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
                    + "<w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
                    + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>文本框</w:t></w:r></mc:Choice>"
                    + "<mc:Fallback><w:r><w:t>文本框</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>");
            List<String> texts = texts(READER.read("修订.docx", docx));
            assertThat(texts).containsExactly("正文", "保留文本框");
            assertThat(texts).noneMatch(text -> text.contains(MiniDocx.HEADER_TEXT));
        }

        @Test
        void turnsTabsAndBreaksIntoSpaces() throws Exception {
            byte[] docx =
                    MiniDocx.of("<w:p><w:r><w:t>部门：某局</w:t><w:tab/><w:t>单位：万元</w:t><w:br/><w:t>续</w:t></w:r></w:p>");
            assertThat(texts(READER.read("x.docx", docx))).containsExactly("部门：某局 单位：万元 续");
        }
    }

    @Nested
    class Unreadable {

        @Test
        void reportsAnOldWordFile() throws IOException {
            ByteArrayOutputStream ole = new ByteArrayOutputStream();
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                fs.createDocument(new ByteArrayInputStream(new byte[16]), "WordDocument");
                fs.writeFilesystem(ole);
            }
            assertThatThrownBy(() -> READER.read("旧版.doc", ole.toByteArray()))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此文件是旧版Word格式（.doc）或已加密，无法审查；请另存为未加密的.docx文件");
        }

        @Test
        void reportsAnOfficeFileThatIsNoWordFile() {
            assertThatThrownBy(() -> READER.read("表.docx", RenderedExample.xlsx()))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此文件不是Word文件（没有Word正文），无法审查");
        }

        @Test
        void reportsAFileThatIsNoZip() {
            assertThatThrownBy(() -> READER.read("x.docx", "<html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此文件不是可读的Word文件（格式不符或文件已损坏），无法审查")
                    .satisfies(e -> assertThat(((UnreadableDocumentException) e).where())
                            .isEqualTo(SourceRef.file("x.docx")));
        }

        @Test
        void reportsABodyThatIsNoXml() {
            byte[] docx = MiniDocx.of("<w:p><w:r><w:t>未闭合");
            assertThatThrownBy(() -> READER.read("坏.docx", docx))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("此Word文件的正文无法读取（文件已损坏），无法审查");
        }
    }

    private static List<String> texts(PublishedDocument document) {
        List<String> texts = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text) {
                texts.add(text.text());
            }
        }
        return texts;
    }

    private static List<TableBlock> tables(PublishedDocument document) {
        List<TableBlock> tables = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof TableBlock table) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** The ordinal of every paragraph of a Word file, counted with POI's model: by text, and by table row. */
    private static final class Ordinals {
        final Map<String, Integer> byText = new HashMap<>();
        final List<List<Integer>> rows = new ArrayList<>();
        private int count;

        Ordinals(byte[] docx) throws IOException {
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
                for (IBodyElement element : document.getBodyElements()) {
                    if (element instanceof XWPFParagraph paragraph) {
                        byText.putIfAbsent(paragraph.getText(), ++count);
                    } else if (element instanceof XWPFTable table) {
                        List<Integer> firsts = new ArrayList<>();
                        for (XWPFTableRow row : table.getRows()) {
                            firsts.add(count + 1);
                            for (XWPFTableCell cell : row.getTableCells()) {
                                count += cell.getParagraphs().size();
                            }
                        }
                        rows.add(firsts);
                    }
                }
            }
        }

        int of(String text) {
            return byText.get(text);
        }
    }
}
