package org.juesuan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.store.DocumentInfo;
import org.juesuan.portal.store.ValidationSummary;
import org.juesuan.portal.store.VersionRecord;
import org.juesuan.portal.store.VersionState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Fiscal Data Package of the example (财政数据包): read back from the ZIP file, its descriptor names files that
 * are there, each file's header is its schema, the model names fields that exist, the amounts are the derived
 * tables' figures and add up to their totals, and the bytes are the same every time.
 */
class FiscalDataPackageTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "qingshan-guozi-2024", "dataset.yaml");

    private static TableSet derived;
    private static PublishedTables.Tables tables;

    @BeforeAll
    static void deriveTheExample() {
        Definitions definitions = Definitions.bundled();
        Dataset dataset = new DatasetLoader(definitions).load(EXAMPLE).value().orElseThrow();
        Profile profile = new ValidateDataset(definitions).profile(dataset, Optional.empty(), Issues.create());
        // the tables as the published files show them: 舍位平衡 to 0.01 万元
        derived = Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
        Map<String, PrintedTable> printed = new LinkedHashMap<>();
        TableLayout.layout(derived).forEach(table -> printed.put(table.id(), table));
        tables = new PublishedTables.Tables(document(dataset), version(), derived, printed);
    }

    static DocumentInfo document(Dataset dataset) {
        return new DocumentInfo(
                7, dataset.unit().name(), "区", 3, "湖北省武汉市青山区", dataset.fiscalYear(), dataset.profileId());
    }

    static VersionRecord version() {
        OffsetDateTime at = OffsetDateTime.of(2025, 9, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        return new VersionRecord(
                11,
                7,
                2,
                VersionState.PUBLISHED,
                new ValidationSummary(0, 0, 0, "校验通过", ""),
                false,
                "更正",
                "editor",
                at,
                "reviewer",
                at);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(FiscalDataPackage.ENTRY_TIME);
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Parses RFC 4180 CSV: quoted fields with doubled quotes, CRLF record ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field.toString()).as("the last record ends in CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }

    @Test
    void everyResourceIsInTheZipWithItsSchemaAsHeader() throws IOException {
        byte[] zip = FiscalDataPackage.write("juesuan-document-7-v2", "示例", 2024, List.of(tables));
        Map<String, byte[]> entries = unzip(zip);
        JsonNode descriptor = new ObjectMapper().readTree(entries.get(FiscalDataPackage.DESCRIPTOR));
        assertThat(descriptor.get("profile").asText()).isEqualTo("fiscal-data-package");
        assertThat(descriptor.get("fiscalPeriod").get("start").asText()).isEqualTo("2024-01-01");
        Set<String> paths = new TreeSet<>();
        Set<String> fieldNames = new TreeSet<>();
        for (JsonNode resource : descriptor.get("resources")) {
            String path = resource.get("path").asText();
            paths.add(path);
            assertThat(entries)
                    .as("the file of resource %s", resource.get("name"))
                    .containsKey(path);
            String text = new String(entries.get(path), StandardCharsets.UTF_8);
            assertThat(text).as("no byte order mark").doesNotStartWith("\uFEFF");
            List<String> header = parseCsv(text).get(0);
            List<String> schema = new ArrayList<>();
            for (JsonNode field : resource.get("schema").get("fields")) {
                schema.add(field.get("name").asText());
                assertThat(field.get("title").asText()).matches(".*\\p{IsHan}.*");
                if (field.get("type").asText().equals("number")) {
                    assertThat(field.get("decimalChar").asText()).isEqualTo(".");
                }
            }
            assertThat(header).isEqualTo(schema);
            fieldNames.addAll(schema);
        }
        Set<String> tableFiles = new TreeSet<>();
        derived.tables().forEach(table -> tableFiles.add("data/" + table.id().toLowerCase() + ".csv"));
        assertThat(paths).as("one resource per public table").isEqualTo(tableFiles);
        assertThat(entries.keySet()).as("nothing else in the ZIP").hasSize(paths.size() + 1);

        JsonNode model = descriptor.get("model");
        assertThat(model.get("measures").get("amount").get("source").asText()).isIn(fieldNames);
        assertThat(model.get("measures").get("amount").get("factor").asInt())
                .as("amounts are in 万元")
                .isEqualTo(10000);
        List<String> dimensions = new ArrayList<>();
        model.get("dimensions").properties().forEach(dimension -> {
            dimensions.add(dimension.getKey());
            dimension.getValue().get("attributes").properties().forEach(attribute -> assertThat(
                            attribute.getValue().get("source").asText())
                    .as("%s.%s", dimension.getKey(), attribute.getKey())
                    .isIn(fieldNames));
        });
        assertThat(dimensions)
                .contains("fiscal_year", "unit", "table", "functional_classification", "economic_classification");
    }

    @Test
    void theAmountsAreTheDerivedTablesAndAddUpToTheirTotals() throws IOException {
        Map<String, byte[]> entries =
                unzip(FiscalDataPackage.write("juesuan-document-7-v2", "示例", 2024, List.of(tables)));
        int checkedTotals = 0;
        for (ReportTable table : derived.tables()) {
            List<List<String>> records = parseCsv(
                    new String(entries.get("data/" + table.id().toLowerCase() + ".csv"), StandardCharsets.UTF_8));
            List<String> header = records.get(0);
            int line = header.indexOf("line_id");
            int section = header.indexOf("section");
            int column = header.indexOf("column_id");
            int level = header.indexOf("line_level");
            int amount = header.indexOf("amount");
            int year = header.indexOf("fiscal_year");
            // every cell of the derived table, and only those, with the figure the table prints
            Map<String, String> expected = new LinkedHashMap<>();
            Map<String, String> actual = new LinkedHashMap<>();
            for (SectionDefinition definition : table.definition().sections()) {
                for (ReportRow row : table.rows(definition.id())) {
                    definition
                            .columns()
                            .forEach(c -> expected.put(
                                    definition.id() + "|" + row.id() + "|" + c.id(),
                                    table.cell(row.id(), c.id())
                                            .amount()
                                            .map(a -> a.in(AmountUnit.WAN_YUAN, java.math.RoundingMode.UNNECESSARY)
                                                    .setScale(2)
                                                    .toPlainString())
                                            .orElse("")));
                }
            }
            for (List<String> record : records.subList(1, records.size())) {
                assertThat(record).hasSize(header.size());
                assertThat(record.get(year)).isEqualTo("2024");
                actual.put(record.get(section) + "|" + record.get(line) + "|" + record.get(column), record.get(amount));
            }
            assertThat(actual).as(table.id()).isEqualTo(expected);
            // the 类 rows of a section add up to its first total, column by column
            for (SectionDefinition definition : table.definition().sections()) {
                Optional<ReportRow> total = table.rows(definition.id()).stream()
                        .filter(ReportRow::total)
                        .findFirst();
                boolean coded = table.rows(definition.id()).stream().anyMatch(row -> row.level() == 1);
                if (total.isEmpty() || !coded) {
                    continue;
                }
                for (var c : definition.columns()) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (List<String> record : records.subList(1, records.size())) {
                        if (record.get(section).equals(definition.id())
                                && record.get(column).equals(c.id())
                                && record.get(level).equals("1")
                                && !record.get(amount).isEmpty()) {
                            sum = sum.add(new BigDecimal(record.get(amount)));
                        }
                    }
                    BigDecimal totalAmount = table.cell(total.get().id(), c.id())
                            .amount()
                            .map(a -> a.in(AmountUnit.WAN_YUAN, java.math.RoundingMode.UNNECESSARY))
                            .orElse(BigDecimal.ZERO);
                    assertThat(sum)
                            .as("%s %s %s", table.id(), definition.id(), c.id())
                            .isEqualByComparingTo(totalAmount);
                    checkedTotals++;
                }
            }
        }
        assertThat(checkedTotals).as("totals of coded sections were checked").isGreaterThan(5);
    }

    @Test
    void theBytesAreTheSameEveryTime() {
        byte[] first = FiscalDataPackage.write("p", "示例", 2024, List.of(tables));
        byte[] second = FiscalDataPackage.write("p", "示例", 2024, List.of(tables));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aRegionsPackageListsEveryUnitOnce() throws IOException {
        PublishedTables.Tables other = new PublishedTables.Tables(
                new DocumentInfo(8, "另一单位", "区", 3, "湖北省武汉市青山区", 2024, "hubei-2024"),
                version(),
                derived,
                tables.printed());
        Map<String, byte[]> entries = unzip(FiscalDataPackage.write("r", "地区", 2024, List.of(tables, other)));
        List<List<String>> records = parseCsv(new String(entries.get("data/t01.csv"), StandardCharsets.UTF_8));
        int unit = records.get(0).indexOf("unit");
        int cells = 0;
        for (ReportTable table : derived.tables()) {
            if (table.id().equals("T01")) {
                for (SectionDefinition section : table.definition().sections()) {
                    cells += table.rows(section.id()).size() * section.columns().size();
                }
            }
        }
        assertThat(records.subList(1, records.size()).stream()
                        .filter(record -> record.get(unit).equals("另一单位"))
                        .count())
                .isEqualTo(cells);
        assertThat(records).hasSize(2 * cells + 1);
    }
}
