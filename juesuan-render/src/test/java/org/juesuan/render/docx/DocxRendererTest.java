package org.juesuan.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.internal.StableZip;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.SampleDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The Word file of the sample document is read back with POI and compared with the model it was drawn from. */
class DocxRendererTest {

    private static Document document;
    private static byte[] bytes;

    @BeforeAll
    static void render() {
        document = SampleDocument.of("hubei-2024", false);
        bytes = DocxRenderer.render(document);
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void partTitlesAreHeading1AndSectionHeadingsHeading2And3() throws IOException {
        try (XWPFDocument word = open(bytes)) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            int checked = 0;
            for (Part part : document.parts()) {
                assertThat(styleOf(paragraphs, part.heading()))
                        .as(part.heading())
                        .isEqualTo("Heading1");
                for (Block block : part.blocks()) {
                    if (block instanceof Heading heading) {
                        assertThat(styleOf(paragraphs, heading.text()))
                                .as(heading.text())
                                .isEqualTo("Heading" + (heading.level() + 1));
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(10);
        }
    }

    private static String styleOf(List<XWPFParagraph> paragraphs, String text) {
        return paragraphs.stream()
                .filter(p -> p.getText().equals(text)
                        && p.getStyleID() != null
                        && p.getStyleID().startsWith("Heading"))
                .map(XWPFParagraph::getStyleID)
                .findFirst()
                .orElse("none");
    }

    @Test
    void theCoverCarriesTheTitleAndThePublicationDateAloneOnItsPage() throws IOException {
        try (XWPFDocument word = open(bytes)) {
            List<XWPFParagraph> cover = new ArrayList<>();
            for (XWPFParagraph paragraph : word.getParagraphs()) {
                if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) {
                    break;
                }
                cover.add(paragraph);
            }
            String title = cover.stream()
                    .filter(p -> "Title".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText)
                    .reduce("", String::concat);
            assertThat(title).isEqualTo(document.info().title());
            assertThat(cover.get(cover.size() - 1).getStyleID()).isEqualTo("Date");
            assertThat(cover.get(cover.size() - 1).getText()).isEqualTo("2025年10月30日");
            assertThat(sections(word).get(0).getVAlign().getVal().toString()).isEqualTo("center");
        }
    }

    @Test
    void stylesExistWithEastAsianFonts() throws IOException, XmlException {
        try (XWPFDocument word = open(bytes)) {
            assertThat(eastAsianFont(word, "Title")).isEqualTo("方正小标宋简体");
            assertThat(eastAsianFont(word, "Heading1")).isEqualTo("黑体");
            assertThat(eastAsianFont(word, "Heading2")).isEqualTo("黑体");
            assertThat(eastAsianFont(word, "Heading3")).isEqualTo("楷体");
            assertThat(eastAsianFont(word, "BodyText")).isEqualTo("仿宋");
            assertThat(eastAsianFont(word, "TableAmount")).isEqualTo("宋体");
            // the built-in names, so Word lists them as 标题 1, 标题 2 and uses them for the outline
            assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            var body = word.getStyles().getStyle("BodyText").getCTStyle().getPPr();
            assertThat(body.getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
            // every style a paragraph or cell uses is defined
            for (XWPFParagraph paragraph : allParagraphs(word)) {
                if (paragraph.getStyleID() != null) {
                    assertThat(word.getStyles().styleExist(paragraph.getStyleID()))
                            .as(paragraph.getStyleID())
                            .isTrue();
                }
            }
        }
    }

    /** Returns the East-Asian font a style resolves to, following its basedOn chain to the document defaults. */
    private static String eastAsianFont(XWPFDocument word, String styleId) throws IOException, XmlException {
        for (String id = styleId; id != null; ) {
            CTStyle style = word.getStyles().getStyle(id).getCTStyle();
            if (style.isSetRPr() && style.getRPr().sizeOfRFontsArray() > 0) {
                String font = style.getRPr().getRFontsArray(0).getEastAsia();
                if (font != null) {
                    return font;
                }
            }
            id = style.isSetBasedOn() ? style.getBasedOn().getVal() : null;
        }
        return word.getStyle()
                .getDocDefaults()
                .getRPrDefault()
                .getRPr()
                .getRFontsArray(0)
                .getEastAsia();
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument word) {
        List<XWPFParagraph> all = new ArrayList<>(word.getParagraphs());
        for (XWPFTable table : word.getTables()) {
            table.getRows().forEach(row -> row.getTableCells().forEach(cell -> all.addAll(cell.getParagraphs())));
        }
        return all;
    }

    @Test
    void containsEveryChartAsAPictureFollowedByItsCaption() throws IOException {
        List<ChartBlock> charts = new ArrayList<>();
        for (Part part : document.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof ChartBlock chart) {
                    charts.add(chart);
                }
            }
        }
        assertThat(charts).hasSize(4);
        try (XWPFDocument word = open(bytes)) {
            List<XWPFPictureData> pictures = word.getAllPictures();
            assertThat(pictures).hasSize(charts.size());
            for (XWPFPictureData picture : pictures) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getData()));
                assertThat(image).isNotNull();
                assertThat(image.getWidth()).isGreaterThan(image.getHeight());
            }
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            List<String> captions = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (!paragraphs.get(i).getRuns().isEmpty()
                        && !paragraphs
                                .get(i)
                                .getRuns()
                                .get(0)
                                .getEmbeddedPictures()
                                .isEmpty()) {
                    assertThat(paragraphs.get(i + 1).getStyleID()).isEqualTo("Caption");
                    captions.add(paragraphs.get(i + 1).getText());
                }
            }
            assertThat(captions)
                    .containsExactlyElementsOf(
                            charts.stream().map(ChartBlock::caption).toList());
        }
    }

    @Test
    void tablesMergeHeaderCellsAndRepeatTheirHeaderRows() throws IOException {
        List<PrintedTable> printed = printedTables(document);
        try (XWPFDocument word = open(bytes)) {
            List<XWPFTable> tables = word.getTables();
            int merged = 0;
            for (int t = 0; t < printed.size(); t++) {
                PrintedTable table = printed.get(t);
                XWPFTable shown = tables.get(t);
                assertThat(shown.getNumberOfRows()).isEqualTo(table.grid().size());
                for (int r = 0; r < table.grid().size(); r++) {
                    boolean repeated = shown.getRow(r).getCtRow().getTrPr().sizeOfTblHeaderArray() > 0;
                    assertThat(repeated).as(table.number() + " row " + r).isEqualTo(r < table.headerRows());
                    for (int c = 0; c < table.columnCount(); c++) {
                        GridCell cell = table.grid().get(r).get(c);
                        if (cell.isCovered() || (cell.colSpan() == 1 && cell.rowSpan() == 1)) {
                            continue;
                        }
                        CTTcPr properties = cellAt(shown, r, c).getCTTc().getTcPr();
                        assertThat(
                                        properties.isSetGridSpan()
                                                ? properties
                                                        .getGridSpan()
                                                        .getVal()
                                                        .intValue()
                                                : 1)
                                .as(table.number() + " " + cell.text())
                                .isEqualTo(cell.colSpan());
                        if (cell.rowSpan() > 1) {
                            assertThat(properties.getVMerge().getVal().toString())
                                    .isEqualTo("restart");
                            for (int below = r + 1; below < r + cell.rowSpan(); below++) {
                                CTTcPr continued =
                                        cellAt(shown, below, c).getCTTc().getTcPr();
                                assertThat(continued.isSetVMerge()).isTrue();
                                assertThat(continued.getVMerge().isSetVal()).isFalse();
                            }
                        }
                        merged++;
                    }
                }
            }
            assertThat(merged).isGreaterThan(20);
        }
    }

    @Test
    void amountsAreRightAlignedInCellsOfTheirGridPosition() throws IOException {
        List<PrintedTable> printed = printedTables(document);
        try (XWPFDocument word = open(bytes)) {
            assertThat(word.getStyles()
                            .getStyle("TableAmount")
                            .getCTStyle()
                            .getPPr()
                            .getJc()
                            .getVal()
                            .toString())
                    .isEqualTo("right");
            int amounts = 0;
            for (int t = 0; t < printed.size(); t++) {
                PrintedTable table = printed.get(t);
                for (int r = 0; r < table.grid().size(); r++) {
                    for (int c = 0; c < table.columnCount(); c++) {
                        GridCell cell = table.grid().get(r).get(c);
                        if (cell.kind() == GridCell.Kind.AMOUNT && !cell.text().isEmpty()) {
                            XWPFTableCell shown = cellAt(word.getTables().get(t), r, c);
                            assertThat(shown.getText()).isEqualTo(cell.text());
                            assertThat(shown.getParagraphs().get(0).getStyleID())
                                    .isEqualTo("TableAmount");
                            amounts++;
                        }
                    }
                }
            }
            assertThat(amounts).isGreaterThan(50);
        }
    }

    /** Returns the cell that starts at a grid column, counting the columns each cell spans. */
    static XWPFTableCell cellAt(XWPFTable table, int row, int column) {
        int c = 0;
        for (XWPFTableCell cell : table.getRow(row).getTableCells()) {
            if (c == column) {
                return cell;
            }
            CTTcPr properties = cell.getCTTc().getTcPr();
            c += properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
        }
        throw new AssertionError("no cell starts at row " + row + ", column " + column);
    }

    static List<PrintedTable> printedTables(Document document) {
        List<PrintedTable> tables = new ArrayList<>();
        for (Part part : document.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof TableBlock table) {
                    tables.add(table.table());
                }
            }
        }
        return tables;
    }

    @Test
    void wideTablesStandOnLandscapePagesAndFillTheTextWidth() throws IOException {
        List<PrintedTable> printed = printedTables(document);
        try (XWPFDocument word = open(bytes)) {
            List<CTSectPr> sections = sectionOfEachTable(word);
            for (int t = 0; t < printed.size(); t++) {
                CTSectPr section = sections.get(t);
                boolean landscape = section.getPgSz().getOrient() == STPageOrientation.LANDSCAPE;
                long textWidth = ((BigInteger) section.getPgSz().getW()).longValue()
                        - ((BigInteger) section.getPgMar().getLeft()).longValue()
                        - ((BigInteger) section.getPgMar().getRight()).longValue();
                long tableWidth = 0;
                for (var column :
                        word.getTables().get(t).getCTTbl().getTblGrid().getGridColList()) {
                    tableWidth += ((BigInteger) column.getW()).longValue();
                }
                assertThat(tableWidth).as(printed.get(t).number()).isEqualTo(textWidth);
                String number = printed.get(t).number();
                if (number.equals("公开05表")) {
                    assertThat(landscape).as("five columns stand upright").isFalse();
                }
                if (number.equals("公开06表") || number.equals("公开09表")) {
                    assertThat(landscape)
                            .as(number + ": nine or twelve columns lie on their side")
                            .isTrue();
                }
            }
        }
    }

    /** Returns, for each table in order, the properties of the section it is in. */
    private static List<CTSectPr> sectionOfEachTable(XWPFDocument word) {
        List<CTSectPr> sections = new ArrayList<>();
        int waiting = 0;
        for (IBodyElement element : word.getBodyElements()) {
            if (element instanceof XWPFTable) {
                waiting++;
            } else if (element instanceof XWPFParagraph paragraph
                    && paragraph.getCTP().isSetPPr()
                    && paragraph.getCTP().getPPr().isSetSectPr()) {
                for (; waiting > 0; waiting--) {
                    sections.add(paragraph.getCTP().getPPr().getSectPr());
                }
            }
        }
        for (; waiting > 0; waiting--) {
            sections.add(word.getDocument().getBody().getSectPr());
        }
        return sections;
    }

    @Test
    void everyPartAndEveryPublicTableStartsANewPage() throws IOException {
        try (XWPFDocument word = open(bytes)) {
            List<IBodyElement> body = word.getBodyElements();
            int tables = 0;
            for (int i = 0; i < body.size(); i++) {
                if (!(body.get(i) instanceof XWPFParagraph paragraph) || paragraph.getStyleID() == null) {
                    continue;
                }
                boolean startsTable = paragraph.getStyleID().equals("TableTitle");
                if (!paragraph.getStyleID().equals("Heading1") && !startsTable) {
                    continue;
                }
                // the page break is on the first of the headings over the table
                int first = i;
                while (startsTable
                        && body.get(first - 1) instanceof XWPFParagraph above
                        && above.getStyleID().startsWith("Heading")) {
                    first--;
                }
                XWPFParagraph opening = (XWPFParagraph) body.get(first);
                boolean afterSectionBreak = body.get(first - 1) instanceof XWPFParagraph before
                        && before.getCTP().getPPr().isSetSectPr();
                var direct = opening.getCTP().getPPr().getPageBreakBefore();
                boolean pageBreak = direct == null
                        ? opening.getStyleID().equals("Heading1") // the style breaks the page
                        : !direct.isSetVal() || direct.getVal().toString().matches("true|on|1");
                assertThat(afterSectionBreak || pageBreak)
                        .as(paragraph.getText())
                        .isTrue();
                tables += startsTable ? 1 : 0;
            }
            assertThat(tables).isEqualTo(printedTables(document).size());
        }
    }

    @Test
    void theTableOfContentsIsAFieldWordUpdatesOnOpeningListingEveryEntry() throws IOException {
        try (XWPFDocument word = open(bytes)) {
            String xml = word.getDocument().xmlText();
            assertThat(xml).contains("TOC \\o \"1-2\"");
            assertThat(word.getSettings().getCTSettings().getUpdateFields().getVal())
                    .isNotNull();
            List<String> entries = word.getParagraphs().stream()
                    .filter(p -> "TOC1".equals(p.getStyleID()) || "TOC2".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(entries)
                    .containsExactlyElementsOf(document.contents().stream()
                            .map(Document.ContentsEntry::text)
                            .toList());
        }
    }

    @Test
    void everyPageAfterTheCoverHasAPageNumberField() throws IOException {
        try (XWPFDocument word = open(bytes)) {
            assertThat(word.getFooterList()).hasSize(1);
            XWPFFooter footer = word.getFooterList().get(0);
            assertThat(footer.getParagraphs()
                            .get(0)
                            .getCTP()
                            .getFldSimpleArray(0)
                            .getInstr())
                    .contains("PAGE");
            List<CTSectPr> sections = sections(word);
            assertThat(sections.get(0).sizeOfFooterReferenceArray())
                    .as("the cover")
                    .isZero();
            for (CTSectPr section : sections.subList(1, sections.size())) {
                assertThat(section.sizeOfFooterReferenceArray()).isEqualTo(1);
            }
            assertThat(sections.get(2).getPgNumType().getStart().intValue())
                    .as("the first part is page 1")
                    .isEqualTo(1);
        }
    }

    private static List<CTSectPr> sections(XWPFDocument word) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph paragraph : word.getParagraphs()) {
            if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) {
                sections.add(paragraph.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(word.getDocument().getBody().getSectPr());
        return sections;
    }

    @Nested
    class Draft {

        @Test
        void everyPageOfADraftIsMarked() throws IOException {
            Document draft = SampleDocument.of("hubei-2024", true);
            try (XWPFDocument word = open(DocxRenderer.render(draft))) {
                assertThat(word.getHeaderList()).hasSize(1);
                assertThat(word.getHeaderList().get(0).getText()).contains("草稿");
                for (CTSectPr section : sections(word)) {
                    assertThat(section.sizeOfHeaderReferenceArray()).isEqualTo(1);
                }
                assertThat(word.getProperties().getCoreProperties().getTitle())
                        .isEqualTo(draft.info().title() + "（草稿）");
                assertThat(word.getParagraphs().get(0).getText()).contains("草稿");
            }
        }

        @Test
        void aFinalDocumentCarriesNoDraftMark() throws IOException {
            try (XWPFDocument word = open(bytes)) {
                assertThat(word.getHeaderList()).isEmpty();
                for (CTSectPr section : sections(word)) {
                    assertThat(section.sizeOfHeaderReferenceArray()).isZero();
                }
                assertThat(word.getProperties().getCoreProperties().getTitle())
                        .isEqualTo(document.info().title());
                assertThat(entry(bytes, "word/document.xml")).doesNotContain("草稿");
            }
        }
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        assertThat(DocxRenderer.render(SampleDocument.of("hubei-2024", false))).isEqualTo(bytes);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(StableZip.FIXED_TIME);
            }
        }
        try (XWPFDocument word = open(bytes)) {
            assertThat(word.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(Date.from(document.info()
                            .publishedOn()
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()));
        }
    }

    @Test
    void theMainPartAndTheParagraphStylesAreValidWordprocessingMl() throws IOException, XmlException {
        for (boolean draft : new boolean[] {false, true}) {
            for (String profile : List.of("hubei-2024", "shanghai-2024")) {
                try (XWPFDocument word = open(DocxRenderer.render(SampleDocument.of(profile, draft)))) {
                    List<XmlError> errors = new ArrayList<>();
                    XmlOptions options = new XmlOptions().setErrorListener(errors);
                    assertThat(word.getDocument().validate(options))
                            .as(errors.toString())
                            .isTrue();
                    for (CTStyle style : word.getStyle().getStyleList()) {
                        if (style.getType() == STStyleType.PARAGRAPH) {
                            assertThat(style.validate(options))
                                    .as(style.getStyleId() + errors)
                                    .isTrue();
                        }
                    }
                    for (XWPFFooter footer : word.getFooterList()) {
                        assertThat(footer._getHdrFtr().validate(options))
                                .as(errors.toString())
                                .isTrue();
                    }
                }
            }
        }
    }

    private static String entry(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    InputStream in = zip;
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
