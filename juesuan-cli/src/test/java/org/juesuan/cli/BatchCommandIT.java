package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.juesuan.app.batch.RunBatch;
import org.juesuan.app.batch.SynthesizeUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synth} then {@code batch}, as a user runs them: every injected error found at its unit by its rules, every
 * clean unit rendered into readable files, a corrupt dataset reported without stopping the others, and a resumed run
 * redoing only what is missing.
 */
class BatchCommandIT {

    private static final Pattern INJECTED =
            Pattern.compile("\\{\"unit\": \"([^\"]+)\", [^\\n]*\"rules\": \\[([^\\]]*)\\]");
    private static final Pattern UNIT_LINE =
            Pattern.compile("\\{\"unit\": \"([^\"]+)\", \"outcome\": \"([a-z]+)\"(.*)");

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Returns each unit's line of units.jsonl: outcome and the rest. */
    private static Map<String, String[]> units(Path out) throws IOException {
        Map<String, String[]> units = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve(RunBatch.UNITS), StandardCharsets.UTF_8)) {
            Matcher matcher = UNIT_LINE.matcher(line);
            assertThat(matcher.matches()).as(line).isTrue();
            units.put(matcher.group(1), new String[] {matcher.group(2), matcher.group(3)});
        }
        return units;
    }

    private static long count(String summary, String outcome) {
        Matcher matcher = Pattern.compile("\"" + outcome + "\": (\\d+)").matcher(summary);
        assertThat(matcher.find()).as(outcome).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void findsEveryInjectedErrorRendersEveryCleanUnitIsolatesAFailureAndResumes() throws Exception {
        Path data = temp.resolve("data");
        Path out = temp.resolve("out");
        Run synth = run("synth", "--units", "40", "--seed", "11", "--error-rate", "0.1", "--out", data.toString());
        assertThat(synth.code()).as(synth.err()).isZero();
        Map<String, String> injected = new HashMap<>();
        Matcher matcher = INJECTED.matcher(Files.readString(data.resolve(SynthesizeUnits.MANIFEST)));
        while (matcher.find()) {
            injected.put(matcher.group(1), matcher.group(2));
        }
        assertThat(injected).isNotEmpty();
        // a corrupt dataset among them
        Files.createDirectories(data.resolve("broken"));
        Files.writeString(data.resolve("broken/dataset.yaml"), "format: juesuan-dataset/1\nunit: [unclosed\n");

        Run batch = run("batch", data.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(batch.code()).as(batch.err()).isEqualTo(4);

        Map<String, String[]> units = units(out);
        assertThat(units).hasSize(41);
        assertThat(units.get("broken")[0]).isEqualTo("failed");
        assertThat(units.get("broken")[1]).contains("\"message\": ");
        for (Map.Entry<String, String> error : injected.entrySet()) {
            String[] unit = units.get(error.getKey());
            assertThat(unit[0]).as(error.getKey()).isEqualTo("invalid");
            assertThat(unit[1]).as(error.getKey()).contains("\"errorRules\": [" + error.getValue() + "]");
            assertThat(out.resolve(error.getKey())).doesNotExist();
        }
        for (int index = 1; index <= 40; index++) {
            String name = SynthesizeUnits.unitName(index);
            if (injected.containsKey(name)) {
                continue;
            }
            assertThat(units.get(name)[0]).as(name).isEqualTo("rendered");
            Path unit = out.resolve(name);
            try (PDDocument pdf = Loader.loadPDF(unit.resolve("disclosure.pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).as(name).isGreaterThan(3);
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(unit.resolve("tables.xlsx")))) {
                assertThat(workbook.getNumberOfSheets()).as(name).isEqualTo(9);
                for (int sheet = 0; sheet < 9; sheet++) {
                    assertThat(workbook.getSheetAt(sheet).getLastRowNum())
                            .as(name)
                            .isGreaterThan(5);
                }
            }
            try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(unit.resolve("disclosure.docx")))) {
                assertThat(docx.getTables()).as(name).hasSizeGreaterThanOrEqualTo(9);
            }
            String page = Files.readString(unit.resolve("disclosure.html"));
            assertThat(page.split("<table", -1).length - 1).as(name).isGreaterThanOrEqualTo(9);
            assertThat(RunBatch.complete(unit)).isTrue();
        }
        String summary = Files.readString(out.resolve(RunBatch.SUMMARY_JSON));
        assertThat(count(summary, "rendered")).isEqualTo(40 - injected.size());
        assertThat(count(summary, "invalid")).isEqualTo(injected.size());
        assertThat(count(summary, "failed")).isEqualTo(1);
        assertThat(count(summary, "skipped")).isZero();
        assertThat(Files.readString(out.resolve(RunBatch.SUMMARY_HTML))).contains("处理失败", "耗时最长的单位");

        // damage one unit's output, leave an interrupted unit's temporary directory, then resume
        List<String> clean = units.entrySet().stream()
                .filter(e -> e.getValue()[0].equals("rendered"))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        String damaged = clean.get(0);
        String untouched = clean.get(1);
        Files.delete(out.resolve(damaged).resolve("tables.xlsx"));
        Path partial = out.resolve(".partial-" + clean.get(2));
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("disclosure.pdf"), "half");
        FileTime before = Files.getLastModifiedTime(out.resolve(untouched).resolve("manifest.json"));

        Run resumed = run("batch", data.toString(), "--out", out.toString(), "--threads", "2", "--resume");
        assertThat(resumed.code()).as(resumed.err()).isEqualTo(4);
        String again = Files.readString(out.resolve(RunBatch.SUMMARY_JSON));
        assertThat(count(again, "skipped")).isEqualTo(clean.size() - 1);
        assertThat(count(again, "rendered")).isEqualTo(1);
        assertThat(units(out).get(damaged)[0]).isEqualTo("rendered");
        assertThat(RunBatch.complete(out.resolve(damaged))).isTrue();
        assertThat(partial).doesNotExist();
        assertThat(Files.getLastModifiedTime(out.resolve(untouched).resolve("manifest.json")))
                .isEqualTo(before);
    }
}
