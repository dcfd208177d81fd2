package org.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.render.SampleDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfRendererTest {

    private static Document sample;
    private static RenderedPdf rendered;
    private static List<String> pages;

    @BeforeAll
    static void render() throws IOException {
        sample = SampleDocument.of("hubei-2024", false);
        rendered = PdfRenderer.render(sample);
        pages = pageTexts(rendered.bytes());
    }

    static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(document));
            }
        }
        return texts;
    }

    @ParameterizedTest
    @CsvSource({"hubei-2024, false", "shanghai-2024, true"})
    void isPdfA2bCompliantAccordingToVeraPdf(String profile, boolean draft) throws Exception {
        byte[] bytes = PdfRenderer.bytes(SampleDocument.of(profile, draft));
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance()
                        .createParser(new ByteArrayInputStream(bytes), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId() + " " + a.getMessage())
                    .distinct()
                    .toList();
            assertThat(failed).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void declaresTitleAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo(sample.info().title());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"))
                    .contains("<pdfaid:part>2</pdfaid:part>")
                    .contains("<pdfaid:conformance>B</pdfaid:conformance>")
                    .contains(sample.info().title());
            assertThat(document.isEncrypted()).isFalse();
        }
    }

    @Test
    void embedsAndSubsetsEveryFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font).isInstanceOf(PDType0Font.class);
                PDType0Font type0 = (PDType0Font) font;
                assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2())
                        .as("embedded program of %s", font.getName())
                        .isNotNull();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
                // a subset: far smaller than the 10 MB font
                assertThat(type0.getDescendantFont()
                                .getFontDescriptor()
                                .getFontFile2()
                                .getCOSObject()
                                .getInt(COSName.LENGTH1))
                        .isLessThan(2_000_000);
            }
        }
    }

    @Test
    void drawsChartsAsVectorFormsWithoutImages() throws IOException {
        try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
            int forms = 0;
            int images = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    if (object instanceof PDFormXObject form) {
                        forms++;
                        // the chart's labels are text in the embedded font, not pictures
                        assertThat(form.getResources().getFontNames()).isNotEmpty();
                        try (java.io.InputStream in = form.getContentStream().createInputStream()) {
                            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
                                    .contains("Tj");
                        }
                    } else {
                        images++;
                    }
                }
            }
            long charts = sample.parts().stream()
                    .flatMap(part -> part.blocks().stream())
                    .filter(block -> block instanceof org.juesuan.core.document.ChartBlock)
                    .count();
            assertThat(forms).isEqualTo((int) charts);
            assertThat(images).isZero();
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    @Test
    void extractedTextIsCorrectChinese() {
        String all = String.join("\n", pages);
        assertThat(all).contains("部门", "一般公共服务支出", "财政拨款", "单位：万元", "公开01表", "265.19");
        // no look-alike radicals (⻔ for 门 and the like) in the text layer
        assertThat(all.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF).count())
                .isZero();
    }

    @Test
    void sameDocumentGivesTheSameBytes() {
        byte[] again = PdfRenderer.bytes(SampleDocument.of("hubei-2024", false));
        assertThat(again).isEqualTo(rendered.bytes());
        byte[] other = PdfRenderer.bytes(SampleDocument.of("hubei-2024", true));
        assertThat(other).isNotEqualTo(rendered.bytes());
    }

    @Test
    void coverHasNoPageNumberAndLaterPagesDo() {
        assertThat(pages.get(0))
                .contains(sample.info().unitName())
                .contains("年度部门决算公开")
                .doesNotContain("— 1 —");
        for (int p = 2; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).as("page %d", p).contains("— " + p + " —");
        }
    }

    @Test
    void contentsPageNumbersAreWhereTheHeadingsLand() {
        String contents = pages.get(1);
        assertThat(contents).contains("目");
        List<Document.ContentsEntry> entries = sample.contents();
        List<String> contentLines = contents.lines().map(String::strip).toList();
        int checked = 0;
        for (Document.ContentsEntry entry : entries) {
            if (entry.level() == 0 || entry.text().length() > 20) {
                continue; // long entries wrap; the number is on their last line
            }
            String line = contentLines.stream()
                    .filter(l -> l.startsWith(entry.text()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("not in the contents: " + entry.text()));
            int printed = Integer.parseInt(line.replaceAll("^.*?(\\d+)$", "$1"));
            int actual = firstPageStartingWith(entry.text(), printed);
            assertThat(printed).as(entry.text()).isEqualTo(actual);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    /** Returns the first body page (after the contents) with a line equal to the heading text. */
    private static int firstPageStartingWith(String text, int hint) {
        for (int p = 3; p <= pages.size(); p++) {
            if (pages.get(p - 1).lines().map(String::strip).anyMatch(text::equals)) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void eachPartStartsOnANewPage() {
        for (Part part : sample.parts()) {
            long starting = pages.stream()
                    .filter(page -> page.lines().map(String::strip).anyMatch(l -> l.startsWith(part.number())))
                    .count();
            assertThat(starting).as(part.heading()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void longTableRepeatsItsHeaderRows() throws IOException {
        PrintedTable table = firstTable("T01");
        List<Integer> onPages = rendered.layout().placements().stream()
                .filter(p -> p.target() instanceof PdfLayout.TableCell cell
                        && cell.tableId().equals(table.id()))
                .map(PdfLayout.Placement::page)
                .distinct()
                .toList();
        assertThat(onPages).as("公开01表 runs over two pages").hasSizeGreaterThan(1);
        for (int page : onPages) {
            String text = pages.get(page - 1);
            for (int r = 0; r < table.headerRows(); r++) {
                for (GridCell cell : table.grid().get(r)) {
                    if (!cell.isCovered() && !cell.text().isBlank()) {
                        assertThat(text).as("page %d", page).contains(cell.text());
                    }
                }
            }
            assertThat(text).as("page %d", page).contains("栏次");
        }
        // the title is printed once
        assertThat(pages.stream().filter(p -> p.contains(table.title())).count())
                .isEqualTo(1);
    }

    @Test
    void eachPublicTableStartsOnItsOwnPage() {
        List<Integer> firstPages = new ArrayList<>();
        for (Part part : sample.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof TableBlock t) {
                    String title = t.table().title();
                    int page = -1;
                    for (int p = 1; p <= pages.size() && page < 0; p++) {
                        if (pages.get(p - 1).contains(title)) {
                            page = p;
                        }
                    }
                    assertThat(page).as(title).isPositive();
                    firstPages.add(page);
                }
            }
        }
        assertThat(firstPages).hasSize(9).doesNotHaveDuplicates();
    }

    private static PrintedTable firstTable(String id) {
        for (Part part : sample.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof TableBlock t && t.table().id().equals(id)) {
                    return t.table();
                }
            }
        }
        throw new AssertionError("no table " + id);
    }

    @Test
    void everyShortHeadingIsShownInTheTextLayer() {
        String all = String.join("\n", pages);
        for (Part part : sample.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof Heading heading && heading.text().length() < 20) {
                    assertThat(all).contains(heading.text());
                }
            }
        }
    }

    @Test
    void theCoverPrintsTheLinesTheProfileLaysOut() throws IOException {
        // the Shanghai template's cover: the unit and “2024年度部门决算”, no date
        org.juesuan.core.document.DocumentInfo info = sample.info();
        Document shanghai = new Document(
                new org.juesuan.core.document.DocumentInfo(
                        info.title(),
                        info.unitName(),
                        info.fiscalYear(),
                        info.publishedOn(),
                        "shanghai-2024",
                        info.language(),
                        false,
                        List.of(info.unitName(), "2024年度部门决算")),
                sample.parts());
        String cover = pageTexts(PdfRenderer.render(shanghai).bytes()).get(0);
        assertThat(cover).contains(info.unitName(), "2024年度部门决算").doesNotContain("公开", "2025年10月30日");
        // the Hubei cover: the date at the foot
        assertThat(pages.get(0)).contains("2024年度部门决算公开", "2025年10月30日");
    }

    @Test
    void draftMarksEveryPageOnlyWhenDraft() throws IOException {
        assertThat(pages).noneMatch(page -> page.contains("草稿"));
        List<String> draft = pageTexts(PdfRenderer.bytes(SampleDocument.of("hubei-2024", true)));
        assertThat(draft).hasSize(pages.size());
        assertThat(draft).allMatch(page -> page.contains("草稿"));
    }

    @Test
    void rendersOnSeveralThreadsAlike() throws Exception {
        byte[][] results = new byte[2][];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < threads.length; i++) {
            int index = i;
            threads[i] = new Thread(() -> results[index] = PdfRenderer.bytes(SampleDocument.of("hubei-2024", false)));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results[0]).isEqualTo(rendered.bytes());
        assertThat(results[1]).isEqualTo(rendered.bytes());
    }
}
