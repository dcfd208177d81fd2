package org.juesuan.audit.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.money.Amount;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.PublishedCells;
import org.juesuan.core.table.ReportRow;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example's published text recognised automatically: the profile, the unit, every table mapped onto the
 * profile's definitions — and the result is the dataset that was transcribed from it by hand (same derived tables,
 * same printed figures), with the truncated codes of the original reported.
 */
class SeedRecognitionTest {

    static final Catalogs CATALOGS = Catalogs.bundled();
    static final Profiles PROFILES = Profiles.bundled(CATALOGS);
    static final Path SEED = Path.of("../examples/qingshan-guozi-2024/published.txt");

    static DocumentRecognizer.Recognition recognition;
    static Dataset transcribed;

    @BeforeAll
    static void recognize() throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        List<Profile> profiles = List.of(PROFILES.require("hubei-2024"), PROFILES.require("shanghai-2024"));
        recognition = DocumentRecognizer.recognize(TabText.read("published.txt", text), profiles, Map.of());
        transcribed = new DatasetReader(CATALOGS)
                .read(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"), "dataset.yaml")
                .value()
                .orElseThrow();
    }

    @Test
    void recognisesTheProfileTheUnitAndItsLevel() {
        assertThat(recognition.profile().id()).isEqualTo("hubei-2024");
        assertThat(recognition.unit().name()).isEqualTo("武汉市青山区人民政府国有资产监督管理局");
        assertThat(recognition.unit().scope()).isEqualTo(Scope.CONSOLIDATED);
        assertThat(recognition.unit().level()).isEqualTo(GovernmentLevel.DISTRICT);
        assertThat(recognition.unit().fiscalYear()).isEqualTo(2024);
        assertThat(recognition.located())
                .containsOnlyKeys("T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09");
    }

    @Test
    void derivesTheSameTablesAsTheHandTranscription() {
        Profile hubei = PROFILES.require("hubei-2024");
        TableSet recovered = Deriver.derive(hubei, recognition.dataset());
        TableSet expected = Deriver.derive(hubei, transcribed);
        // 公开09表 prints no figure (本部门2024年度无财政拨款三公经费支出); the transcription's zeros come from the
        // narrative (九), which table recognition does not read
        for (ReportTable table : expected.tables()) {
            if (table.id().equals("T09")) {
                assertThat(recovered.table("T09").orElseThrow().rows())
                        .extracting(ReportRow::id)
                        .containsExactly("amount");
                continue;
            }
            ReportTable other = recovered.table(table.id()).orElseThrow();
            assertThat(other.rows())
                    .extracting(ReportRow::id)
                    .as(table.id())
                    .containsExactlyElementsOf(
                            table.rows().stream().map(ReportRow::id).toList());
            for (ReportRow row : table.rows()) {
                for (var column : table.columns(row.section())) {
                    assertThat(other.cell(row.id(), column.id()))
                            .as(table.id() + "/" + row.id() + "/" + column.id())
                            .isEqualTo(table.cell(row.id(), column.id()));
                }
            }
        }
    }

    @Test
    void readsEveryFigureTheTranscriptionRecordsAsPrinted() {
        Map<String, Amount> recovered = new java.util.HashMap<>();
        for (Published.Cell cell : recognition.dataset().published().cells()) {
            recovered.put(cell.table() + "/" + cell.row() + "/" + cell.column(), cell.amount());
        }
        Profile hubei = PROFILES.require("hubei-2024");
        TableSet expected = Deriver.derive(hubei, transcribed);
        List<PublishedCells.Match> matches =
                PublishedCells.resolve(expected, transcribed.published(), org.juesuan.core.issue.Issues.create());
        assertThat(matches).isNotEmpty();
        for (PublishedCells.Match match : matches) {
            String key = match.table().id() + "/" + match.rowId() + "/" + match.columnId();
            assertThat(recovered).as(key).containsEntry(key, match.figure().amount());
        }
    }

    /** Every four-digit economic code of 公开06表 (58 of them, counted in the file by the test) is one row. */
    @Test
    void reportsTheTruncatedCodesOncePerTable() throws IOException {
        long fourDigits = Files.readAllLines(SEED).stream()
                .flatMap(line -> java.util.Arrays.stream(line.split("\t")))
                .filter(field -> field.strip().matches("3[0-9]{3}"))
                .count();
        assertThat(fourDigits).isEqualTo(58);
        assertThat(recognition.issues().sorted())
                .filteredOn(i -> i.code().equals("AUDIT_TRUNCATED_CODE"))
                .extracting(Issue::message)
                .containsExactly(
                        "公开02表的功能分类科目编码201030、210110不完整（共4行，如“201030 行政运行”应为2010301），已按科目名称补全后核对",
                        "公开06表的经济分类科目编码3010、3020、3100、3101、3102、3109、3011、3021、3019、3030、3022、3031、3023、3039、3024、3029不完整（共58行，如“3010 基本工资”应为30101），已按科目名称补全后核对");
    }
}
