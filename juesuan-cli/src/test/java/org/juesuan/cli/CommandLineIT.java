package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line, black-box: exit codes, messages and files, as a user sees them. */
class CommandLineIT {

    static final String EXAMPLE = "../examples/qingshan-guozi-2024";

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildsTheExampleIntoAWorkbookAPageAndAManifest() throws Exception {
        Path out = temp.resolve("out");
        Run run = run("build", EXAMPLE, "--out", out.toString(), "--draft");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("武汉市青山区人民政府国有资产监督管理局 2024 年度部门决算公开文件（6 个部分、9 张公开表、4 幅图），已回读校对");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("tables.xlsx")))) {
            // 公开05表, the 合计 row under the headers and the 栏次 row: 小计 265.19 (207.87 + 57.32)
            // a draft line, the number, title and unit lines, three header rows, then 合计
            var sheet = workbook.getSheet("公开05表");
            assertThat(sheet.getRow(4 + 3).getCell(1).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(4 + 3).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(4 + 3).getCell(2).getNumericCellValue()).isEqualTo(265.19);
        }
        assertThat(Files.readString(out.resolve("disclosure.html"))).contains(">207.87</td>", "公开06表");
        String manifest = Files.readString(out.resolve("manifest.json"));
        for (String file : new String[] {"disclosure.pdf", "disclosure.docx", "tables.xlsx", "disclosure.html"}) {
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out.resolve(file))));
            assertThat(manifest).contains("\"name\": \"" + file + "\", \"sha256\": \"" + sha + "\"");
        }
    }

    @Test
    void buildingTwiceGivesIdenticalFiles() throws IOException {
        run("build", EXAMPLE, "--out", temp.resolve("a").toString(), "--draft");
        run("build", EXAMPLE, "--out", temp.resolve("b").toString(), "--draft");
        for (String file :
                new String[] {"disclosure.pdf", "disclosure.docx", "tables.xlsx", "disclosure.html", "manifest.json"}) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(file)));
        }
    }

    @Test
    void buildsTheExampleUnderTheShanghaiProfileWithThreePublicSeventh() throws IOException {
        Path out = temp.resolve("sh");
        Run run = run(
                "build", EXAMPLE, "--out", out.toString(), "--profile", "shanghai-2024", "--format", "xlsx", "--draft");
        assertThat(run.code()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("tables.xlsx")))) {
            assertThat(workbook.getSheetName(6)).isEqualTo("财政拨款“三公”经费支出决算表");
        }
        assertThat(out.resolve("disclosure.html")).doesNotExist();
    }

    @Test
    void buildsTheWholeDocumentAsPdfWithTheNarrativeStatingTheTablesFigures() throws IOException {
        Path out = temp.resolve("pdf");
        Run run = run("build", EXAMPLE, "--out", out.toString(), "--format", "pdf", "--draft", "--no-proof");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("未回读校对");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"proofed\": false");
        try (var pdf =
                org.apache.pdfbox.Loader.loadPDF(out.resolve("disclosure.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            // the narrative states the totals the tables print (265.19, not the original's 265.18)
            assertThat(text)
                    .contains("第三部分", "一般公共服务支出", "收入支出决算总体情况说明", "名词解释")
                    .contains("收、支总计均为265.19万元");
        }
        assertThat(out.resolve("disclosure.docx")).doesNotExist();
    }

    @Test
    void aProfileWithoutNarrativePhrasingIsReportedNotGuessed() throws IOException {
        Path profiles = copyOfHubei("hubei-2024-bare", text -> text, "narrative.yaml");
        Path out = temp.resolve("out");
        Run run = run(
                "--profiles",
                profiles.toString(),
                "build",
                EXAMPLE,
                "--out",
                out.toString(),
                "--profile",
                "hubei-2024-bare",
                "--draft");
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("hubei-2024-bare", "情况说明措辞", "narrative.yaml");
        assertThat(out).doesNotExist();
    }

    @Test
    void malformedYamlExitsWithFourAtItsPositionAndWritesNothing() throws IOException {
        Path dataset = temp.resolve("dataset.yaml");
        Files.writeString(dataset, "format: juesuan-dataset/1\nunit: {name: 某局\nlines: []\n");
        Path out = temp.resolve("out");
        Run run = run("build", dataset.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err())
                .contains("无法完成：无法读取数据集", dataset + ":3:", "YAML 语法错误")
                .contains("^");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownCodeExitsWithFourAndShowsTheLineWithACaret() throws IOException {
        String text =
                Files.readString(Path.of(EXAMPLE, "dataset.yaml")).replace("code: \"2101103\"", "code: \"2101198\"");
        Path dataset = temp.resolve("dataset.yaml");
        Files.writeString(dataset, text);
        Run run = run("build", dataset.toString(), "--out", temp.resolve("out").toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err())
                .contains(
                        "错误 DATASET_UNKNOWN_CODE " + dataset + ":",
                        "2024 年支出功能分类科目中没有 2101198",
                        "| ",
                        "code: \"2101198\"");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    /** Each kind of malformed dataset: the example with one edit, the code and text expected in the message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad YAML           | 'unit:'                                   | 'unit: ['          | INPUT_SYNTAX          | YAML 语法错误
            unknown code       | 'code: "2101103"'                         | 'code: "2101198"'  | DATASET_UNKNOWN_CODE  | 中没有 2101198
            text in an amount  | '"30101": 33.73'                          | '"30101": 三十三'   | DATASET_NOT_AN_AMOUNT | “三十三”不是金额
            duplicate line     | 'code: "2101103"'                         | 'code: "2101101"'  | DATASET_DUPLICATE_LINE | 功能分类科目 2101101 重复
            wrong hierarchy    | 'code: "2010302"'                         | 'code: "20103"'    | DATASET_CODE_LEVEL    | 20103 是款级科目
            seven decimals     | 'income: {generalBudget: 0.42}'           | 'income: {generalBudget: 0.4213456}' | DATASET_NOT_AN_AMOUNT | 小数位超过6位
            misspelt field     | 'annualBudget: 0.09'                      | 'anualBudget: 0.09' | DATASET_UNKNOWN_FIELD | 未知字段“anualBudget”
            """)
    void aMalformedDatasetExitsWithFourAndALocatedMessage(
            String kind, String find, String replace, String code, String fragment) throws IOException {
        String original = Files.readString(Path.of(EXAMPLE, "dataset.yaml"));
        assertThat(original).as(kind).contains(find);
        Path dataset = temp.resolve("dataset.yaml");
        Files.writeString(
                dataset,
                original.replaceFirst(
                        java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace)));
        Run run = run("build", dataset.toString(), "--out", temp.resolve("out").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(4);
        assertThat(run.err())
                .containsPattern(
                        "错误 " + code + " " + java.util.regex.Pattern.quote(dataset.toString()) + ":\\d+:\\d+: ")
                .contains(fragment);
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aPrintedFigureNamingAnUnknownRowExitsWithFour() throws IOException {
        String text = Files.readString(Path.of(EXAMPLE, "dataset.yaml")).replace("I27:", "I270:");
        Path dataset = temp.resolve("dataset.yaml");
        Files.writeString(dataset, text);
        Run run = run("build", dataset.toString(), "--out", temp.resolve("out").toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("PUBLISHED_UNKNOWN_ROW", "中没有行“I270”");
    }

    @Test
    void aMissingInputExitsWithFour() {
        Run run = run(
                "build",
                temp.resolve("nothing.yaml").toString(),
                "--out",
                temp.resolve("out").toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("文件不存在");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("build", EXAMPLE).code()).isEqualTo(2);
        Run format = run("build", EXAMPLE, "--out", temp.toString(), "--format", "pdf,doc");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("不支持的输出格式“doc”");
        Run profile = run("build", EXAMPLE, "--out", temp.toString(), "--profile", "mars-2024");
        assertThat(profile.code()).isEqualTo(2);
        assertThat(profile.err()).contains("没有名为“mars-2024”的地区口径", "hubei-2024", "shanghai-2024");
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void listsTheProfiles() {
        Run run = run("profiles");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("hubei-2024\t", "shanghai-2024\t上海市 2024 年度部门决算公开（官方模板）（9 张表）");
    }

    @Test
    void theShadedJarBuildsTheExampleOnItsOwn() throws Exception {
        // the jar is what ./juesuan runs: every library must be inside it, definitions read from inside it
        Path jar = Path.of("target/juesuan.jar");
        assertThat(jar).as("the IT runs after package").exists();
        Path out = temp.resolve("jar-out");
        Process process = new ProcessBuilder(
                        "java", "-jar", jar.toString(), "build", EXAMPLE, "--out", out.toString(), "--draft")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).doesNotContain("Exception", "Log4j");
        // another JVM, the same bytes: a published document can be checked by its hash
        Path here = temp.resolve("in-process");
        assertThat(run("build", EXAMPLE, "--out", here.toString(), "--draft").code())
                .isZero();
        for (String file :
                new String[] {"disclosure.pdf", "disclosure.docx", "tables.xlsx", "disclosure.html", "manifest.json"}) {
            assertThat(Files.readAllBytes(out.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(here.resolve(file)));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("tables.xlsx")))) {
            assertThat(workbook.getSheet("公开06表").getRow(6).getCell(2).getNumericCellValue())
                    .isEqualTo(198.72);
        }
        Process profiles = new ProcessBuilder("java", "-jar", jar.toString(), "profiles")
                .redirectErrorStream(true)
                .start();
        String listed = new String(profiles.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(profiles.waitFor()).isZero();
        assertThat(listed).contains("hubei-2024", "shanghai-2024").doesNotContain("有误");
    }

    @Test
    void aNewProfileIsADirectoryOfDataNotCode() throws IOException {
        // copy the bundled hubei-2024 profile under a new id, retitle a table and drop two class lines
        Path profiles = copyOfHubei("hubei-2024-test", text -> text.replace(" 231, 232,", "")
                .replace("title: 收入支出决算总表", "title: 收入支出决算总表（试行）"));
        Path out = temp.resolve("out");
        Run run = run(
                "--profiles",
                profiles.toString(),
                "build",
                EXAMPLE,
                "--out",
                out.toString(),
                "--profile",
                "hubei-2024-test",
                "--format",
                "html",
                "--draft");
        assertThat(run.code()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("disclosure.html"));
        assertThat(html).contains("2024年度收入支出决算总表（试行）", "二十四、抗疫特别国债安排的支出").doesNotContain("债务还本支出");
    }

    @Test
    void aCodeMissingFromTheCatalogIsAddedByDroppingInAFile() throws IOException {
        String text = Files.readString(Path.of(EXAMPLE, "dataset.yaml"))
                .replace("code: \"2101103\"", "code: \"2101188\"")
                .replace("name: 公务员医疗补助", "name: 试点医疗补助");
        Path dataset = temp.resolve("dataset.yaml");
        Files.writeString(dataset, text);
        assertThat(run("build", dataset.toString(), "--out", temp.resolve("a").toString())
                        .code())
                .isEqualTo(4);
        Path catalogs = temp.resolve("catalogs");
        Files.createDirectories(catalogs.resolve("2024/function"));
        Files.writeString(catalogs.resolve("2024/function/local.txt"), "# 本地补充科目\n2101188\t试点医疗补助\n");
        Run run = run(
                "--catalogs",
                catalogs.toString(),
                "build",
                dataset.toString(),
                "--out",
                temp.resolve("b").toString(),
                "--format",
                "html",
                "--draft");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(temp.resolve("b/disclosure.html"))).contains(">2101188<", ">试点医疗补助<");
    }

    @Test
    void writesABlankTemplateForAProfile() throws IOException {
        Path file = temp.resolve("模板.xlsx");
        Run run = run("template", "--profile", "shanghai-2024", "--out", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheet("单位信息")).isNotNull();
            assertThat(workbook.getSheet("财政拨款“三公”经费支出决算表")).isNotNull();
            assertThat(workbook.getSheet("补充-科目数据")).isNotNull();
        }
        assertThat(run("template", "--out", file.toString()).code()).isEqualTo(2);
    }

    @Test
    void aWorkbookMadeFromTheExampleImportsBackToTheSameDatasetAndBuildsTheSameTables() throws IOException {
        Path workbook = temp.resolve("填报.xlsx");
        assertThat(run("template", "--from", EXAMPLE, "--out", workbook.toString())
                        .code())
                .isZero();
        Path imported = temp.resolve("imported.yaml");
        Run run = run("import", workbook.toString(), "--out", imported.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Path canonical = temp.resolve("canonical.yaml");
        assertThat(run("import", EXAMPLE, "--out", canonical.toString()).code()).isZero();
        assertThat(Files.readString(imported)).isEqualTo(Files.readString(canonical));
        run("build", workbook.toString(), "--out", temp.resolve("from-workbook").toString(), "--draft");
        run("build", EXAMPLE, "--out", temp.resolve("from-yaml").toString(), "--draft");
        for (String file : new String[] {"tables.xlsx", "disclosure.html"}) {
            assertThat(Files.readAllBytes(temp.resolve("from-workbook").resolve(file)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("from-yaml").resolve(file)));
        }
    }

    @Test
    void textInAWorkbookAmountExitsWithFourAtTheCell() throws IOException {
        Path workbook = temp.resolve("填报.xlsx");
        run("template", "--from", EXAMPLE, "--out", workbook.toString());
        String cell;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            var sheet = book.getSheet("公开05表");
            int row = -1;
            for (var r : sheet) {
                if (r.getCell(0) != null
                        && "2010301"
                                .equals(new org.apache.poi.ss.usermodel.DataFormatter()
                                        .formatCellValue(r.getCell(0)))) {
                    row = r.getRowNum();
                }
            }
            assertThat(row).isNotNegative();
            sheet.getRow(row).getCell(3).setCellValue("二百零七");
            cell = "D" + (row + 1);
            try (var stream = Files.newOutputStream(workbook)) {
                book.write(stream);
            }
        }
        Run run = run("build", workbook.toString(), "--out", temp.resolve("out").toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains(workbook + "!公开05表!" + cell, "二百零七");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aCorruptWorkbookExitsWithFour() throws IOException {
        Path workbook = temp.resolve("坏的.xlsx");
        Files.write(workbook, "这不是工作簿".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Run run = run("build", workbook.toString(), "--out", temp.resolve("out").toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains(workbook.toString()).doesNotContain("Exception");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    /** The example with one printed total off by one 万元: a real error. */
    private Path exampleWithAnError() throws IOException {
        String text = Files.readString(Path.of(EXAMPLE, "dataset.yaml"))
                .replace("total: {1: 265.18, 2: 207.87, 3: 57.32}", "total: {1: 266.18, 2: 207.87, 3: 57.32}");
        assertThat(text).contains("266.18");
        Path dataset = temp.resolve("dataset.yaml");
        Files.writeString(dataset, text);
        return dataset;
    }

    @Test
    void validateListsEachFindingAtItsLineAndExitsWithThreeOnErrors() throws IOException {
        Path dataset = exampleWithAnError();
        Run run = run("validate", dataset.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out())
                .contains("错误 T05-1 " + dataset + ":", "公开05表 合计 本年支出小计（栏次1）", "小计 266.18 万元", "相差 0.99 万元", "校验发现：错误");
    }

    @Test
    void validateWritesJsonAndHtmlReports() throws IOException {
        Path dataset = exampleWithAnError();
        Path json = temp.resolve("report.json");
        assertThat(run("validate", dataset.toString(), "--format", "json", "--out", json.toString())
                        .code())
                .isEqualTo(3);
        assertThat(Files.readString(json))
                .contains(
                        "\"rule\" : \"T05-1\"",
                        "\"severity\" : \"ERROR\"",
                        "\"left\" : \"266.18\"",
                        "\"right\" : \"265.19\"",
                        "\"difference\" : \"0.99\"");
        Path html = temp.resolve("report.html");
        run("validate", dataset.toString(), "--format", "html", "--out", html.toString());
        assertThat(Files.readString(html))
                .contains("<td class=\"severity\">错误</td>", "T05-1", "266.18")
                .doesNotContain("<script");
        assertThat(run("validate", dataset.toString(), "--format", "xml").code())
                .isEqualTo(2);
    }

    @Test
    void aCapOnFindingsListsTheMostSeriousAndCountsTheRest() throws IOException {
        // the example has 43 findings: 6 errors; 17 warnings (6 of the rules, 11 of scoring the self-evaluation
        // forms); 20 notes (11 of the rules, 9 of scoring: weights read from the printed scores)
        Run run = run("validate", EXAMPLE, "--max-findings", "3");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out().lines().filter(l -> l.startsWith("错误 ")).count()).isEqualTo(3);
        assertThat(run.out().lines().filter(l -> l.startsWith("警告 ") || l.startsWith("提示 ")))
                .isEmpty();
        assertThat(run.out()).contains("校验发现：错误 6 项，警告 17 项，提示 20 项", "另有 40 项未列出");
        Path json = temp.resolve("capped.json");
        run("validate", EXAMPLE, "--max-findings", "3", "--format", "json", "--out", json.toString());
        assertThat(Files.readString(json)).contains("\"notListed\" : 40");
        assertThat(run("validate", EXAMPLE, "--max-findings", "0").code()).isEqualTo(2);
    }

    @Test
    void buildRefusesDataWithErrorsAndWritesNothing() throws IOException {
        Path dataset = exampleWithAnError();
        Run run = run("build", dataset.toString(), "--out", temp.resolve("out").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("错误 T05-1", "未生成公开文件", "--draft");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aDraftBuildMarksEveryTableAndEverySheet() throws IOException {
        Path dataset = exampleWithAnError();
        Path out = temp.resolve("draft");
        Run run = run("build", dataset.toString(), "--out", out.toString(), "--draft");
        assertThat(run.code()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("disclosure.html"));
        // the page title, and a mark in each of the six parts
        assertThat(html).contains("<title>【草稿】武汉市青山区人民政府国有资产监督管理局2024年度部门决算公开</title>");
        assertThat(html.split("<p class=\"draft\">草稿</p>", -1)).hasSize(6 + 1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("tables.xlsx")))) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                var sheet = workbook.getSheetAt(i);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("草稿");
                assertThat(sheet.getHeader().getCenter()).isEqualTo("草稿");
            }
        }
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"draft\": true");
    }

    /**
     * Copies the bundled hubei-2024 profile under a new id into a temporary profiles directory, editing the text of
     * each file, and leaving out the files named.
     */
    Path copyOfHubei(String id, java.util.function.UnaryOperator<String> edit, String... leftOut) throws IOException {
        Path source = Path.of("../juesuan-core/src/main/resources/juesuan/profiles/hubei-2024");
        Path profiles = temp.resolve("profiles");
        Path target = profiles.resolve(id);
        java.util.Set<String> skipped = java.util.Set.of(leftOut);
        try (var files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (skipped.contains(file.getFileName().toString())) {
                    continue;
                }
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, edit.apply(Files.readString(file).replace("id: hubei-2024", "id: " + id)));
            }
        }
        return profiles;
    }
}
