package org.juesuan.portal.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.juesuan.portal.api.TableRecords.CellRecord;
import org.juesuan.portal.store.DocumentInfo;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.PublishedListing;
import org.juesuan.portal.store.VersionRecord;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tables and cells of published versions as open data (公开表与单元格接口), and their Fiscal Data Packages
 * (财政数据包). Everything is addressed under the document and the version number, as the versions are listed:
 * {@code /api/documents/{id}/versions/{number}/tables[/{tableId}[.csv | /cells/{lineId}/{columnId}]]} and
 * {@code …/datapackage.zip}; a region's year is {@code /api/regions/{regionId}/years/{year}/datapackage.zip}, with
 * the latest published version of each unit's document. Only published versions are served; drafts, unpublished
 * versions and unknown ids, tables, lines and columns answer 404.
 *
 * <p>A version's tables are derived from its stored dataset exactly as its files were built and never change, so
 * their answers may be cached for a day; a region's package changes as units publish, so for a few minutes.
 */
@RestController
final class TableController {

    /** How long a version's tables may be cached: published versions never change. */
    static final Duration VERSION_MAX_AGE = Duration.ofDays(1);

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final DocumentRepository documents;
    private final PublishedTables tables;

    TableController(DocumentRepository documents, PublishedTables tables) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /** A public table in the list of a version's tables. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TableEntry(String id, String number, String title, boolean empty, String url, String csvUrl) {}

    /** The tables of a version. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TableList(long documentId, int version, String unit, int year, String amountUnit, List<TableEntry> tables) {}

    /** A column of a section. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ColumnJson(String id, @Nullable Integer number, String header, List<String> headerLevels) {}

    /** A row of a section with its cells, column id → amount in 万元 (null for a blank cell). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LineJson(
            String id,
            @Nullable String functionCode,
            @Nullable String economicCode,
            String label,
            int level,
            boolean total,
            Map<String, @Nullable String> cells) {}

    /** A section of a table: a block of rows sharing its columns. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SectionJson(String id, String heading, String stubHeader, List<ColumnJson> columns, List<LineJson> lines) {}

    /** A public table. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TableJson(
            long documentId,
            int version,
            String id,
            String number,
            String title,
            String unitLine,
            String amountUnit,
            boolean empty,
            @Nullable String statement,
            List<SectionJson> sections,
            List<String> notes) {}

    /** A line or column named in a cell's answer. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Named(String id, String label, @Nullable String code) {}

    /** One cell. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CellJson(
            long documentId,
            int version,
            String table,
            String tableNumber,
            Named line,
            Named column,
            @Nullable String value,
            String amountUnit) {}

    @GetMapping("/api/documents/{id}/versions/{number}/tables")
    ResponseEntity<TableList> tables(@PathVariable("id") long id, @PathVariable("number") int number) {
        PublishedTables.Tables found = version(id, number);
        String base = "/api/documents/" + id + "/versions/" + number + "/tables/";
        List<TableEntry> entries = new ArrayList<>();
        for (ReportTable table : found.set().tables()) {
            PrintedTable printed = found.printed(table.id());
            entries.add(new TableEntry(
                    table.id(),
                    printed.number(),
                    printed.title(),
                    table.isEmpty(),
                    base + table.id(),
                    base + table.id() + ".csv"));
        }
        DocumentInfo document = found.document();
        return immutable(new TableList(
                id, number, document.unitName(), document.fiscalYear(), TableRecords.AMOUNT_UNIT, entries));
    }

    @GetMapping("/api/documents/{id}/versions/{number}/tables/{tableId}")
    ResponseEntity<TableJson> table(
            @PathVariable("id") long id, @PathVariable("number") int number, @PathVariable("tableId") String tableId) {
        PublishedTables.Tables found = version(id, number);
        ReportTable table = found.table(tableId).orElseThrow(TableController::notFound);
        PrintedTable printed = found.printed(table.id());
        List<SectionJson> sections = new ArrayList<>();
        for (SectionDefinition section : table.definition().sections()) {
            List<ColumnJson> columns = new ArrayList<>();
            for (ColumnDefinition column : section.columns()) {
                columns.add(new ColumnJson(
                        column.id(), column.columnNumber().orElse(null), TableRecords.header(column), column.header()));
            }
            List<LineJson> lines = new ArrayList<>();
            for (ReportRow row : table.rows(section.id())) {
                Map<String, @Nullable String> cells = new LinkedHashMap<>();
                for (ColumnDefinition column : section.columns()) {
                    cells.put(column.id(), TableRecords.amount(table.cell(row.id(), column.id())));
                }
                lines.add(new LineJson(
                        row.id(),
                        blankToNull(TableRecords.functionCode(section, row)),
                        blankToNull(TableRecords.economicCode(section, row)),
                        row.label(),
                        row.level(),
                        row.total(),
                        cells));
            }
            sections.add(new SectionJson(section.id(), section.heading(), section.stubHeader(), columns, lines));
        }
        return immutable(new TableJson(
                id,
                number,
                table.id(),
                printed.number(),
                printed.title(),
                printed.unitLine(),
                TableRecords.AMOUNT_UNIT,
                table.isEmpty(),
                printed.emptyStatement().orElse(null),
                sections,
                printed.notes()));
    }

    /** The CSV headers of a table's cells. */
    static final List<String> CSV_HEADER =
            List.of("部分", "行标识", "项目", "科目级次", "合计行", "功能分类科目编码", "经济分类科目编码", "栏标识", "栏目", "金额（万元）");

    @GetMapping("/api/documents/{id}/versions/{number}/tables/{tableId}.csv")
    ResponseEntity<byte[]> tableCsv(
            @PathVariable("id") long id, @PathVariable("number") int number, @PathVariable("tableId") String tableId) {
        PublishedTables.Tables found = version(id, number);
        ReportTable table = found.table(tableId).orElseThrow(TableController::notFound);
        PrintedTable printed = found.printed(table.id());
        List<List<String>> records = new ArrayList<>();
        records.add(CSV_HEADER);
        for (CellRecord cell : TableRecords.cells(table, printed)) {
            String heading = cell.sectionHeading().isEmpty() ? cell.section() : cell.sectionHeading();
            records.add(List.of(
                    heading,
                    cell.lineId(),
                    cell.lineLabel(),
                    Integer.toString(cell.lineLevel()),
                    cell.total() ? "是" : "否",
                    cell.functionCode(),
                    cell.economicCode(),
                    cell.columnId(),
                    cell.columnHeader(),
                    Objects.requireNonNullElse(cell.amount(), "")));
        }
        String name = found.document().unitName() + found.document().fiscalYear() + "年度"
                + (printed.number().isEmpty() ? table.id() : printed.number()) + "-第" + number + "版.csv";
        return download(Csv.write(records, true), CSV, name, VERSION_MAX_AGE);
    }

    @GetMapping("/api/documents/{id}/versions/{number}/tables/{tableId}/cells/{lineId}/{columnId}")
    ResponseEntity<CellJson> cell(
            @PathVariable("id") long id,
            @PathVariable("number") int number,
            @PathVariable("tableId") String tableId,
            @PathVariable("lineId") String lineId,
            @PathVariable("columnId") String columnId) {
        PublishedTables.Tables found = version(id, number);
        ReportTable table = found.table(tableId).orElseThrow(TableController::notFound);
        ReportRow row = table.row(lineId).orElseThrow(TableController::notFound);
        ColumnDefinition column = table.column(lineId, columnId).orElseThrow(TableController::notFound);
        SectionDefinition section = table.definition().section(row.section()).orElseThrow(TableController::notFound);
        String code = TableRecords.functionCode(section, row) + TableRecords.economicCode(section, row);
        return immutable(new CellJson(
                id,
                number,
                table.id(),
                found.printed(table.id()).number(),
                new Named(row.id(), row.label(), blankToNull(code)),
                new Named(column.id(), TableRecords.header(column), null),
                TableRecords.amount(table.cell(row.id(), column.id())),
                TableRecords.AMOUNT_UNIT));
    }

    @GetMapping("/api/documents/{id}/versions/{number}/datapackage.zip")
    ResponseEntity<byte[]> versionPackage(@PathVariable("id") long id, @PathVariable("number") int number) {
        PublishedTables.Tables found = version(id, number);
        DocumentInfo document = found.document();
        byte[] zip = FiscalDataPackage.write(
                "juesuan-document-" + id + "-v" + number,
                document.title() + "（第" + number + "版）",
                document.fiscalYear(),
                List.of(found));
        return download(zip, ZIP, document.title() + "-第" + number + "版-财政数据包.zip", VERSION_MAX_AGE);
    }

    @GetMapping("/api/regions/{regionId}/years/{year}/datapackage.zip")
    ResponseEntity<byte[]> regionPackage(@PathVariable("regionId") long regionId, @PathVariable("year") int year) {
        List<PublishedTables.Tables> versions = new ArrayList<>();
        String region = null;
        // the listing is ordered by region and unit name, so the package is too
        for (PublishedListing listing : documents.published()) {
            DocumentInfo document = listing.document();
            if (document.regionId() == regionId && document.fiscalYear() == year) {
                VersionRecord version = documents
                        .publishedVersion(document.id(), listing.versionNumber())
                        .orElseThrow(TableController::notFound);
                versions.add(tables.of(document, version));
                region = document.regionName();
            }
        }
        if (region == null) {
            throw notFound();
        }
        byte[] zip = FiscalDataPackage.write(
                "juesuan-region-" + regionId + "-" + year, region + year + "年度部门决算", year, versions);
        return download(zip, ZIP, region + year + "年度部门决算-财政数据包.zip", OpenDataController.MAX_AGE);
    }

    private PublishedTables.Tables version(long id, int number) {
        return tables.find(id, number).orElseThrow(TableController::notFound);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这一已公开的版本、表、行或栏");
    }

    private static <T> ResponseEntity<T> immutable(T body) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(VERSION_MAX_AGE).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName, Duration maxAge) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(maxAge).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(type)
                .body(content);
    }
}
