package org.juesuan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.TestDirectories;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.PublishedListing;
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
 * The tables, cells and data packages of the published example over HTTP (公开表接口): the figures are the ones
 * derived from the example's dataset, the CSV is what Excel opens, and a draft or unknown version is never served
 * (the authorization matrix covers the 404s for every endpoint).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TableApiIT {

    private static final Path EXAMPLES =
            Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Path DATA = TestDirectories.fresh("table-api-it", "data-");

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
    Definitions definitions;

    private final ObjectMapper json = new ObjectMapper();
    private PublishedListing example;
    private TableSet derived;

    @BeforeEach
    void findTheExample() {
        example = documents.published().get(0);
        Dataset dataset = new DatasetLoader(definitions)
                .load(EXAMPLES.resolve("qingshan-guozi-2024"))
                .value()
                .orElseThrow();
        Profile profile = new ValidateDataset(definitions).profile(dataset, Optional.empty(), Issues.create());
        derived = Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
    }

    private String base() {
        return "/api/documents/" + example.document().id() + "/versions/" + example.versionNumber();
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=").contains("public");
        return response;
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(fetch(path).getContentAsString(StandardCharsets.UTF_8));
    }

    private String wan(ReportTable table, String line, String column) {
        return table.cell(line, column)
                .amount()
                .map(amount ->
                        amount.in(AmountUnit.WAN_YUAN, RoundingMode.UNNECESSARY).toPlainString())
                .orElse(null);
    }

    @Test
    void listsThePublicTablesOfTheVersion() throws Exception {
        JsonNode list = read(base() + "/tables");
        assertThat(list.get("amount_unit").asText()).isEqualTo("万元");
        List<String> ids = new ArrayList<>();
        for (JsonNode table : list.get("tables")) {
            ids.add(table.get("id").asText());
            assertThat(table.get("number").asText()).startsWith("公开");
            assertThat(table.get("url").asText())
                    .isEqualTo(base() + "/tables/" + table.get("id").asText());
        }
        assertThat(ids).isEqualTo(derived.tables().stream().map(ReportTable::id).toList());
    }

    @Test
    void aTableHasTheDerivedFiguresInWanYuan() throws Exception {
        ReportTable expected = derived.table("T03").orElseThrow();
        JsonNode table = read(base() + "/tables/T03");
        assertThat(table.get("number").asText()).isEqualTo("公开03表");
        assertThat(table.get("amount_unit").asText()).isEqualTo("万元");
        int cells = 0;
        for (JsonNode section : table.get("sections")) {
            for (JsonNode line : section.get("lines")) {
                for (JsonNode column : section.get("columns")) {
                    String id = column.get("id").asText();
                    JsonNode value = line.get("cells").get(id);
                    String want = wan(expected, line.get("id").asText(), id);
                    assertThat(value.isNull() ? null : value.asText())
                            .as("%s %s", line.get("id"), id)
                            .isEqualTo(want);
                    cells++;
                }
            }
        }
        assertThat(cells).isGreaterThan(10);
        JsonNode line = table.get("sections").get(0).get("lines").get(0);
        assertThat(line.get("function_code").asText()).isEqualTo(line.get("id").asText());
    }

    @Test
    void aCellNamesItsLineAndColumn() throws Exception {
        JsonNode cell = read(base() + "/tables/T03/cells/total/basic");
        assertThat(cell.get("value").asText())
                .isEqualTo(wan(derived.table("T03").orElseThrow(), "total", "basic"));
        assertThat(cell.get("line").get("label").asText()).isEqualTo("合计");
        assertThat(cell.get("column").get("label").asText()).isEqualTo("基本支出");
        assertThat(cell.get("amount_unit").asText()).isEqualTo("万元");
        JsonNode coded = read(base() + "/tables/T05/cells/2010301/subtotal");
        assertThat(coded.get("line").get("code").asText()).isEqualTo("2010301");
        assertThat(coded.get("value").asText())
                .isEqualTo(wan(derived.table("T05").orElseThrow(), "2010301", "subtotal"));
    }

    @Test
    void theCsvIsForExcelAndHasEveryCell() throws Exception {
        MockHttpServletResponse response = fetch(base() + "/tables/T06.csv");
        assertThat(response.getContentType()).startsWith("text/csv").containsIgnoringCase("utf-8");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("filename*=UTF-8''");
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark for Excel").startsWith(Csv.BOM);
        List<List<String>> records = FiscalDataPackageTest.parseCsv(text.substring(1));
        assertThat(records.get(0)).isEqualTo(TableController.CSV_HEADER);
        ReportTable expected = derived.table("T06").orElseThrow();
        int cells = 0;
        for (var section : expected.definition().sections()) {
            cells += expected.rows(section.id()).size() * section.columns().size();
        }
        assertThat(records).hasSize(cells + 1);
        for (List<String> record : records.subList(1, records.size())) {
            String want = wan(expected, record.get(1), record.get(7));
            assertThat(record.get(9)).isEqualTo(want == null ? "" : want);
            assertThat(record.get(5)).as("table 06 lists economic codes only").isEmpty();
        }
        assertThat(records.stream().anyMatch(record -> record.get(6).equals("30101")))
                .isTrue();
    }

    @Test
    void theDataPackagesAreZipFilesThatDoNotChange() throws Exception {
        String region = "/api/regions/" + example.document().regionId() + "/years/"
                + example.document().fiscalYear() + "/datapackage.zip";
        for (String path : List.of(base() + "/datapackage.zip", region)) {
            MockHttpServletResponse first = fetch(path);
            assertThat(first.getContentType()).isEqualTo("application/zip");
            assertThat(first.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
            assertThat(fetch(path).getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
            List<String> names = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.getContentAsByteArray()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    names.add(entry.getName());
                }
            }
            assertThat(names).first().isEqualTo(FiscalDataPackage.DESCRIPTOR);
            assertThat(names).contains("data/t01.csv", "data/t06.csv");
        }
    }
}
