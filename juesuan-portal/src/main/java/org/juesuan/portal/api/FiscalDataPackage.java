package org.juesuan.portal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.table.ReportTable;
import org.juesuan.portal.api.TableRecords.CellRecord;

/**
 * A Fiscal Data Package (财政数据包): the public tables of one or more published versions as a Frictionless data
 * package in the form Open Knowledge's Fiscal Data Package gives it: {@code datapackage.json} with one tabular
 * resource per public table, each resource's schema and the fiscal model (the amount as measure in CNY with factor
 * 10,000, since amounts are in 万元; fiscal year, unit, table, line, column, 功能分类 and, where present, 经济分类 as
 * dimensions), and one CSV file per resource under {@code data/}. The CSV files are UTF-8 without byte order mark,
 * RFC 4180, one record per table cell; blank cells have an empty amount.
 *
 * <p>The bytes depend on the tables only: every ZIP entry carries the same fixed time and the JSON is written with
 * {@code \n} line ends, so the same versions always give the same file.
 *
 * <p>Stateless and thread-safe.
 */
final class FiscalDataPackage {

    /** The time every ZIP entry carries: the earliest a ZIP file can state. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** The package descriptor's name inside the ZIP file. */
    static final String DESCRIPTOR = "datapackage.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FiscalDataPackage() {}

    /** A field of every resource: its name, Chinese title, Frictionless type and value of a cell. */
    private record Field(String name, String title, String type, Function<Row, String> value) {}

    /** A cell of a version's table. */
    private record Row(PublishedTables.Tables tables, CellRecord cell) {}

    private static final List<Field> FIELDS = List.of(
            new Field(
                    "fiscal_year",
                    "决算年度",
                    "integer",
                    r -> Integer.toString(r.tables().document().fiscalYear())),
            new Field("region", "地区", "string", r -> r.tables().document().regionName()),
            new Field("unit", "单位", "string", r -> r.tables().document().unitName()),
            new Field(
                    "document_id",
                    "决算编号",
                    "integer",
                    r -> Long.toString(r.tables().document().id())),
            new Field(
                    "version",
                    "版本号",
                    "integer",
                    r -> Integer.toString(r.tables().version().number())),
            new Field("table_id", "表标识", "string", r -> r.cell().tableId()),
            new Field("table_number", "表号", "string", r -> r.cell().tableNumber()),
            new Field("section", "部分", "string", r -> r.cell().section()),
            new Field("line_id", "行标识", "string", r -> r.cell().lineId()),
            new Field("line_label", "项目", "string", r -> r.cell().lineLabel()),
            new Field(
                    "line_level",
                    "科目级次（1类、2款、3项，0为其他行）",
                    "integer",
                    r -> Integer.toString(r.cell().lineLevel())),
            new Field(
                    "is_total",
                    "是否合计行",
                    "boolean",
                    r -> Boolean.toString(r.cell().total())),
            new Field("function_code", "功能分类科目编码", "string", r -> r.cell().functionCode()),
            new Field("economic_code", "经济分类科目编码", "string", r -> r.cell().economicCode()),
            new Field("column_id", "栏标识", "string", r -> r.cell().columnId()),
            new Field("column_header", "栏目", "string", r -> r.cell().columnHeader()),
            new Field(
                    "amount",
                    "金额（万元）",
                    "number",
                    r -> Objects.requireNonNullElse(r.cell().amount(), "")));

    /** Returns the names of the fields of every resource, in order. */
    static List<String> fieldNames() {
        return FIELDS.stream().map(Field::name).toList();
    }

    /**
     * Writes the package of some published versions.
     *
     * @param name the package name: lowercase letters, digits, {@code -}, {@code _} and {@code .}
     * @param title the package title
     * @param fiscalYear the fiscal year all versions belong to
     * @param versions the versions' tables, in the order their records are listed
     */
    static byte[] write(String name, String title, int fiscalYear, List<PublishedTables.Tables> versions) {
        // one resource per table id, in the order the tables first appear
        Map<String, List<Row>> byTable = new LinkedHashMap<>();
        Map<String, PrintedTable> firstPrinted = new LinkedHashMap<>();
        boolean functions = false;
        boolean economic = false;
        for (PublishedTables.Tables tables : versions) {
            for (ReportTable table : tables.set().tables()) {
                PrintedTable printed = tables.printed(table.id());
                firstPrinted.putIfAbsent(table.id(), printed);
                List<Row> rows = byTable.computeIfAbsent(table.id(), id -> new ArrayList<>());
                for (CellRecord cell : TableRecords.cells(table, printed)) {
                    rows.add(new Row(tables, cell));
                    functions |= !cell.functionCode().isEmpty();
                    economic |= !cell.economicCode().isEmpty();
                }
            }
        }
        ObjectNode descriptor = JSON.createObjectNode();
        descriptor.put("profile", "fiscal-data-package");
        descriptor.put("name", name);
        descriptor.put("title", title);
        descriptor.put("countryCode", "CN");
        descriptor.put("granularity", "aggregated");
        ObjectNode period = descriptor.putObject("fiscalPeriod");
        period.put("start", fiscalYear + "-01-01");
        period.put("end", fiscalYear + "-12-31");
        ArrayNode resources = descriptor.putArray("resources");
        Map<String, byte[]> files = new LinkedHashMap<>();
        byTable.forEach((tableId, rows) -> {
            String resourceName = tableId.toLowerCase(Locale.ROOT);
            String path = "data/" + resourceName + ".csv";
            PrintedTable printed = firstPrinted.get(tableId);
            ObjectNode resource = resources.addObject();
            resource.put("name", resourceName);
            resource.put("path", path);
            resource.put("profile", "tabular-data-resource");
            resource.put("title", (printed.number() + " " + printed.title()).strip());
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            ObjectNode dialect = resource.putObject("dialect");
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\r\n");
            dialect.put("header", true);
            ObjectNode schema = resource.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (Field field : FIELDS) {
                ObjectNode node = fields.addObject();
                node.put("name", field.name());
                node.put("title", field.title());
                node.put("type", field.type());
                if (field.type().equals("number")) {
                    node.put("decimalChar", ".");
                    node.put("bareNumber", true);
                }
            }
            schema.putArray("missingValues").add("");
            List<List<String>> records = new ArrayList<>(rows.size() + 1);
            records.add(fieldNames());
            for (Row row : rows) {
                records.add(
                        FIELDS.stream().map(field -> field.value().apply(row)).toList());
            }
            files.put(path, Csv.write(records, false));
        });
        descriptor.set("model", model(functions, economic));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, DESCRIPTOR, json(descriptor));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entry(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The fiscal model: which field is the measure and which fields make up each dimension. */
    private static ObjectNode model(boolean functions, boolean economic) {
        ObjectNode model = JSON.createObjectNode();
        ObjectNode amount = model.putObject("measures").putObject("amount");
        amount.put("source", "amount");
        amount.put("title", "金额");
        amount.put("currency", "CNY");
        amount.put("factor", 10000);
        ObjectNode dimensions = model.putObject("dimensions");
        dimension(dimensions, "fiscal_year", "datetime", null, "决算年度", Map.of("year", "fiscal_year"), "year");
        dimension(
                dimensions,
                "unit",
                "entity",
                null,
                "单位",
                ordered("document_id", "document_id", "version", "version", "name", "unit", "region", "region"),
                "document_id");
        dimension(dimensions, "table", "other", null, "公开表", ordered("id", "table_id", "number", "table_number"), "id");
        dimension(
                dimensions,
                "line",
                "other",
                null,
                "行",
                ordered(
                        "id",
                        "line_id",
                        "section",
                        "section",
                        "label",
                        "line_label",
                        "level",
                        "line_level",
                        "total",
                        "is_total"),
                "id");
        dimension(
                dimensions, "column", "other", null, "栏", ordered("id", "column_id", "header", "column_header"), "id");
        if (functions) {
            dimension(
                    dimensions,
                    "functional_classification",
                    "classification",
                    "functional",
                    "支出功能分类科目",
                    ordered("code", "function_code", "label", "line_label"),
                    "code");
        }
        if (economic) {
            dimension(
                    dimensions,
                    "economic_classification",
                    "classification",
                    "economic",
                    "支出经济分类科目",
                    ordered("code", "economic_code", "label", "line_label"),
                    "code");
        }
        return model;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void dimension(
            ObjectNode dimensions,
            String name,
            String type,
            @Nullable String classificationType,
            String title,
            Map<String, String> attributes,
            String primaryKey) {
        ObjectNode dimension = dimensions.putObject(name);
        dimension.put("dimensionType", type);
        if (classificationType != null) {
            dimension.put("classificationType", classificationType);
        }
        dimension.put("title", title);
        ObjectNode attributeNodes = dimension.putObject("attributes");
        attributes.forEach(
                (attribute, source) -> attributeNodes.putObject(attribute).put("source", source));
        dimension.putArray("primaryKey").add(primaryKey);
    }

    private static byte[] json(ObjectNode descriptor) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (JSON.writer(printer).writeValueAsString(descriptor) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
