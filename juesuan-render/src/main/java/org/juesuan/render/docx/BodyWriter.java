package org.juesuan.render.docx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentInfo;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.DraftNotice;
import org.juesuan.render.ooxml.XmlText;

/**
 * Writes the main part of the Word document (正文, {@code word/document.xml}): the cover, the table of contents, then
 * every part on a new page, each public table on a new page, tables too wide for an upright page in landscape
 * sections of their own, page numbers from the table of contents on.
 *
 * <p>One writer renders one document; not thread-safe.
 */
final class BodyWriter {

    /** The relationship id of the page footer. */
    static final String FOOTER = "rIdFooter";

    /** The relationship id of the draft page header. */
    static final String HEADER = "rIdHeader";

    private static final String NAMESPACES = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    private final Document document;
    private final boolean draft;
    private final StringBuilder xml = new StringBuilder(1 << 18);
    private final List<byte[]> pictures = new ArrayList<>();

    /** The page set-up of the section being written. */
    private Page page = Page.PORTRAIT;

    /** How many sections have been closed: 0 while on the cover, 1 in the contents, 2 in the first body section. */
    private int sections;

    /** The next paragraph is the first of a section, which starts a new page anyway. */
    private boolean sectionStart;

    /** The next paragraph must start a new page. */
    private boolean breakPending;

    /** The last element written is a table, which must not touch another table or end the document. */
    private boolean afterTable;

    /** The next table-of-contents bookmark. */
    private int bookmark;

    BodyWriter(Document document) {
        this.document = document;
        this.draft = document.info().draft();
    }

    /** Returns the pictures, in order, once {@link #write()} has run: picture n is image n. */
    List<byte[]> pictures() {
        return pictures;
    }

    /** Returns {@code word/document.xml}. */
    String write() {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document")
                .append(NAMESPACES)
                .append("><w:body>");
        cover(document.info());
        closeSection();
        contents();
        closeSection();
        for (Part part : document.parts()) {
            part(part);
        }
        if (afterTable) {
            spacer();
        }
        sectionProperties();
        xml.append("</w:body></w:document>");
        return xml.toString();
    }

    private void cover(DocumentInfo info) {
        if (draft) {
            paragraph("DraftMark", DraftNotice.TEXT);
        }
        String date = info.publishedText();
        for (String line : coverLines(info)) {
            paragraph(!date.isEmpty() && line.equals(date) ? "Date" : "Title", line);
        }
    }

    /**
     * Returns the lines of the cover, in order, as the document's profile lays them out. A line equal to the
     * publication date is set in the date style, the others in the title style.
     */
    static List<String> coverLines(DocumentInfo info) {
        return info.cover();
    }

    /**
     * Writes the table of contents as a TOC field whose current result lists every entry, linked to its heading; Word
     * fills in the page numbers when it updates the field on opening.
     */
    private void contents() {
        paragraph("TOCHeading", "目　录");
        List<Document.ContentsEntry> entries = document.contents();
        if (entries.isEmpty()) {
            open("TOC1", false, "");
            fieldStart();
            xml.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Document.ContentsEntry entry = entries.get(i);
            open(entry.level() == 0 ? "TOC1" : "TOC2", false, "");
            if (i == 0) {
                fieldStart();
            }
            xml.append("<w:hyperlink w:anchor=\"_Toc").append(i + 1).append("\" w:history=\"1\">");
            run(xml, entry.text());
            xml.append("</w:hyperlink>");
            if (i == entries.size() - 1) {
                xml.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
            xml.append("</w:p>");
        }
    }

    private void fieldStart() {
        xml.append("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>")
                .append("<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
    }

    private void part(Part part) {
        Plan plan = Plan.of(part);
        turn(plan.partPage);
        heading(Styles.PART, part.heading(), true, true);
        List<Block> blocks = part.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            turn(plan.pages[i]);
            if (plan.newPage[i]) {
                breakPending = true;
            }
            Block block = blocks.get(i);
            if (block instanceof Heading heading) {
                heading(Styles.heading(heading.level()), heading.text(), heading.level() == 1, false);
            } else if (block instanceof Paragraph paragraph) {
                paragraph(Styles.paragraph(paragraph.style()), paragraph.text());
            } else if (block instanceof TableBlock table) {
                table(table.table(), plan.widths[i]);
            } else if (block instanceof GridBlock grid) {
                if (!TableXml.writable(grid.grid())) {
                    continue;
                }
                if (afterTable) {
                    spacer();
                }
                TableXml.append(xml, grid.grid(), grid.headerRows(), plan.widths[i].widths());
                afterTable = true;
            } else if (block instanceof ChartBlock chart) {
                chart(chart);
            }
        }
    }

    private void heading(String style, String text, boolean listed, boolean stylePageBreak) {
        open(style, stylePageBreak, "");
        if (listed) {
            bookmark++;
            xml.append("<w:bookmarkStart w:id=\"")
                    .append(bookmark)
                    .append("\" w:name=\"_Toc")
                    .append(bookmark)
                    .append("\"/>");
            run(xml, text);
            xml.append("<w:bookmarkEnd w:id=\"").append(bookmark).append("\"/>");
        } else {
            run(xml, text);
        }
        xml.append("</w:p>");
    }

    private void table(PrintedTable table, ColumnWidths widths) {
        paragraph("TableTitle", table.title());
        if (!table.number().isEmpty()) {
            paragraph("TableNumber", table.number());
        }
        open("TableUnit", false, "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + (page.textWidth() - 10) + "\"/></w:tabs>");
        run(xml, table.unitLine());
        xml.append("<w:r><w:tab/></w:r>");
        run(xml, table.amountUnitLine());
        xml.append("</w:p>");
        if (TableXml.writable(table.grid())) {
            TableXml.append(xml, table.grid(), table.headerRows(), widths.widths());
            afterTable = true;
        }
        List<String> notes = table.notes();
        for (int n = 0; n < notes.size(); n++) {
            if (notes.size() == 1) {
                paragraph("TableNote", "注：" + notes.get(n));
            } else if (n == 0) {
                paragraph("TableNote", "注：1." + notes.get(n));
            } else {
                open("TableNote", false, "<w:ind w:left=\"480\"/>");
                run(xml, (n + 1) + "." + notes.get(n));
                xml.append("</w:p>");
            }
        }
        table.emptyStatement().ifPresent(statement -> paragraph("TableStatement", statement));
    }

    private void chart(ChartBlock chart) {
        pictures.add(ChartPicture.png(chart));
        int number = pictures.size();
        open("Figure", false, "");
        xml.append("<w:r>");
        ChartPicture.appendDrawing(xml, number, DocxPackage.imageRelationship(number), chart);
        xml.append("</w:r></w:p>");
        paragraph("Caption", chart.caption());
    }

    private void paragraph(String style, String text) {
        open(style, false, "");
        run(xml, text);
        xml.append("</w:p>");
    }

    /** An empty paragraph between a table and what may not touch it. */
    private void spacer() {
        open("SectionBreak", false, "");
        xml.append("</w:p>");
    }

    /**
     * Opens a paragraph and its properties.
     *
     * @param style the paragraph style
     * @param stylePageBreak whether the style itself starts a new page
     * @param properties further paragraph properties, in schema order after {@code w:pageBreakBefore}
     */
    private void open(String style, boolean stylePageBreak, String properties) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
        if (sectionStart) {
            if (stylePageBreak) {
                xml.append("<w:pageBreakBefore w:val=\"0\"/>"); // the section break has started the page
            }
        } else if (breakPending && !stylePageBreak) {
            xml.append("<w:pageBreakBefore/>");
        }
        sectionStart = false;
        breakPending = false;
        afterTable = false;
        xml.append(properties).append("</w:pPr>");
    }

    /** Continues on a page of the given set-up, starting a new section if it differs. */
    private void turn(Page next) {
        if (next != page) {
            closeSection();
            page = next;
        }
    }

    /** Ends the current section with a section break paragraph; the next section starts on a new page. */
    private void closeSection() {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"SectionBreak\"/>");
        sectionProperties();
        xml.append("</w:pPr></w:p>");
        sections++;
        sectionStart = true;
        breakPending = false;
        afterTable = false;
    }

    /** Writes the properties of the current section: headers and footers, page, page numbering. */
    private void sectionProperties() {
        xml.append("<w:sectPr>");
        if (draft) {
            xml.append("<w:headerReference w:type=\"default\" r:id=\"")
                    .append(HEADER)
                    .append("\"/>");
        }
        if (sections > 0) {
            xml.append("<w:footerReference w:type=\"default\" r:id=\"")
                    .append(FOOTER)
                    .append("\"/>");
        }
        xml.append("<w:type w:val=\"nextPage\"/>");
        page.appendTo(xml);
        if (sections == 1) {
            xml.append("<w:pgNumType w:fmt=\"upperRoman\" w:start=\"1\"/>");
        } else if (sections == 2) {
            xml.append("<w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/>");
        }
        xml.append("<w:cols w:space=\"425\"/>");
        if (sections == 0) {
            xml.append("<w:vAlign w:val=\"center\"/>");
        }
        xml.append("</w:sectPr>");
    }

    /** Appends a run of text: line feeds become line breaks, tabs become tabs. */
    static void run(StringBuilder xml, String text) {
        if (text.isEmpty()) {
            return;
        }
        xml.append("<w:r>");
        if (ambiguous(text)) {
            // quotation marks and dashes are set in the East-Asian font, as Chinese text expects
            xml.append("<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>");
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : '\n';
            if (ch == '\n' || ch == '\t') {
                if (i > start) {
                    xml.append("<w:t xml:space=\"preserve\">");
                    XmlText.text(xml, text.substring(start, i));
                    xml.append("</w:t>");
                }
                if (i < text.length()) {
                    xml.append(ch == '\n' ? "<w:br/>" : "<w:tab/>");
                }
                start = i + 1;
            }
        }
        xml.append("</w:r>");
    }

    private static boolean ambiguous(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch >= 0x2018 && ch <= 0x201D) || ch == 0x2014 || ch == 0x2026 || ch == 0x00B7) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page plan of a part: which blocks go on which page set-up and which start a new page. A public table starts
     * a new page together with the headings just before it; a table or grid on a landscape page takes those headings,
     * a centred title before it and the notes after it into its landscape section.
     */
    private static final class Plan {
        Page partPage = Page.PORTRAIT;
        final Page[] pages;
        final boolean[] newPage;
        final ColumnWidths[] widths;

        private Plan(int blocks) {
            pages = new Page[blocks];
            Arrays.fill(pages, Page.PORTRAIT);
            newPage = new boolean[blocks];
            widths = new ColumnWidths[blocks];
        }

        static Plan of(Part part) {
            List<Block> blocks = part.blocks();
            Plan plan = new Plan(blocks.size());
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block instanceof TableBlock table) {
                    plan.widths[i] = ColumnWidths.forTable(table.table().grid());
                } else if (block instanceof GridBlock grid) {
                    plan.widths[i] = ColumnWidths.forGrid(grid);
                } else {
                    continue;
                }
                boolean publicTable = block instanceof TableBlock;
                Page page = plan.widths[i].page();
                if (!publicTable && page == Page.PORTRAIT) {
                    continue;
                }
                int first = i;
                while (first > 0 && leads(blocks.get(first - 1))) {
                    first--;
                }
                int last = i;
                while (last + 1 < blocks.size() && trails(blocks.get(last + 1))) {
                    last++;
                }
                for (int j = first; j <= last; j++) {
                    plan.pages[j] = page;
                }
                if (first == 0) {
                    plan.partPage = page;
                } else if (publicTable) {
                    plan.newPage[first] = true;
                }
            }
            return plan;
        }

        private static boolean leads(Block block) {
            return block instanceof Heading
                    || (block instanceof Paragraph paragraph && paragraph.style() == Paragraph.Style.CENTERED);
        }

        private static boolean trails(Block block) {
            return block instanceof Paragraph paragraph && paragraph.style() == Paragraph.Style.NOTE;
        }
    }
}
