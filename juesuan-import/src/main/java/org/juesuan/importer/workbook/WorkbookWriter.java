package org.juesuan.importer.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.internal.StableZip;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.Deriver;

/**
 * Writes the data-entry workbook (填报工作簿) of a regional profile: blank, as a template for a unit to fill in, or
 * filled from a dataset.
 *
 * <p>The sheets are 说明, 单位信息, one sheet per public table of the profile (named by its printed number, headers
 * exactly as printed), 补充-科目数据, 补充-单位数据 (and 补充-经济分类 when no table holds the economic 款), 绩效自评,
 * 重点工作 and 原文所列数. White cells are inputs, grey cells are computed and ignored by {@link WorkbookImporter},
 * which reads a filled workbook back into an equal dataset. The content is deterministic: the same dataset and
 * profile give the same cells.
 *
 * <p>Stateless and thread-safe.
 */
public final class WorkbookWriter {

    /** Creates a writer. */
    public WorkbookWriter() {}

    /**
     * Writes a blank workbook for a profile.
     *
     * @param profile the regional profile whose tables the sheets follow
     * @param unit the unit the amounts are to be typed in
     * @param out where the .xlsx goes; not closed
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if a table of the profile mixes code-listed sections with other sections
     */
    public void writeTemplate(Profile profile, AmountUnit unit, OutputStream out) {
        Objects.requireNonNull(unit, "unit");
        Dataset empty = WorkbookLayout.emptyDataset(profile, unit);
        write(WorkbookLayout.of(profile), new WorkbookContent(empty, true, Deriver.derive(profile, empty)), unit, out);
    }

    /**
     * Writes a workbook filled from a dataset, with amounts in the dataset's unit. The workbook names the given
     * profile, so reading it back gives the dataset meant for that profile.
     *
     * @param dataset the dataset
     * @param profile the regional profile whose tables the sheets follow
     * @param out where the .xlsx goes; not closed
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if a table of the profile mixes code-listed sections with other sections
     */
    public void write(Dataset dataset, Profile profile, OutputStream out) {
        write(
                WorkbookLayout.of(profile),
                new WorkbookContent(dataset, false, Deriver.derive(profile, dataset)),
                dataset.amountUnit(),
                out);
    }

    /** A fixed creation date, so the same dataset always gives the same bytes. */
    private static final Date CREATED = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z

    private static void write(WorkbookLayout layout, WorkbookContent content, AmountUnit unit, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellWriter cells = new CellWriter(workbook, unit);
            GuideSheet.write(workbook.createSheet(WorkbookLayout.GUIDE), layout, cells);
            UnitSheet.write(
                    workbook.createSheet(WorkbookLayout.UNIT),
                    content,
                    layout.profile().id(),
                    cells);
            Set<ClassCode> listed = new TreeSet<>();
            for (TablePlan plan : layout.tables()) {
                Sheet sheet = workbook.createSheet(plan.sheetName());
                switch (plan.kind()) {
                    case FIXED:
                        FixedTableSheet.write(sheet, plan, content, cells, layout);
                        break;
                    case FUNCTION:
                        FunctionTableSheet.write(sheet, plan, content, cells, layout, listed);
                        break;
                    case ECONOMIC:
                    default:
                        EconomicTableSheet.write(sheet, plan, content, cells, layout);
                        break;
                }
            }
            LineSupplementSheet.write(workbook.createSheet(WorkbookLayout.LINES), content, cells, layout, listed);
            if (layout.needsEconomicSheet()) {
                EconomicSupplementSheet.write(workbook.createSheet(WorkbookLayout.ECONOMIC), content, cells, layout);
            }
            FactSupplementSheet.write(workbook.createSheet(WorkbookLayout.FACTS), content, cells, layout);
            PerformanceSheet.write(workbook.createSheet(WorkbookLayout.PERFORMANCE), content, cells);
            KeyWorkSheet.write(workbook.createSheet(WorkbookLayout.KEY_WORK), content, cells);
            PublishedSheet.write(workbook.createSheet(WorkbookLayout.PUBLISHED), content, cells);
            // cached results, so that readers which do not recalculate see the totals too
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.getProperties().getCoreProperties().setCreator("Juesuan");
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            out.write(StableZip.normalize(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("while writing the data-entry workbook", e);
        }
    }
}
