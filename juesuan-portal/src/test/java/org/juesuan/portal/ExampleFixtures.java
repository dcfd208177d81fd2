package org.juesuan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.importer.workbook.WorkbookWriter;

/**
 * The bundled example as the portal's tests upload it (示例测试数据): as transcribed, with the published document's
 * own errors; corrected; as the workbook {@code juesuan template --from} writes; and as a workbook spoiled by text in
 * an amount cell.
 */
public final class ExampleFixtures {

    /** The example's unit. */
    public static final String UNIT = "武汉市青山区人民政府国有资产监督管理局";
    /** The example's region. */
    public static final String REGION = "湖北省武汉市青山区";

    private static final Path EXAMPLE = Path.of("..", "examples", "qingshan-guozi-2024", "dataset.yaml")
            .toAbsolutePath()
            .normalize();

    private ExampleFixtures() {}

    /**
     * A workbook with one amount cell spoiled.
     *
     * @param content the workbook's bytes
     * @param sheet the sheet of the spoiled cell
     * @param cell the spoiled cell, e.g. D12
     */
    public record SpoiledWorkbook(byte[] content, String sheet, String cell) {

        /** Returns where the import reports the spoiled cell: 填报.xlsx!sheet!cell. */
        public String place() {
            return "填报.xlsx!" + sheet + "!" + cell;
        }
    }

    /** Returns the example as transcribed: the published document's own errors included. */
    public static String example() throws IOException {
        return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    }

    /**
     * Returns the example without its errors: without the totals the document printed (kept to find its errors) and
     * with the self-evaluation's project total that covers every project.
     */
    public static String correct() throws IOException {
        String text = example();
        String cut = text.substring(0, text.indexOf("\npublished:") + 1);
        assertThat(cut).contains("项目支出总额: 35.68万元");
        return cut.replace("项目支出总额: 35.68万元", "项目支出总额: 57.32万元");
    }

    /** Returns the workbook of a dataset, as {@code juesuan template --from} writes it. */
    public static byte[] workbook(String datasetText, Path directory) throws IOException {
        Path file = Files.createTempDirectory(directory, "dataset-").resolve("dataset.yaml");
        Files.writeString(file, datasetText, StandardCharsets.UTF_8);
        Definitions definitions = Definitions.bundled();
        Dataset dataset = new DatasetLoader(definitions).load(file).value().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter()
                .write(dataset, definitions.profile(dataset.profileId()).value().orElseThrow(), out);
        return out.toByteArray();
    }

    /** Returns a workbook with the amount 83.75 (30102 津贴补贴) replaced by the text 八十三点七五. */
    public static SpoiledWorkbook spoiled(byte[] workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            @Nullable Cell target = null;
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (target == null
                                && cell.getCellType() == CellType.NUMERIC
                                && cell.getNumericCellValue() == 83.75) {
                            target = cell;
                        }
                    }
                }
            }
            assertThat(target).as("the workbook holds 30102 津贴补贴 83.75").isNotNull();
            Cell spoiled = java.util.Objects.requireNonNull(target);
            spoiled.setCellValue("八十三点七五");
            book.write(out);
            return new SpoiledWorkbook(
                    out.toByteArray(),
                    spoiled.getSheet().getSheetName(),
                    new CellReference(spoiled).formatAsString(false));
        }
    }
}
