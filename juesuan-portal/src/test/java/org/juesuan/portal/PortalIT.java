package org.juesuan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.BuildDisclosure;
import org.juesuan.app.publish.OutputFormat;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.publication.ExampleSeeder;
import org.juesuan.portal.store.AuditEntry;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.FileFormat;
import org.juesuan.portal.store.NewVersion;
import org.juesuan.portal.store.PublishedListing;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.ValidationSummary;
import org.juesuan.portal.store.VersionFile;
import org.juesuan.portal.store.VersionRecord;
import org.juesuan.portal.store.VersionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal as a newcomer meets it (门户): a fresh H2 database in a directory of its own, the bundled example
 * published on start, the list, the document page and every download. The example is rendered once, when the
 * application starts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalIT {

    private static final String UNIT = "武汉市青山区人民政府国有资产监督管理局";
    private static final Path EXAMPLES =
            Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Path DATA = TestDirectories.fresh("portal-it", "data-");

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
    AuditLogRepository audit;

    @Autowired
    ExampleSeeder seeder;

    @Autowired
    Definitions definitions;

    private PublishedListing example;
    private VersionRecord version;

    @BeforeEach
    void findTheExample() {
        example = documents.published().stream()
                .filter(listing -> listing.document().unitName().equals(UNIT))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the example was not published on start"));
        version = documents.publishedVersion(example.document().id(), 1).orElseThrow();
    }

    @Test
    void publishesTheExampleAsVersionOneOnFirstStart() throws IOException {
        assertThat(Files.isDirectory(EXAMPLES.resolve("qingshan-guozi-2024"))).isTrue();
        try (Stream<Path> files = Files.list(DATA)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("the database lives in files under juesuan.data")
                    .anyMatch(name -> name.startsWith("juesuan"));
        }
        assertThat(example.versionNumber()).isEqualTo(1);
        assertThat(example.document().regionName()).isEqualTo("湖北省武汉市青山区");
        assertThat(example.document().fiscalYear()).isEqualTo(2024);
        assertThat(example.document().profile()).isEqualTo("hubei-2024");
        assertThat(version.state()).isEqualTo(VersionState.PUBLISHED);
        // the example keeps the published document's own errors (its README lists them): built as a draft
        assertThat(version.validation().errors()).isPositive();
        assertThat(version.draftMarked()).isTrue();
        assertThat(version.validation().summary())
                .startsWith("校验发现：错误 " + version.validation().errors() + " 项");
        assertThat(documents.storedDataset(version.id()).orElseThrow().text()).contains("name: " + UNIT);
        assertThat(documents.files(version.id()))
                .extracting(VersionFile::format)
                .containsExactly(FileFormat.values());
        List<AuditEntry> entries = audit.entries(AuditLogRepository.VERSION, version.id());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("示例导入");
            assertThat(entry.actor()).isEqualTo("系统");
            for (VersionFile file : documents.files(version.id())) {
                assertThat(entry.details()).contains(file.sha256());
            }
        });
    }

    @Test
    void publishesTheExamplesOnlyIntoAnEmptyDatabase() {
        assertThat(seeder.seed()).isZero();
        assertThat(documents.publishedVersions(example.document().id())).hasSize(1);
    }

    @Test
    void homePageListsTheExampleByYearAndRegion() throws Exception {
        String page = page("/");
        assertThat(page)
                .contains("部门决算公开")
                .contains("2024年度")
                .contains("湖北省武汉市青山区")
                .contains(">" + UNIT + "<")
                .contains("href=\"/disclosures/" + example.document().id() + "\"");
        assertThat(page("/?year=2024&region=" + example.document().regionId())).contains(UNIT);
        assertThat(page("/?year=2023")).doesNotContain(UNIT).contains("没有符合条件的部门决算");
    }

    @Test
    void documentPageShowsTheDisclosureItsHistoryAndDigests() throws Exception {
        String page = page("/disclosures/" + example.document().id());
        // tables, narrative figures, charts, glossary and forms of the disclosure, inside the site
        assertThat(page)
                .contains("部门决算公开平台")
                .contains("一般公共服务支出")
                .contains("265.19")
                .contains("<svg")
                .contains("名词解释")
                .contains("绩效自评")
                .contains("class=\"disclosure\"")
                .contains(".disclosure h1{");
        assertThat(page)
                .contains("版本历史")
                .contains("第1版")
                .contains(version.validation().summary());
        for (VersionFile file : documents.files(version.id())) {
            assertThat(page).contains(file.sha256()).contains(file.fileName());
        }
        assertThat(page("/disclosures/" + example.document().id() + "/versions/1"))
                .contains("一般公共服务支出");
    }

    @Test
    void documentPageOffersEachTableAsCsvAndTheDataPackage() throws Exception {
        long id = example.document().id();
        String page = page("/disclosures/" + id);
        Profile profile =
                definitions.profile(example.document().profile()).value().orElseThrow();
        java.util.regex.Matcher links =
                java.util.regex.Pattern.compile("href=\"(/api/[^\"]+\\.csv)\"").matcher(page);
        List<String> csv = new ArrayList<>();
        while (links.find()) {
            csv.add(links.group(1));
        }
        assertThat(csv)
                .containsExactlyElementsOf(profile.tables().stream()
                        .map(table -> "/api/documents/" + id + "/versions/1/tables/" + table.id() + ".csv")
                        .toList());
        for (String link : csv) {
            MockHttpServletResponse response =
                    mvc.perform(get(link)).andReturn().getResponse();
            assertThat(response.getStatus()).as(link).isEqualTo(200);
            assertThat(response.getContentType()).as(link).startsWith("text/csv");
        }
        String zip = "/api/documents/" + id + "/versions/1/datapackage.zip";
        assertThat(page).contains("href=\"" + zip + "\"");
        MockHttpServletResponse response = mvc.perform(get(zip)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void downloadsServeTheStoredBytesWithTheirHeaders() throws Exception {
        String prefix = "/disclosures/" + example.document().id() + "/versions/1/";
        for (VersionFile file : documents.files(version.id())) {
            MockHttpServletResponse response =
                    mvc.perform(get(prefix + file.format().key())).andReturn().getResponse();
            byte[] body = response.getContentAsByteArray();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(DocumentRepository.sha256(body)).isEqualTo(file.sha256());
            assertThat(body).hasSize((int) file.size());
            assertThat(response.getContentType()).isEqualTo(file.format().mediaType());
            String disposition = response.getHeader("Content-Disposition");
            assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
            String encoded = disposition.substring(disposition.indexOf("UTF-8''") + "UTF-8''".length());
            assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(file.fileName());
            assertThat(response.getHeader("ETag")).isEqualTo("\"" + file.sha256() + "\"");
            // what each file says, read with the library of its format
            assertThat(text(file.format(), body))
                    .as(file.format().name())
                    .contains(file.format() == FileFormat.JSON ? "行政运行" : "一般公共服务支出")
                    .contains(UNIT);
        }
        assertThat(documents.files(version.id()))
                .extracting(VersionFile::fileName)
                .contains(UNIT + "2024年度部门决算.pdf", UNIT + "2024年度部门决算公开表.xlsx");
        // the JSON dataset is a dataset again: it loads, with the lines of the example
        Path json = Files.createTempDirectory(DATA, "json-").resolve("dataset.json");
        Files.write(
                json,
                mvc.perform(get(prefix + "json")).andReturn().getResponse().getContentAsByteArray());
        Dataset reloaded = new DatasetLoader(definitions).load(json).value().orElseThrow();
        assertThat(reloaded.unit().name()).isEqualTo(UNIT);
        assertThat(reloaded.lines()).extracting(line -> line.code().digits()).contains("2010301", "2010302");
        assertThat(mvc.perform(get(prefix + "pdf")).andReturn().getResponse().getContentType())
                .isEqualTo("application/pdf");
        assertThat(mvc.perform(get(prefix + "exe")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void unpublishedVersionsAreNotServed() throws Exception {
        long document = documents.document(
                units.unit(units.region("湖北省武汉市青山区"), "青山区未公开局", "未公开局", "区"),
                2024,
                "hubei-2024",
                OffsetDateTime.now());
        VersionRecord draft = documents.addVersion(new NewVersion(
                document,
                "format: juesuan-dataset/1\n",
                "yaml",
                new ValidationSummary(0, 0, 0, "校验通过", ""),
                false,
                null,
                "editor",
                OffsetDateTime.now()));
        documents.addFile(draft.id(), FileFormat.PDF, "草稿.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertThat(status("/disclosures/" + document)).isEqualTo(404);
        assertThat(status("/disclosures/" + document + "/versions/1")).isEqualTo(404);
        assertThat(status("/disclosures/" + document + "/versions/1/pdf")).isEqualTo(404);
        assertThat(page("/")).doesNotContain("青山区未公开局");
        assertThat(status("/disclosures/999999")).isEqualTo(404);
    }

    @Test
    void everyResponseForbidsOutsideScripts() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(status("/assets/site.css")).isEqualTo(200);
        assertThat(status("/fonts/NotoSansSC-Regular.ttf")).isEqualTo(200);
    }

    @Test
    void textFromTheDatasetIsShownAsTextNeverAsMarkup() throws Exception {
        // a unit name and a narrative reason carrying markup, rendered by the real renderer and stored as is
        Path directory = Files.createTempDirectory(DATA, "script-");
        String dataset = Files.readString(EXAMPLES.resolve("qingshan-guozi-2024/dataset.yaml"))
                .replace("  name: " + UNIT, "  name: \"<script>alert(2)</script>测试局\"")
                .replace("  total: 削减人员经费拨款与支出，厉行节约", "  total: \"<script>alert(1)</script>削减人员经费\"");
        Files.writeString(directory.resolve("dataset.yaml"), dataset);
        Dataset loaded = new DatasetLoader(definitions).load(directory).value().orElseThrow();
        assertThat(loaded.unit().name()).isEqualTo("<script>alert(2)</script>测试局");
        ValidateDataset validation = new ValidateDataset(definitions);
        Profile profile = validation.profile(loaded, Optional.empty(), Issues.create());
        TableSet tables = Deriver.derive(profile, loaded, DisplayRoundingPolicy.LARGEST_REMAINDER);
        byte[] html = new BuildDisclosure(definitions)
                .render(tables, EnumSet.of(OutputFormat.HTML), DisplayRoundingPolicy.LARGEST_REMAINDER, true, false)
                .files()
                .content(OutputFormat.HTML.fileName());

        long unit = units.unit(units.region("湖北省武汉市青山区"), loaded.unit().name(), "测试局", "区");
        long document = documents.document(unit, 2024, "hubei-2024", OffsetDateTime.now());
        VersionRecord stored = documents.addVersion(new NewVersion(
                document,
                dataset,
                "yaml",
                new ValidationSummary(0, 0, 0, "<script>alert(3)</script>", "<b>report</b>"),
                true,
                null,
                "<script>alert(4)</script>",
                OffsetDateTime.now()));
        documents.addFile(stored.id(), FileFormat.HTML, "测试局.html", html);
        documents.publish(stored.id(), "<script>alert(5)</script>", OffsetDateTime.now());

        String page = page("/disclosures/" + document);
        assertThat(page).doesNotContain("<script>").doesNotContain("<b>report");
        assertThat(page)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;削减人员经费")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;测试局")
                .contains("&lt;script&gt;alert(3)&lt;/script&gt;")
                .contains("&lt;script&gt;alert(5)&lt;/script&gt;");
        assertThat(page("/")).doesNotContain("<script").contains("&lt;script&gt;alert(2)&lt;/script&gt;测试局");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    @Test
    void theOpenDataDescribesThePublishedExample() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode units = json.readTree(
                mvc.perform(get("/api/units")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode unit = null;
        for (JsonNode candidate : units) {
            if (candidate.get("name").asText().equals(UNIT)) {
                unit = candidate;
            }
        }
        assertThat(unit).as("the example's unit is listed").isNotNull();
        assertThat(unit.get("level").asText()).isEqualTo(example.document().level());
        assertThat(unit.get("region").asText()).isEqualTo(example.document().regionName());

        int year = example.document().fiscalYear();
        JsonNode listed = json.readTree(mvc.perform(get("/api/documents?year=" + year + "&region="
                        + example.document().regionId()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        JsonNode entry = null;
        for (JsonNode candidate : listed) {
            assertThat(candidate.get("year").asInt()).isEqualTo(year);
            assertThat(candidate.get("region").asText())
                    .isEqualTo(example.document().regionName());
            if (candidate.get("id").asLong() == example.document().id()) {
                entry = candidate;
            }
        }
        assertThat(entry).as("the example is listed").isNotNull();
        assertThat(entry.get("unit").asText()).isEqualTo(UNIT);
        assertThat(entry.get("profile").asText()).isEqualTo(example.document().profile());
        assertThat(entry.get("latest_version").asInt())
                .isEqualTo(documents
                        .publishedVersions(example.document().id())
                        .get(0)
                        .number());
        assertThat(json.readTree(mvc.perform(get("/api/documents?year=" + (year + 1)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)))
                .isEmpty();

        JsonNode versions = json.readTree(
                mvc.perform(get("/api/documents/" + example.document().id() + "/versions"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(versions)
                .hasSize(documents.publishedVersions(example.document().id()).size());
        JsonNode first = versions.get(versions.size() - 1);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(OffsetDateTime.parse(first.get("published_at").asText()).toInstant())
                .isEqualTo(version.publishedAt().toInstant());
        List<VersionFile> stored = documents.files(version.id());
        assertThat(first.get("files")).hasSize(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            JsonNode file = first.get("files").get(i);
            assertThat(file.get("format").asText())
                    .isEqualTo(stored.get(i).format().key());
            assertThat(file.get("size").asLong()).isEqualTo(stored.get(i).size());
            byte[] downloaded = mvc.perform(get(file.get("url").asText()))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(DocumentRepository.sha256(downloaded))
                    .as("the download URL serves the file of that checksum")
                    .isEqualTo(file.get("sha256").asText());
        }
    }

    /** Returns the text of a downloaded file, read with the library of its format. */
    private static String text(FileFormat format, byte[] body) throws IOException {
        switch (format) {
            case PDF:
                try (PDDocument pdf = Loader.loadPDF(body)) {
                    return new PDFTextStripper().getText(pdf);
                }
            case DOCX:
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(body));
                        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                    return extractor.getText();
                }
            case XLSX:
                try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                    StringBuilder text = new StringBuilder();
                    xlsx.forEach(sheet -> sheet.forEach(
                            row -> row.forEach(cell -> text.append(cell).append('\t'))));
                    return text.toString();
                }
            case HTML:
            case JSON:
                return new String(body, StandardCharsets.UTF_8);
            default:
                throw new AssertionError(format);
        }
    }
}
