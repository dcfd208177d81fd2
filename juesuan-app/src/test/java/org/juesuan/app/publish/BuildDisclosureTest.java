package org.juesuan.app.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.render.proof.Mismatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build use case over the bundled example: every format, proofed, the same bytes however it is scheduled. */
class BuildDisclosureTest {

    static final Path EXAMPLE = Path.of("../examples/qingshan-guozi-2024");
    static final Definitions DEFINITIONS = Definitions.bundled();

    @TempDir
    Path temp;

    static TableSet example(String profileId) {
        Dataset dataset = new DatasetLoader(DEFINITIONS).load(EXAMPLE).value().orElseThrow();
        Profile profile = DEFINITIONS.profile(profileId).value().orElseThrow();
        return Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
    }

    @Test
    void rendersFourFormatsSideBySideWithTheSameBytesAsOneAfterAnother() {
        TableSet display = example("hubei-2024");
        var formats = EnumSet.allOf(OutputFormat.class);
        BuildDisclosure.Rendered sequential = new BuildDisclosure(DEFINITIONS)
                .render(display, formats, DisplayRoundingPolicy.LARGEST_REMAINDER, true, true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            BuildDisclosure.Rendered parallel = new BuildDisclosure(DEFINITIONS, pool)
                    .render(display, formats, DisplayRoundingPolicy.LARGEST_REMAINDER, true, true);
            assertThat(parallel.files().names())
                    .containsExactly(
                            "disclosure.pdf", "disclosure.docx", "tables.xlsx", "disclosure.html", "manifest.json");
            for (String name : sequential.files().names()) {
                assertThat(parallel.files().content(name))
                        .as(name)
                        .isEqualTo(sequential.files().content(name));
            }
        } finally {
            pool.shutdown();
        }
        String manifest = new String(sequential.files().content("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest)
                .contains("\"title\": \"武汉市青山区人民政府国有资产监督管理局2024年度部门决算公开\"", "\"proofed\": true", "\"draft\": true")
                .contains(sequential.files().sha256("disclosure.pdf"));
    }

    @Test
    void theWorkbookHoldsTheTablesTheDocumentPrints() throws Exception {
        BuildDisclosure.Rendered rendered = new BuildDisclosure(DEFINITIONS)
                .render(
                        example("shanghai-2024"),
                        EnumSet.of(OutputFormat.XLSX),
                        DisplayRoundingPolicy.LARGEST_REMAINDER,
                        false,
                        true);
        List<String> titles = new ArrayList<>();
        rendered.document().parts().forEach(part -> part.blocks().forEach(block -> {
            if (block instanceof org.juesuan.core.document.TableBlock table) {
                titles.add(table.table().number());
            }
        }));
        assertThat(titles).hasSize(9);
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(rendered.files().content("tables.xlsx")))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(titles.size());
            // shanghai puts 三公 seventh, as the document does
            assertThat(workbook.getSheetName(6)).isEqualTo("财政拨款“三公”经费支出决算表");
        }
        assertThat(rendered.files().names()).containsExactly("tables.xlsx", "manifest.json");
    }

    @Test
    void theHubeiWorkbookAddsTheSelfEvaluationFormsAfterTheTables() throws Exception {
        BuildDisclosure.Rendered rendered = new BuildDisclosure(DEFINITIONS)
                .render(
                        example("hubei-2024"),
                        EnumSet.of(OutputFormat.XLSX),
                        DisplayRoundingPolicy.LARGEST_REMAINDER,
                        true,
                        true);
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(rendered.files().content("tables.xlsx")))) {
            // nine tables, the overall form and the two project forms of the seed's 附件
            assertThat(workbook.getNumberOfSheets()).isEqualTo(9 + 1 + 2);
            assertThat(workbook.getSheetName(8)).isEqualTo("公开09表");
            StringBuilder form = new StringBuilder();
            workbook.getSheetAt(11)
                    .forEach(row ->
                            row.forEach(cell -> form.append(cell.toString()).append('|')));
            // the second project form: 国资监管业务经费, 29.44 budgeted and spent
            assertThat(form).contains("国资监管业务经费", "29.44");
        }
    }

    @Test
    void anExampleWithErrorsIsRefusedWithoutDraftAndNothingIsWritten() {
        Path out = temp.resolve("out");
        BuildDisclosure build = new BuildDisclosure(DEFINITIONS);
        assertThatThrownBy(() -> build.run(new BuildDisclosure.Request(
                        EXAMPLE,
                        out,
                        Optional.empty(),
                        EnumSet.noneOf(OutputFormat.class),
                        DisplayRoundingPolicy.LARGEST_REMAINDER,
                        false,
                        true)))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void aProofFailureSaysWhereAndCountsWhatItDoesNotList() {
        List<Mismatch> mismatches = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            mismatches.add(new Mismatch("PDF", "第" + i + "页 公开05表 合计 本年支出小计", "265.19", "265.20"));
        }
        ProofFailedException failure = new ProofFailedException(mismatches);
        assertThat(failure.getMessage())
                .startsWith("输出文件校对发现 23 处与推导数不符，未写入任何文件")
                .contains("PDF 第1页 公开05表 合计 本年支出小计：应为“265.19”，实为“265.20”。")
                .contains("PDF 第20页")
                .doesNotContain("PDF 第21页")
                .endsWith("…另有 3 处");
        assertThat(failure.mismatches()).hasSize(23);
    }
}
