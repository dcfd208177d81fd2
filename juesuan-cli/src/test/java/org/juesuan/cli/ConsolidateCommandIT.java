package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code juesuan consolidate} on a small department: a bureau in 万元, its school and the school's kindergarten. */
class ConsolidateCommandIT {

    static final Path DEPARTMENT = Path.of("src/test/resources/consolidation");

    @TempDir
    Path temp;

    private Path copy() throws IOException {
        Path directory = temp.resolve("department");
        Files.createDirectories(directory);
        for (String name : new String[] {"consolidation.yaml", "bureau.yaml", "school.yaml", "kindergarten.yaml"}) {
            Files.copy(DEPARTMENT.resolve(name), directory.resolve(name));
        }
        return directory;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void consolidatesOffsetsAndWritesADatasetThatValidatesAndBuildsAsConsolidated() throws IOException {
        Path out = temp.resolve("out/department.yaml");
        Path report = temp.resolve("out/offsets.json");
        CommandLineIT.Run run = CommandLineIT.run(
                "consolidate", DEPARTMENT.toString(), "--out", out.toString(), "--report", report.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 个单位，4 项抵销，其中不符 0 项");
        String dataset = Files.readString(out);
        // 本级 first; the school's 上级补助收入 and 上缴上级支出 and the bureau's two counterparts are gone
        assertThat(dataset)
                .contains("scope: 汇总", "- 某市某区教育局\n    - 某市某区第一小学\n    - 某市某区第一小学附属幼儿园")
                .doesNotContain("superiorSubsidy", "affiliated", "remittance", "subsidy");
        // 非财政拨款 年末: 12.00 万元 + 50000.00 + 0.00 = 170000.00 元 (the bureau in 万元, the units in 元: written in 元)
        assertThat(dataset).contains("amountUnit: 元", "nonFiscal: 170000.00");
        String json = Files.readString(report);
        assertThat(json)
                .contains("\"parentSide\" : \"400000.00\"", "\"childrenSide\" : \"80000.00\"")
                .contains("\"findings\" : [ ]");
        // the working paper as the rules read it: the bureau's row, its side and its subordinates' side
        assertThat(json)
                .contains("\"id\" : \"C01\"")
                .contains("\"id\" : \"bureau.yaml\",\n"
                        + "        \"label\" : \"某市某区教育局\",\n"
                        + "        \"level\" : 1,\n"
                        + "        \"cells\" : {\n"
                        + "          \"subsidyPaid\" : \"400000.00\",\n"
                        + "          \"subsidyReceived\" : \"400000.00\",\n"
                        + "          \"subsidyDifference\" : \"0.00\"");
        assertThat(json)
                .contains("\"nonFiscal\" : {\n      \"income\" : \"500000.00\",\n      \"spending\" : \"500000.00\"");

        CommandLineIT.Run validate = CommandLineIT.run("validate", out.toString());
        assertThat(validate.code()).as(validate.out() + validate.err()).isZero();
        Path built = temp.resolve("built");
        CommandLineIT.Run build =
                CommandLineIT.run("build", out.toString(), "--out", built.toString(), "--format", "html", "--draft");
        assertThat(build.code()).as(build.err()).isZero();
        assertThat(Files.readString(built.resolve("disclosure.html"))).contains("部门：某市某区教育局（汇总）");
    }

    @Test
    void aTransferRecordedDifferentlyOnTheTwoSidesExitsWithThreeAndShowsTheDifference() throws IOException {
        Path directory = copy();
        // the kindergarten records 79000.00 of 上级补助收入; the school says it gave 80000.00
        replace(directory.resolve("kindergarten.yaml"), "superiorSubsidy: 80000.00", "superiorSubsidy: 79000.00");
        replace(directory.resolve("kindergarten.yaml"), "nonFiscal: {basic: 80000.00}", "nonFiscal: {basic: 79000.00}");
        Path out = temp.resolve("department.yaml");
        Path report = temp.resolve("offsets.txt");

        CommandLineIT.Run run = CommandLineIT.run(
                "consolidate", directory.toString(), "--out", out.toString(), "--report", report.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(3);
        String location = "抵销工作底稿 某市某区第一小学 上级单位对附属单位补助支出（栏次1）（" + directory.resolve("school.yaml") + ":18:68）";
        String message = "某市某区第一小学对附属单位补助支出 80000.00 元，所属单位上级补助收入合计 79000.00 元，相差 1000.00 元；" + "汇总时两方均已抵销，汇总数据因此不平衡";
        assertThat(run.err()).contains("抵销不符 错误 C-1 " + location + "：" + message);
        assertThat(run.out()).contains("3 个单位，4 项抵销，其中不符 1 项");
        assertThat(Files.readString(report))
                .contains("   某市某区第一小学（school.yaml）：上级单位对附属单位补助支出（1） 80000.00；所属单位上级补助收入（2） 79000.00；"
                        + "补助差额（3） 1000.00\n")
                .contains("   　　某市某区第一小学附属幼儿园（school.yaml>kindergarten.yaml）：所属单位上级补助收入（2） 79000.00\n")
                .contains("错误 C-1 " + directory.resolve("school.yaml") + ":18:68: 抵销工作底稿 某市某区第一小学 "
                        + "上级单位对附属单位补助支出（栏次1）：" + message);
        assertThat(out).exists();

        Path page = temp.resolve("offsets.html");
        CommandLineIT.Run html = CommandLineIT.run(
                "consolidate", directory.toString(), "--out", out.toString(), "--report", page.toString());
        assertThat(html.code()).isEqualTo(3);
        assertThat(Files.readString(page))
                .contains("<tr id=\"C01/school.yaml\"><td>某市某区第一小学</td><td class=\"n bad\">80000.00</td>"
                        + "<td class=\"n\">79000.00</td><td class=\"n\">1000.00</td>");
    }

    @Test
    void anUnknownParentExitsWithFourAtItsLine() throws IOException {
        Path directory = copy();
        replace(directory.resolve("consolidation.yaml"), "parent: school.yaml", "parent: scool.yaml");
        Path out = temp.resolve("department.yaml");

        CommandLineIT.Run run = CommandLineIT.run("consolidate", directory.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err())
                .contains("单位构成有误，无法汇总")
                .contains(directory.resolve("consolidation.yaml") + ":6:5")
                .contains("单位“kindergarten.yaml”的上级单位“scool.yaml”未列入单位构成");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingTreeFileOrDatasetExitsWithFour() throws IOException {
        Path out = temp.resolve("department.yaml");
        CommandLineIT.Run noTree = CommandLineIT.run("consolidate", temp.toString(), "--out", out.toString());
        assertThat(noTree.code()).isEqualTo(4);
        assertThat(noTree.err()).contains("目录中没有单位构成文件 consolidation.yaml");

        Path directory = copy();
        Files.delete(directory.resolve("school.yaml"));
        CommandLineIT.Run noDataset = CommandLineIT.run("consolidate", directory.toString(), "--out", out.toString());
        assertThat(noDataset.code()).isEqualTo(4);
        assertThat(noDataset.err())
                .contains(directory.resolve("consolidation.yaml") + ":4:5")
                .contains("单位“school.yaml”的数据集无法读取");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputOfAnotherKindIsAUsageError() {
        CommandLineIT.Run run = CommandLineIT.run(
                "consolidate",
                DEPARTMENT.toString(),
                "--out",
                temp.resolve("department.xlsx").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("输出的汇总数据集应以 .yaml、.yml 或 .json 结尾");
    }
}
