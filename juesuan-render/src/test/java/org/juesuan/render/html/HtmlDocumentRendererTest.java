package org.juesuan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentBuilder;
import org.juesuan.core.document.DocumentInfo;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.GridBlock;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Part;
import org.juesuan.core.document.TableBlock;
import org.juesuan.core.narrative.NarrativeWriter;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.render.ExampleTables;
import org.juesuan.render.SampleDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlDocumentRendererTest {

    private static final Document SAMPLE = SampleDocument.of("hubei-2024", false);
    private static final String HTML = HtmlDocumentRenderer.render(SAMPLE);

    @Test
    void isOneSelfContainedPage() {
        assertThat(HTML)
                .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
                .contains(
                        "<meta charset=\"UTF-8\">",
                        "<style>",
                        "<title>" + SAMPLE.info().title() + "</title>")
                .doesNotContain("<script", "<link", "<img", "<iframe", "src=", "@import", "url(http", "href=\"http");
    }

    @Test
    void everyLinkOfTheContentsLeadsToAnIdAndTheIdsAreUnique() {
        List<String> ids = all(HTML, " id=\"([^\"]+)\"");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        List<String> links = all(HTML, "href=\"#([^\"]+)\"");
        assertThat(links).hasSize(SAMPLE.contents().size());
        assertThat(ids).containsAll(links);
        // the links are in the order of the contents and show their text
        List<String> texts = all(HTML, "<a href=\"#[^\"]+\">([^<]+)</a>");
        List<String> expected = new ArrayList<>();
        for (Document.ContentsEntry entry : SAMPLE.contents()) {
            expected.add(entry.text());
        }
        assertThat(texts).isEqualTo(expected);
    }

    @Test
    void partsAndHeadingsAreNestedHeadingElements() {
        assertThat(count(HTML, "<h1>")).isEqualTo(SAMPLE.parts().size());
        for (int level = 1; level <= 3; level++) {
            int headings = 0;
            for (Part part : SAMPLE.parts()) {
                for (Block block : part.blocks()) {
                    if (block instanceof Heading && ((Heading) block).level() == level) {
                        headings++;
                    }
                }
            }
            assertThat(count(HTML, "<h" + (level + 1) + " id=\""))
                    .as("level %d", level)
                    .isEqualTo(headings);
        }
        assertThat(HTML).contains("<h3 id=\"part-3-10\">（一）一般公共预算财政拨款支出决算总体情况</h3>");
    }

    @Test
    void oneTablePerTableBlockWithItsHeaderRowsInThead() {
        int tables = blocks(SAMPLE, TableBlock.class);
        assertThat(tables).isEqualTo(9);
        assertThat(count(HTML, "<table class=\"public\">")).isEqualTo(tables);
        assertThat(count(HTML, "<section class=\"table")).isEqualTo(tables);
        assertThat(count(HTML, "<table class=\"grid\">")).isEqualTo(blocks(SAMPLE, GridBlock.class));
        assertThat(count(HTML, "<thead>")).isEqualTo(tables + blocks(SAMPLE, GridBlock.class));
        assertThat(HTML)
                .contains(
                        "<th colspan=\"3\">收入</th>",
                        "<td class=\"amount\" data-row=\"2010301\" data-col=\"basic\">207.87</td>",
                        "本部门2024年度无政府性基金预算财政拨款收入支出。");
    }

    @Test
    void aHeadingBeforeATableStartsThePageWithIt() {
        // the first table follows the part heading; the others each start a page with their heading
        assertThat(HTML).contains("<section class=\"table\" id=\"table-T01\">\n<h2 id=\"part-2-1\">收入支出决算总表</h2>");
        assertThat(HTML).contains("<section class=\"table page\" id=\"table-T02\">\n<h2 id=\"part-2-3\">");
    }

    @Test
    void everyChartIsAnInlineSvgWithItsCaption() {
        assertThat(count(HTML, "<svg ")).isEqualTo(4);
        assertThat(count(HTML, "<figure class=\"chart\"")).isEqualTo(blocks(SAMPLE, ChartBlock.class));
        assertThat(HTML)
                .contains(
                        "<figcaption>图1：收、支决算总计变动情况</figcaption>",
                        "<figcaption>图3：支出决算结构</figcaption>",
                        ">207.87万元（78.4%）</text>");
    }

    @Test
    void everyFigureIsOneUnbreakableSpanThatNamesIt() {
        assertThat(SAMPLE.figures()).isNotEmpty();
        for (FigureRun figure : SAMPLE.figures()) {
            assertThat(HTML)
                    .contains("<span class=\"figure\" data-key=\"" + figure.key() + "\">" + figure.text() + "</span>");
        }
        assertThat(HTML).contains("span.figure{white-space:nowrap;}");
    }

    @Test
    void paragraphStylesBecomeClasses() {
        assertThat(HTML)
                .contains(
                        "<p class=\"body\">2. 承担监督所监管企业国有资产保值增值的责任。</p>",
                        "<p class=\"note\">备注：1.",
                        "<p class=\"centered\">2024年度武汉市青山区人民政府国有资产监督管理局整体绩效自评表</p>",
                        "p.body{text-indent:2em;}");
    }

    @Test
    void theCoverShowsUnitTitleAndDate() {
        assertThat(HTML)
                .contains(
                        "<p class=\"cover-unit\">武汉市青山区人民政府国有资产监督管理局</p>",
                        "<p class=\"cover-title\">2024年度部门决算公开</p>",
                        "<p class=\"cover-date\">2025年10月30日</p>");
    }

    @Test
    void printsOnA4WithPageBreaksAndRepeatedHeaders() {
        assertThat(HTML)
                .contains(
                        "@page{size:A4;",
                        "section.part{break-before:page;",
                        "section.table.page{break-before:page;}",
                        "thead{display:table-header-group;}");
    }

    @Test
    void escapesEveryTextSoThatNoneCanInjectMarkup() {
        String hostile = "<script>alert(1)</script>局";
        DocumentInfo info = SAMPLE.info();
        List<Part> parts = new ArrayList<>(SAMPLE.parts());
        parts.add(new Part(
                Part.Kind.GLOSSARY,
                "第七部分",
                hostile,
                List.of(
                        new Heading(1, hostile),
                        new Paragraph(
                                Paragraph.Style.BODY,
                                List.of(new FigureRun(hostile, FigureRun.Kind.COUNT, BigDecimal.ONE, hostile))),
                        new ChartBlock(
                                5,
                                hostile,
                                ChartBlock.Kind.PIE,
                                List.of(hostile),
                                List.of(new ChartBlock.Series(hostile, List.of(BigDecimal.ONE))),
                                "万元"))));
        Document document = new Document(
                new DocumentInfo(
                        hostile + "2024年度部门决算公开",
                        hostile,
                        info.fiscalYear(),
                        info.publishedOn(),
                        info.profileId(),
                        info.language(),
                        false),
                parts);
        String html = HtmlDocumentRenderer.render(document);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;局");
        assertThat(count(html, "&lt;script&gt;alert(1)&lt;/script&gt;局")).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aDraftIsMarkedOnTopAndAtEveryPart() {
        String draft = HtmlDocumentRenderer.render(SampleDocument.of("hubei-2024", true));
        assertThat(draft)
                .contains("<p class=\"draft-banner\">草稿：数据未通过校验，不得公开。</p>", "<div class=\"watermark\"")
                .contains("<title>【草稿】");
        assertThat(count(draft, "<p class=\"draft\">草稿</p>"))
                .isEqualTo(SAMPLE.parts().size());
        assertThat(draft.indexOf("draft-banner\">")).isLessThan(draft.indexOf("<header class=\"cover\""));
        assertThat(HTML).doesNotContain("草稿");
    }

    @Test
    void theSameDocumentGivesTheSameText() {
        assertThat(HtmlDocumentRenderer.render(SampleDocument.of("hubei-2024", false)))
                .isEqualTo(HTML);
    }

    @Test
    void theWrittenPageIsTheTextInUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlDocumentRenderer.render(SAMPLE, out);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(HTML);
        assertThat(out.toByteArray()).isEqualTo(HTML.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void gridColumnsTakeTheirRelativeWidths() {
        // the key-work grid has widths 1, 3, 6 and 8 of 18
        assertThat(HTML)
                .contains("<colgroup><col style=\"width:5.56%\"><col style=\"width:16.67%\">"
                        + "<col style=\"width:33.33%\"><col style=\"width:44.44%\"></colgroup>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei-2024", "shanghai-2024"})
    void theBuiltExampleDocumentIsWholeAndItsLinksResolve(String profileId) {
        Document document = built(profileId);
        String html = HtmlDocumentRenderer.render(document);

        List<String> ids = all(html, " id=\"([^\"]+)\"");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        List<String> links = all(html, "href=\"#([^\"]+)\"");
        assertThat(links).hasSize(document.contents().size());
        assertThat(ids).containsAll(links);
        assertThat(count(html, "<table class=\"public\">")).isEqualTo(blocks(document, TableBlock.class));
        assertThat(count(html, "<table class=\"grid\">")).isEqualTo(blocks(document, GridBlock.class));
        assertThat(count(html, "<svg ")).isEqualTo(blocks(document, ChartBlock.class));
        for (FigureRun figure : document.figures()) {
            assertThat(html)
                    .contains("<span class=\"figure\" data-key=\"" + HtmlMarkup.escape(figure.key()) + "\">"
                            + HtmlMarkup.escape(figure.text()) + "</span>");
        }
        for (String line : document.info().cover()) {
            assertThat(html).contains("\">" + HtmlMarkup.escape(line) + "</p>");
        }
        assertThat(HtmlDocumentRenderer.render(built(profileId))).isEqualTo(html);
    }

    /** Builds the example's document as the application does: tables as printed, narrative, assembly. */
    private static Document built(String profileId) {
        Profile profile = Profiles.bundled(Catalogs.bundled()).require(profileId);
        TableSet display = Deriver.derive(
                profile, ExampleTables.dataset().withProfile(profileId), DisplayRoundingPolicy.LARGEST_REMAINDER);
        return DocumentBuilder.of(profile)
                .build(display, NarrativeWriter.write(profile, display), false)
                .value()
                .orElseThrow();
    }

    private static int blocks(Document document, Class<? extends Block> kind) {
        int count = 0;
        for (Part part : document.parts()) {
            for (Block block : part.blocks()) {
                count += kind.isInstance(block) ? 1 : 0;
            }
        }
        return count;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
