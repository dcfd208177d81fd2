package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.juesuan.app.batch.RunBatch;
import org.juesuan.app.batch.SynthesizeUnits;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.money.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code synth} then {@code batch}, as a user runs them: every injected error found at its unit by its rules, every
 * clean unit rendered into readable files, a corrupt dataset reported without stopping the others, and a resumed run
 * redoing only what is missing; departments consolidated, rendered as consolidated with their working report, and
 * their offset errors found.
 */
class BatchCommandIT {

    private static final Pattern INJECTED =
            Pattern.compile("\\{\"unit\": \"([^\"]+)\", [^\\n]*\"rules\": \\[([^\\]]*)\\]");
    private static final Pattern DEPARTMENT =
            Pattern.compile("\\{\"unit\": \"([^\"]+)\", \"profile\": \"([^\"]+)\", \"members\": \\d+\\}");
    private static final Pattern UNIT_LINE =
            Pattern.compile("\\{\"unit\": \"([^\"]+)\", \"outcome\": \"([a-z]+)\"(.*)");

    @TempDir
    Path temp;

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

    /** Returns the names of the entries (units and departments) of a synthetic directory, sorted. */
    private static List<String> entries(Path data) throws IOException {
        try (Stream<Path> entries = Files.list(data)) {
            return entries.filter(Files::isDirectory)
                    .map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** Returns every text cell of a workbook, sheet after sheet. */
    private static String cells(Path workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            text.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    @Test
    void findsEveryInjectedErrorRendersEveryCleanUnitIsolatesAFailureAndResumes() throws Exception {
        Path data = temp.resolve("data");
        Path out = temp.resolve("out");
        CommandLineIT.Run synth = CommandLineIT.run(
                "synth", "--units", "40", "--seed", "11", "--error-rate", "0.1", "--out", data.toString());
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

        CommandLineIT.Run batch =
                CommandLineIT.run("batch", data.toString(), "--out", out.toString(), "--threads", "2");
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
        for (String name : entries(data)) {
            if (injected.containsKey(name) || name.equals("broken")) {
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

        CommandLineIT.Run resumed =
                CommandLineIT.run("batch", data.toString(), "--out", out.toString(), "--threads", "2", "--resume");
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

    @Test
    void consolidatesDepartmentsRendersTheCleanOnesWithTheirWorkingReportFindsTheirOffsetErrorsAndResumes()
            throws Exception {
        Path data = temp.resolve("data");
        Path out = temp.resolve("out");
        CommandLineIT.Run synth = CommandLineIT.run(
                "synth",
                "--units",
                "10",
                "--seed",
                "5",
                "--error-rate",
                "0.3",
                "--department-rate",
                "0.6",
                "--out",
                data.toString());
        assertThat(synth.code()).as(synth.err()).isZero();
        String manifest = Files.readString(data.resolve(SynthesizeUnits.MANIFEST));
        Map<String, String> departments = new TreeMap<>();
        Matcher listed = DEPARTMENT.matcher(manifest);
        while (listed.find()) {
            departments.put(listed.group(1), listed.group(2));
        }
        Map<String, String> injected = new HashMap<>();
        Matcher matcher = INJECTED.matcher(manifest);
        while (matcher.find()) {
            injected.put(matcher.group(1), matcher.group(2));
        }
        // the seed gives clean departments of both profiles and a department with each offset error
        assertThat(departments.values()).contains("hubei-2024", "shanghai-2024");
        assertThat(injected).containsValues("\"C-1\"", "\"C-2\"");
        assertThat(departments.keySet().stream().filter(d -> !injected.containsKey(d)))
                .extracting(departments::get)
                .contains("hubei-2024", "shanghai-2024");
        // a department whose tree names a unit that is not there
        Path broken = data.resolve("broken-department");
        Files.createDirectories(broken);
        Files.writeString(
                broken.resolve("consolidation.yaml"),
                "units:\n  - file: own.yaml\n  - file: missing.yaml\n    parent: own.yaml\n");
        Files.copy(
                data.resolve(departments.keySet().iterator().next()).resolve("unit-00.yaml"),
                broken.resolve("own.yaml"));

        CommandLineIT.Run batch =
                CommandLineIT.run("batch", data.toString(), "--out", out.toString(), "--threads", "2", "--no-proof");
        assertThat(batch.code()).as(batch.err()).isEqualTo(4);

        Map<String, String[]> units = units(out);
        assertThat(units).hasSize(11);
        assertThat(units.get("broken-department")[0]).isEqualTo("failed");
        assertThat(units.get("broken-department")[1]).contains("missing.yaml", "consolidation.yaml:3:5");
        for (Map.Entry<String, String> error : injected.entrySet()) {
            String[] unit = units.get(error.getKey());
            assertThat(unit[0]).as(error.getKey()).isEqualTo("invalid");
            assertThat(unit[1]).as(error.getKey()).contains("\"errorRules\": [" + error.getValue() + "]");
            assertThat(out.resolve(error.getKey())).doesNotExist();
        }
        String summary = Files.readString(out.resolve(RunBatch.SUMMARY_JSON));
        for (String rule : List.of("C-1", "C-2")) {
            long expected = injected.values().stream()
                    .filter(rules -> rules.equals("\"" + rule + "\""))
                    .count();
            assertThat(count(summary, rule)).as(rule).isEqualTo(expected);
        }
        DatasetLoader loader = new DatasetLoader(Definitions.bundled());
        List<String> clean = new ArrayList<>();
        for (Map.Entry<String, String> department : departments.entrySet()) {
            String name = department.getKey();
            if (injected.containsKey(name)) {
                continue;
            }
            clean.add(name);
            assertThat(units.get(name)[0]).as(name).isEqualTo("rendered");
            Path unit = out.resolve(name);
            assertThat(RunBatch.complete(unit)).isTrue();
            Dataset own = loader.load(data.resolve(name).resolve("unit-00.yaml"))
                    .value()
                    .orElseThrow();
            try (PDDocument pdf = Loader.loadPDF(unit.resolve("disclosure.pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).as(name).isGreaterThan(3);
            }
            try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(unit.resolve("disclosure.docx")))) {
                assertThat(docx.getTables()).as(name).hasSizeGreaterThanOrEqualTo(9);
            }
            String tables = cells(unit.resolve("tables.xlsx"));
            String page = Files.readString(unit.resolve("disclosure.html"));
            assertThat(page.split("<table", -1).length - 1).as(name).isGreaterThanOrEqualTo(9);
            if (department.getValue().equals("hubei-2024")) {
                // the profile prints the consolidated tables' unit line with （汇总）
                assertThat(tables).as(name).contains("部门：" + own.unit().name() + "（汇总）");
                assertThat(page).as(name).contains("部门：" + own.unit().name() + "（汇总）");
            } else {
                assertThat(page).as(name).contains("部门决算单位构成");
            }
            // the working report shows each side of the 本级's offsets: its 对附属单位补助支出 and 附属单位上缴收入
            String paper = Files.readString(unit.resolve("working-paper.html"));
            assertThat(paper).contains(own.unit().name(), "抵销工作底稿").doesNotContain("不符");
            Amount subsidy = Amount.ZERO;
            Amount remitted = Amount.ZERO;
            for (FunctionLine line : own.lines()) {
                for (Map.Entry<FunctionLine.SpendingKey, Figure> spending :
                        line.spending().entrySet()) {
                    if (spending.getKey().kind() == SpendingKind.SUBSIDY) {
                        subsidy = subsidy.plus(spending.getValue().amount());
                    }
                }
                Figure affiliated = line.income().get(IncomeSource.AFFILIATED);
                remitted = affiliated == null ? remitted : remitted.plus(affiliated.amount());
            }
            assertThat(paper)
                    .contains("<td class=\"n\">" + subsidy.value().toPlainString() + "</td>")
                    .contains("<td class=\"n\">" + remitted.value().toPlainString() + "</td>");
            // the manifest lists the working report with its digest and size, so resume checks it like the others
            byte[] paperBytes = Files.readAllBytes(unit.resolve("working-paper.html"));
            assertThat(Files.readString(unit.resolve("manifest.json")))
                    .contains("{\"name\": \"working-paper.html\", \"sha256\": \"" + sha256(paperBytes)
                            + "\", \"bytes\": " + paperBytes.length + "}");
        }

        // resumed: the rendered departments are skipped, their working reports untouched
        FileTime before = Files.getLastModifiedTime(out.resolve(clean.get(0)).resolve("working-paper.html"));
        CommandLineIT.Run resumed = CommandLineIT.run(
                "batch", data.toString(), "--out", out.toString(), "--threads", "2", "--no-proof", "--resume");
        assertThat(resumed.code()).as(resumed.err()).isEqualTo(4);
        Map<String, String[]> again = units(out);
        for (String name : clean) {
            assertThat(again.get(name)[0]).as(name).isEqualTo("skipped");
        }
        assertThat(Files.getLastModifiedTime(out.resolve(clean.get(0)).resolve("working-paper.html")))
                .isEqualTo(before);
        // a working report cut short makes the department incomplete: resumed, it is done again
        Path paper = out.resolve(clean.get(1)).resolve("working-paper.html");
        Files.write(paper, Arrays.copyOf(Files.readAllBytes(paper), 100));
        assertThat(RunBatch.complete(out.resolve(clean.get(1)))).isFalse();
        CommandLineIT.Run redone = CommandLineIT.run(
                "batch", data.toString(), "--out", out.toString(), "--threads", "2", "--no-proof", "--resume");
        assertThat(redone.code()).as(redone.err()).isEqualTo(4);
        Map<String, String[]> third = units(out);
        assertThat(third.get(clean.get(1))[0]).isEqualTo("rendered");
        assertThat(third.get(clean.get(0))[0]).isEqualTo("skipped");
        assertThat(RunBatch.complete(out.resolve(clean.get(1)))).isTrue();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aDepartmentRateOutsideZeroToOneIsAUsageErrorAndWritesNothing() {
        Path data = temp.resolve("data");
        CommandLineIT.Run synth =
                CommandLineIT.run("synth", "--units", "3", "--department-rate", "1.5", "--out", data.toString());
        assertThat(synth.code()).isEqualTo(2);
        assertThat(synth.err()).contains("--department-rate 应在 0 至 1 之间");
        assertThat(data).doesNotExist();
    }
}
