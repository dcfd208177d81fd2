package org.juesuan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.BuildDisclosure;
import org.juesuan.app.publish.OutputFormat;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.document.Part;
import org.juesuan.core.issue.DisclosureException;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.publication.DisclosureBuilder;
import org.juesuan.portal.publication.PublicationService;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.NewVersion;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.ValidationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public site beyond the list (公开网站：图表、检索、对比): the example's charts as interactive charts with the
 * data of the document model, full-text search over published documents only, and the comparisons of one
 * department across years and of the departments of a region. Besides the example (2024), the test publishes the
 * same unit's 2025 accounts (under a 2025 copy of the example's profile), another unit of the region and a unit whose narrative carries markup, each built and
 * published as the portal does, with 三公 and 机关运行经费 figures changed to known values; and stores a draft.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSiteIT {

    private static final String UNIT = "武汉市青山区人民政府国有资产监督管理局";
    private static final String OTHER_UNIT = "武汉市青山区人民政府测试服务中心";
    private static final String MARKUP_UNIT = "武汉市青山区人民政府标记测试中心";
    private static final String DRAFT_UNIT = "武汉市青山区人民政府未公开草稿中心";
    private static final String REGION = "湖北省武汉市青山区";
    private static final Path EXAMPLES =
            Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Path EXAMPLE = EXAMPLES.resolve("qingshan-guozi-2024");
    private static final Path DATA = TestDirectories.fresh("public-site-it", "data-");
    private static final String ZEROS = "  actual:\n    abroad: 0.00\n    vehiclePurchase: 0.00\n"
            + "    vehicleOperation: 0.00\n    reception: 0.00\n";

    /**
     * The bundled definitions and a profile for 2025 made from hubei-2024 (the bundled profiles are all of 2024, the
     * catalogs of 2024 and 2025), so that the same unit can publish two years.
     */
    @TestConfiguration
    static class NextYear {
        @Bean
        @Primary
        Definitions nextYearDefinitions() throws IOException {
            Path bundled = Path.of(
                            "..", "juesuan-core", "src", "main", "resources", "juesuan", "profiles", "hubei-2024")
                    .toAbsolutePath()
                    .normalize();
            Path profiles = Files.createDirectories(DATA.resolve("profiles"));
            Path copy = profiles.resolve("hubei-2025");
            try (Stream<Path> files = Files.walk(bundled)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(bundled.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Path profile = copy.resolve("profile.yaml");
            Files.writeString(
                    profile,
                    Files.readString(profile, StandardCharsets.UTF_8)
                            .replace("id: hubei-2024", "id: hubei-2025")
                            .replace("fiscalYear: 2024", "fiscalYear: 2025"),
                    StandardCharsets.UTF_8);
            return Definitions.load(null, profiles);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("juesuan.data", DATA::toString);
        registry.add("juesuan.examples", EXAMPLES::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentRepository documents;

    @Autowired
    UnitRepository units;

    @Autowired
    DisclosureBuilder builder;

    @Autowired
    PublicationService publication;

    @Autowired
    Definitions definitions;

    @Autowired
    JdbcClient jdbc;

    private static @Nullable Fixture fixture;

    /** The datasets stored besides the example, and the ids the pages are reached by. */
    private record Fixture(
            Dataset example, Dataset later, Dataset other, long exampleDocument, long unit, long region) {}

    @BeforeEach
    void publishMore() throws IOException {
        if (fixture != null) {
            return;
        }
        String example = Files.readString(EXAMPLE.resolve("dataset.yaml"), StandardCharsets.UTF_8);
        assertThat(example).contains(ZEROS).contains("  fiscalYear: 2024\n").contains("  actual: 7.56\n");
        // the same unit's 2025 accounts: 三公 0.50 + 1.25, 机关运行经费 9.00
        Dataset later = publish(
                "later",
                example.replace("  fiscalYear: 2024\n", "  fiscalYear: 2025\n")
                        .replace("profile: hubei-2024\n", "profile: hubei-2025\n")
                        .replace(
                                ZEROS,
                                ZEROS.replace("abroad: 0.00", "abroad: 0.50")
                                        .replace("reception: 0.00", "reception: 1.25"))
                        .replace("  actual: 7.56\n", "  actual: 9.00\n"));
        // another unit of the region in 2024: 公务用车运行维护费 3.10, 公务接待费 2.00
        Dataset other = publish(
                "other",
                example.replace("  name: " + UNIT + "\n", "  name: " + OTHER_UNIT + "\n")
                        .replace(
                                ZEROS,
                                ZEROS.replace("vehicleOperation: 0.00", "vehicleOperation: 3.10")
                                        .replace("reception: 0.00", "reception: 2.00")));
        // a unit whose stated reason carries markup
        publish(
                "markup",
                example.replace("  name: " + UNIT + "\n", "  name: " + MARKUP_UNIT + "\n")
                        .replace("  total: 削减人员经费拨款与支出，厉行节约", "  total: \"<script>alert(1)</script>削减标记经费\""));
        // a draft, never published
        long draftUnit = units.unit(units.region(REGION), DRAFT_UNIT, DRAFT_UNIT, "区");
        documents.addVersion(new NewVersion(
                documents.document(draftUnit, 2024, "hubei-2024", OffsetDateTime.now()),
                example.replace("  name: " + UNIT + "\n", "  name: " + DRAFT_UNIT + "\n"),
                "yaml",
                new ValidationSummary(0, 0, 0, "校验通过", ""),
                false,
                null,
                "editor",
                OffsetDateTime.now()));
        long exampleDocument = documents.published().stream()
                .filter(listing -> listing.document().unitName().equals(UNIT)
                        && listing.document().fiscalYear() == 2024)
                .findFirst()
                .orElseThrow()
                .document()
                .id();
        long unit = jdbc.sql("SELECT unit_id FROM documents WHERE id = ?")
                .param(exampleDocument)
                .query(Long.class)
                .single();
        fixture = new Fixture(load(EXAMPLE), later, other, exampleDocument, unit, units.region(REGION));
    }

    private Dataset publish(String name, String dataset) throws IOException {
        Path directory = Files.createDirectories(DATA.resolve(name));
        Files.writeString(directory.resolve("dataset.yaml"), dataset, StandardCharsets.UTF_8);
        try {
            publication.publish(builder.build(directory), "测试", "发布", null);
        } catch (DisclosureException failure) {
            throw new AssertionError(new IssueFormatter().format(failure.issues()), failure);
        }
        return load(directory);
    }

    private Dataset load(Path directory) {
        return new DatasetLoader(definitions).load(directory).value().orElseThrow();
    }

    // ---------------------------------------------------------------------------------------------- charts

    @Test
    void theDisclosurePageCarriesEveryChartOfTheDocumentModelAsData() throws Exception {
        Fixture f = fixture();
        Dataset dataset = f.example();
        Profile profile = new ValidateDataset(definitions).profile(dataset, Optional.empty(), Issues.create());
        TableSet tables = Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
        List<ChartBlock> charts = new BuildDisclosure(definitions)
                        .render(
                                tables,
                                EnumSet.of(OutputFormat.HTML),
                                DisplayRoundingPolicy.LARGEST_REMAINDER,
                                true,
                                false)
                        .document()
                        .parts()
                        .stream()
                        .map(Part::blocks)
                        .flatMap(List::stream)
                        .filter(ChartBlock.class::isInstance)
                        .map(ChartBlock.class::cast)
                        .toList();
        assertThat(charts).as("the example's document has charts").isNotEmpty();

        MockHttpServletResponse response = mvc.perform(get("/disclosures/" + f.exampleDocument()))
                .andReturn()
                .getResponse();
        org.jsoup.nodes.Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        List<Element> figures = page.select("article.disclosure figure.chart[data-chart-number]");
        assertThat(figures).hasSize(charts.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < charts.size(); i++) {
            ChartBlock chart = charts.get(i);
            Element figure = figures.get(i);
            assertThat(figure.attr("data-chart-number")).isEqualTo(String.valueOf(chart.number()));
            assertThat(figure.select("svg"))
                    .as("the static chart stays for readers without scripts")
                    .hasSize(1);
            JsonNode data = json.readTree(figure.attr("data-chart"));
            assertThat(data.get("caption").asText()).isEqualTo(chart.caption());
            assertThat(data.get("unit").asText()).isEqualTo("万元");
            List<String> categories = new ArrayList<>();
            data.get("categories").forEach(node -> categories.add(node.asText()));
            assertThat(categories).isEqualTo(chart.categories());
            assertThat(data.get("series")).hasSize(chart.series().size());
            for (int s = 0; s < chart.series().size(); s++) {
                ChartBlock.Series series = chart.series().get(s);
                JsonNode node = data.get("series").get(s);
                assertThat(node.get("name").asText()).isEqualTo(series.name());
                List<BigDecimal> values = new ArrayList<>();
                node.get("values").forEach(value -> {
                    assertThat(value.isTextual())
                            .as("a decimal string, not a binary number")
                            .isTrue();
                    values.add(new BigDecimal(value.asText()));
                });
                assertThat(values).usingElementComparator(BigDecimal::compareTo).isEqualTo(series.values());
            }
        }

        // the charts are drawn by the site's own scripts: no inline script, and the policy allows none
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).isNotNull();
        String scripts = policy.substring(policy.indexOf("script-src"));
        scripts = scripts.substring(0, scripts.indexOf(';'));
        assertThat(scripts).isEqualTo("script-src 'self'");
        List<String> sources = new ArrayList<>();
        for (Element script : page.select("script")) {
            assertThat(script.hasAttr("src")).as("no inline script: %s", script).isTrue();
            assertThat(script.data()).isEmpty();
            sources.add(script.attr("src"));
        }
        assertThat(sources).containsExactly("/assets/echarts/echarts.min.js", "/assets/charts.js");
        for (String source : sources) {
            MockHttpServletResponse asset = mvc.perform(get(source)).andReturn().getResponse();
            assertThat(asset.getStatus()).as(source).isEqualTo(200);
            assertThat(asset.getContentAsByteArray().length).as(source).isGreaterThan(1000);
        }
        assertThat(mvc.perform(get("/assets/echarts/echarts.min.js"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("echarts");

        // links to the comparisons
        assertThat(page.select("a.compare-unit").attr("href")).isEqualTo("/compare/units/" + f.unit());
        assertThat(page.select("a.compare-region").attr("href")).isEqualTo("/compare/regions/" + f.region() + "/2024");
    }

    // ---------------------------------------------------------------------------------------------- search

    @Test
    void theIndexAndEveryPageOfferTheSearch() throws Exception {
        org.jsoup.nodes.Document index = Jsoup.parse(page("/"));
        assertThat(index.select("form.search-form[action=/search] input[name=q]"))
                .hasSize(1);
        assertThat(index.select("header form.search-box[action=/search] input[name=q]"))
                .hasSize(1);
        org.jsoup.nodes.Document document =
                Jsoup.parse(page("/disclosures/" + fixture().exampleDocument()));
        assertThat(document.select("header form.search-box[action=/search]")).hasSize(1);
    }

    @Test
    void searchFindsTheExampleByAPhraseOfItsNarrativeAndByItsUnitName() throws Exception {
        Fixture f = fixture();
        // the reason the narrative quotes for the change of 收、支总计
        List<Element> byPhrase = hits("厉行节约");
        assertThat(byPhrase)
                .extracting(hit -> hit.select("a.unit").attr("href"))
                .contains("/disclosures/" + f.exampleDocument());
        Element hit = byPhrase.stream()
                .filter(h -> h.select("a.unit").attr("href").equals("/disclosures/" + f.exampleDocument()))
                .findFirst()
                .orElseThrow();
        assertThat(hit.select("p.snippet mark").eachText()).contains("厉行节约");
        assertThat(hit.select("a.unit").text()).isEqualTo(UNIT + "2024年度部门决算");

        // two terms, both must occur: the unit name and the year
        List<Element> byName = hits("国有资产监督管理局 2025");
        assertThat(byName).hasSize(1);
        assertThat(byName.get(0).select("a.unit").text()).isEqualTo(UNIT + "2025年度部门决算");

        // the unit whose name holds the term comes before the one whose text only does
        List<String> ranked =
                hits("国有资产监督管理").stream().map(h -> h.select("a.unit").text()).toList();
        assertThat(ranked).contains(OTHER_UNIT + "2024年度部门决算");
        assertThat(ranked.get(0)).startsWith(UNIT);
        assertThat(ranked.indexOf(UNIT + "2025年度部门决算")).isLessThan(ranked.indexOf(OTHER_UNIT + "2024年度部门决算"));

        // a table line label (公开01表)
        assertThat(hits("附属单位上缴收入")).isNotEmpty();
    }

    @Test
    void searchNeverFindsADraft() throws Exception {
        assertThat(hits("未公开草稿中心")).isEmpty();
        assertThat(Jsoup.parse(search("未公开草稿中心")).select("main").text()).contains("没有找到包含“未公开草稿中心”的已公开部门决算");
    }

    @Test
    void searchShowsTheQueryAndThePassagesAsText() throws Exception {
        String page = search("<script>alert(9)</script>");
        assertThat(page).doesNotContain("<script>alert(9)").contains("&lt;script&gt;alert(9)&lt;/script&gt;");

        String found = search("削减标记经费");
        assertThat(found).doesNotContain("<script>alert(1)");
        List<Element> hits = Jsoup.parse(found).select("ol.results > li");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).select("a.unit").text()).startsWith(MARKUP_UNIT);
        assertThat(hits.get(0).select("p.snippet").text()).contains("<script>alert(1)</script>削减标记经费");
        assertThat(hits.get(0).select("p.snippet mark").eachText()).containsExactly("削减标记经费");
        assertThat(hits.get(0).select("p.snippet script")).isEmpty();

        // LIKE's wildcards are searched for as characters: 减少1.73% is in the narrative, 减少4.68万元 matches no %
        assertThat(hits("减少1.73%")).isNotEmpty();
        assertThat(hits("减少%万元")).isEmpty();
        assertThat(hits("减少1.7_%")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- compare

    @Test
    void theDepartmentAcrossYearsSetsEachYearBesideTheYearBefore() throws Exception {
        Fixture f = fixture();
        org.jsoup.nodes.Document page = Jsoup.parse(page("/compare/units/" + f.unit()));
        assertThat(page.select("h1").text()).isEqualTo(UNIT + "历年决算对比");
        assertThat(page.select("table.unit-years thead tr")
                        .get(0)
                        .select("th a")
                        .eachText())
                .containsExactly("2024年度", "2025年度");
        // 三公: nothing in 2024, 0.50 + 1.25 in 2025; no rate over a year of nothing
        assertThat(row(page, "“三公”经费支出合计")).containsExactly("0.00", "1.75", "+1.75", "—");
        assertThat(row(page, "因公出国（境）费")).containsExactly("0.00", "0.50", "+0.50", "—");
        assertThat(row(page, "公务接待费")).containsExactly("0.00", "1.25", "+1.25", "—");
        assertThat(row(page, "公务用车购置及运行维护费")).containsExactly("0.00", "0.00", "0.00", "—");
        // 机关运行经费 7.56 → 9.00: +1.44, 1.44 / 7.56 = 19.047…% → +19.0%
        assertThat(row(page, "机关运行经费")).containsExactly("7.56", "9.00", "+1.44", "+19.0%");
        // the totals are those of 公开01表 of each year
        assertThat(row(page, "本年收入合计")).startsWith(t01(f.example(), "I27"), t01(f.later(), "I27"));
        assertThat(row(page, "本年支出合计")).startsWith(t01(f.example(), "E57"), t01(f.later(), "E57"));

        Element chart = page.select("div.chart[data-chart-number=2]").first();
        assertThat(chart).isNotNull();
        JsonNode data = new ObjectMapper().readTree(chart.attr("data-chart"));
        assertThat(data.get("categories").toString()).isEqualTo("[\"2024年\",\"2025年\"]");
        assertThat(data.get("series").get(0).get("name").asText()).isEqualTo("因公出国（境）费");
        assertThat(data.get("series").get(0).get("values").toString()).isEqualTo("[\"0.00\",\"0.50\"]");
        assertThat(data.get("series").get(3).get("values").toString()).isEqualTo("[\"7.56\",\"9.00\"]");
    }

    @Test
    void theDepartmentsOfARegionAreSetSideBySideAndSorted() throws Exception {
        Fixture f = fixture();
        String base = "/compare/regions/" + f.region() + "/2024";
        org.jsoup.nodes.Document page = Jsoup.parse(page(base));
        List<String> names =
                page.select("table.region-units tbody tr th a:first-child").eachText();
        assertThat(names)
                .containsExactlyInAnyOrder(OTHER_UNIT, MARKUP_UNIT, UNIT)
                .isSorted();
        Element other = page.select("table.region-units tbody tr").get(names.indexOf(OTHER_UNIT));
        assertThat(other.select("td.vehicle").text()).isEqualTo("3.10");
        assertThat(other.select("td.reception").text()).isEqualTo("2.00");
        assertThat(other.select("td.three-public").text()).isEqualTo("5.10");
        assertThat(other.select("td.expenditure").text()).isEqualTo(t01(f.other(), "E57"));
        assertThat(page.select("table.region-units tfoot td.three-public").text())
                .isEqualTo("5.10");

        org.jsoup.nodes.Document sorted = Jsoup.parse(page(base + "?sort=total&order=desc"));
        assertThat(sorted.select("table.region-units tbody tr th a:first-child")
                        .eachText()
                        .get(0))
                .isEqualTo(OTHER_UNIT);
        org.jsoup.nodes.Document ascending = Jsoup.parse(page(base + "?sort=total&order=asc"));
        assertThat(ascending
                        .select("table.region-units tbody tr th a:first-child")
                        .eachText()
                        .get(2))
                .isEqualTo(OTHER_UNIT);
        assertThat(sorted.select("th[aria-sort=descending] a").text()).isEqualTo("“三公”经费合计");

        JsonNode chart = new ObjectMapper()
                .readTree(page.select("div.chart[data-chart-number]").attr("data-chart"));
        assertThat(chart.get("categories").toString()).contains(OTHER_UNIT);
        assertThat(chart.get("series").get(2).get("name").asText()).isEqualTo("公务接待费");
    }

    @Test
    void comparisonsOfNothingPublishedAreNotFound() throws Exception {
        Fixture f = fixture();
        long draftUnit = units.unit(units.region(REGION), DRAFT_UNIT, DRAFT_UNIT, "区");
        assertThat(status("/compare/units/" + draftUnit)).isEqualTo(404);
        assertThat(status("/compare/units/987654")).isEqualTo(404);
        assertThat(status("/compare/regions/" + f.region() + "/1999")).isEqualTo(404);
        assertThat(status("/compare/regions/987654/2024")).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Fixture fixture() {
        return java.util.Objects.requireNonNull(fixture, "fixture");
    }

    /** Returns the figures of a row of the department's table, after its label. */
    private static List<String> row(org.jsoup.nodes.Document page, String label) {
        for (Element row : page.select("table.unit-years tbody tr")) {
            if (row.select("th").text().equals(label) || row.select("th").text().equals("其中：" + label)) {
                return row.select("td").eachText();
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** Returns an amount of 公开01表 (收入支出决算总表) in 万元 at two decimals. */
    private String t01(Dataset dataset, String row) {
        Profile profile = new ValidateDataset(definitions).profile(dataset, Optional.empty(), Issues.create());
        TableSet tables = Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
        return tables.table("T01")
                .orElseThrow()
                .cell(row, "amount")
                .amount()
                .orElseThrow()
                .toWanYuan()
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private List<Element> hits(String query) throws Exception {
        return Jsoup.parse(search(query)).select("ol.results > li");
    }

    private String search(String query) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/search").param("q", query)).andReturn().getResponse();
        assertThat(response.getStatus()).as(query).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }
}
