package org.juesuan.importer.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.TableSet;

/**
 * Reads a filled data-entry workbook (填报工作簿) into a dataset, checking everything it can on the way.
 *
 * <p>The workbook names its profile and amount unit in 单位信息; the sheets are read as {@link WorkbookWriter} lays
 * them out for that profile. Every problem is an {@link Issue} at its cell ({@code 填报.xlsx!公开05表!D7}) and reading
 * carries on, so one run lists them all: text or too many decimals in an amount cell, codes that are not 项-level,
 * unknown to the year's catalog or named differently from it, a code twice in a sheet, the same fact in two places,
 * missing sheets and fields. Grey (computed) cells are ignored; a plain number there that differs from the computed
 * value is a warning. Every figure keeps the cell it came from. Bad input never throws: an unreadable file is one
 * error at the file and a failed result.
 *
 * <p>Immutable and thread-safe: each call works on its own state.
 */
public final class WorkbookImporter {

    /** How structural surprises are treated: extra rows, columns, keys or sheets the layout does not have. */
    public enum Strictness {
        /** Errors (the default). */
        STRICT,
        /** Warnings; the surprising content is ignored. Problems in the data themselves stay errors. */
        LENIENT
    }

    private final Catalogs catalogs;
    private final Function<String, Result<Profile>> profiles;
    private final Strictness strictness;

    /**
     * Creates a strict importer that finds profiles among the bundled ones.
     *
     * @param catalogs the catalogs codes are checked against, by the workbook's fiscal year; the bundled profiles
     *     are loaded against them too
     */
    public WorkbookImporter(Catalogs catalogs) {
        this(catalogs, Profiles.bundled(catalogs)::load, Strictness.STRICT);
    }

    /**
     * Creates a strict importer.
     *
     * @param catalogs the catalogs codes are checked against, by the workbook's fiscal year
     * @param profiles loads the profile the workbook names, by id (e.g. {@code Profiles::load}); a failed result
     *     makes the import fail at the 地区口径 cell
     */
    public WorkbookImporter(Catalogs catalogs, Function<String, Result<Profile>> profiles) {
        this(catalogs, profiles, Strictness.STRICT);
    }

    private WorkbookImporter(Catalogs catalogs, Function<String, Result<Profile>> profiles, Strictness strictness) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.strictness = Objects.requireNonNull(strictness, "strictness");
    }

    /** Returns an importer like this one with another strictness. */
    public WorkbookImporter withStrictness(Strictness other) {
        return new WorkbookImporter(catalogs, profiles, other);
    }

    /**
     * Reads a workbook file.
     *
     * @param file the .xlsx file
     * @param displayName the file's name in messages, e.g. 填报.xlsx
     * @return the dataset, or a failed result whose issues say why
     * @throws IllegalArgumentException if the profile the workbook names has a table the workbook cannot lay out
     */
    public Result<Dataset> read(Path file, String displayName) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, displayName);
        } catch (IOException e) {
            Issues issues = Issues.create();
            issues.error(SourceRef.file(displayName), "WORKBOOK_UNREADABLE", "无法读取文件：" + e.getMessage());
            return Result.failed(issues);
        }
    }

    /**
     * Reads a workbook from a stream, which is read to its end but not closed.
     *
     * @param in the .xlsx content
     * @param displayName the file's name in messages
     * @return the dataset, or a failed result whose issues say why
     * @throws IllegalArgumentException if the profile the workbook names has a table the workbook cannot lay out
     *     (a definition error, not a problem of the workbook)
     */
    public Result<Dataset> read(InputStream in, String displayName) {
        Issues issues = Issues.create();
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged or foreign file with a variety of unchecked exceptions (NotOfficeXmlFile,
            // POIXML, RecordFormat, EmptyFile …); at this boundary every one of them means "not a usable .xlsx"
            issues.error(
                    SourceRef.file(displayName),
                    "WORKBOOK_UNREADABLE",
                    "不是可读取的 .xlsx 工作簿（" + reason(e) + "）；旧版 .xls 或加密的工作簿请另存为不加密的 .xlsx 后再导入");
            return Result.failed(issues);
        }
        try (workbook) {
            return read(workbook, displayName, issues);
        } catch (IOException e) {
            issues.error(SourceRef.file(displayName), "WORKBOOK_UNREADABLE", "无法读取文件：" + e.getMessage());
            return Result.failed(issues);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        // the library's own words, for whoever must dig further; the class name means nothing to a clerk
        return message == null ? "文件已损坏或格式不符" : message.lines().findFirst().orElse("");
    }

    private Result<Dataset> read(Workbook workbook, String name, Issues issues) {
        Sheet unitSheet = workbook.getSheet(WorkbookLayout.UNIT);
        if (unitSheet == null) {
            issues.error(
                    SourceRef.file(name),
                    "WORKBOOK_MISSING_SHEET",
                    "缺少工作表“" + WorkbookLayout.UNIT + "”，无法确定地区口径、年度和金额单位");
            return Result.failed(issues);
        }
        UnitSheet.Values unit =
                UnitSheet.read(new SheetReader(unitSheet, name, issues, AmountUnit.YUAN), issues, strictness);
        if (unit.profileId() == null || unit.unit() == null || unit.year() == null) {
            return Result.failed(issues);
        }
        Result<Profile> loaded = profiles.apply(unit.profileId());
        if (loaded.value().isEmpty()) {
            String why = loaded.issues().sorted().stream()
                    .findFirst()
                    .map(Issue::message)
                    .orElse("地区口径“" + unit.profileId() + "”无法使用");
            issues.error(unit.profileRef(), "WORKBOOK_UNKNOWN_PROFILE", why);
            return Result.failed(issues);
        }
        Profile profile = loaded.value().get();
        if (profile.fiscalYear() != unit.year()) {
            issues.warning(
                    unit.yearRef(),
                    "WORKBOOK_YEAR",
                    "年度 " + unit.year() + " 与地区口径“" + profile.id() + "”的年度 " + profile.fiscalYear() + " 不一致，表样可能不适用");
        }
        Optional<Catalog> functions = catalogs.find(unit.year(), CatalogKind.FUNCTION);
        Optional<Catalog> economics = catalogs.find(unit.year(), CatalogKind.ECONOMIC);
        if (functions.isEmpty() || economics.isEmpty()) {
            issues.error(
                    unit.yearRef(),
                    "WORKBOOK_NO_CATALOG",
                    "没有 " + unit.year() + " 年度的科目表（现有年度：" + catalogs.years() + "）");
            return Result.failed(issues);
        }
        WorkbookLayout layout = WorkbookLayout.of(profile);
        ImportContext context =
                new ImportContext(name, issues, strictness, layout, unit.unit(), functions.get(), economics.get());
        List<String> required = layout.requiredSheets();
        for (String sheet : required) {
            if (workbook.getSheet(sheet) == null) {
                context.problem(SourceRef.file(name), "WORKBOOK_MISSING_SHEET", "缺少工作表“" + sheet + "”");
            }
        }
        for (Sheet sheet : workbook) {
            if (!required.contains(sheet.getSheetName())
                    && !sheet.getSheetName().equals(WorkbookLayout.GUIDE)
                    && strictness == Strictness.STRICT) {
                issues.warning(
                        context.reader(sheet).ref(0, 0),
                        "WORKBOOK_EXTRA_SHEET",
                        "工作表“" + sheet.getSheetName() + "”不属于地区口径“" + profile.id() + "”的填报工作簿，未读取");
            }
        }
        for (TablePlan plan : layout.tables()) {
            Sheet sheet = workbook.getSheet(plan.sheetName());
            if (sheet != null && plan.kind() == TablePlan.Kind.FIXED) {
                FixedTableSheet.read(context.reader(sheet), plan, context);
            } else if (sheet != null) {
                ListingTableSheet.read(context.reader(sheet), plan, context);
            }
        }
        sheet(workbook, WorkbookLayout.LINES).ifPresent(s -> LineSupplementSheet.read(context.reader(s), context));
        if (layout.needsEconomicSheet()) {
            sheet(workbook, WorkbookLayout.ECONOMIC)
                    .ifPresent(s -> EconomicSupplementSheet.read(context.reader(s), context));
        }
        sheet(workbook, WorkbookLayout.FACTS).ifPresent(s -> FactSupplementSheet.read(context.reader(s), context));
        PerformanceReader.Evaluations evaluations = sheet(workbook, WorkbookLayout.PERFORMANCE)
                .map(s -> PerformanceSheet.read(context.reader(s), context))
                .orElse(new PerformanceReader.Evaluations(null, List.of()));
        KeyWork keyWork = sheet(workbook, WorkbookLayout.KEY_WORK)
                .map(s -> KeyWorkSheet.read(context.reader(s), context))
                .orElse(KeyWork.NONE);
        Published published = sheet(workbook, WorkbookLayout.PUBLISHED)
                .map(s -> PublishedSheet.read(context.reader(s), context))
                .orElse(Published.NONE);
        if (unit.info() == null || issues.hasErrors()) {
            return Result.failed(issues);
        }
        Dataset dataset = new Dataset(
                SourceRef.file(name),
                unit.info(),
                unit.profileId(),
                unit.unit(),
                context.assembler.lines(),
                context.assembler.economic(),
                context.assembler.facts(),
                evaluations.overall(),
                evaluations.projects(),
                keyWork,
                published);
        checkComputedCells(profile, dataset, context);
        return Result.of(dataset, issues);
    }

    private static Optional<Sheet> sheet(Workbook workbook, String name) {
        return Optional.ofNullable(workbook.getSheet(name));
    }

    /** Warns where a grey cell holds a plain number other than the one derived from the imported facts. */
    private static void checkComputedCells(Profile profile, Dataset dataset, ImportContext context) {
        TableSet tables = Deriver.derive(profile, dataset);
        for (ImportContext.Observation seen : context.observations) {
            Amount computed = tables.table(seen.tableId())
                    .flatMap(t -> t.cell(seen.rowId(), seen.columnId()).amount())
                    .orElse(Amount.ZERO);
            if (!computed.equals(seen.amount())) {
                context.issues.warning(
                        seen.where(),
                        "WORKBOOK_COMPUTED_CELL",
                        "灰色单元格由系统计算，导入时忽略：此处为 " + context.display(seen.amount()) + "，按填报的数据计算应为 "
                                + context.display(computed));
            }
        }
    }
}
