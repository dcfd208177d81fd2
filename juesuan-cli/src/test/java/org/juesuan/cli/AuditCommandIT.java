package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code juesuan audit}, black-box: reports, formats and exit codes as a reviewer sees them. */
class AuditCommandIT {

    static final String PUBLISHED = "../examples/qingshan-guozi-2024/published.txt";

    @TempDir
    Path temp;

    @Test
    void auditsTheExamplesPublishedTextAndExitsWithThreeForItsErrors() {
        CommandLineIT.Run run = CommandLineIT.run("audit", PUBLISHED);
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out())
                .contains("识别结果：武汉市青山区人民政府国有资产监督管理局（汇总），区级，2024年度")
                .contains("公开表：找到 9 张，共应有 9 张")
                .contains("错误 AUDIT_EMPTY_TABLE 公开03表（published.txt:")
                .contains("名词解释称“市级财政”（3处），本单位为区级单位，应为“区级财政”")
                .contains("原文：201030 | 行政运行 | 207.87 | 207.87")
                .contains("审查发现：错误");
    }

    @Test
    void writesJsonAndHtmlReports() throws Exception {
        CommandLineIT.Run json = CommandLineIT.run(
                "audit",
                PUBLISHED,
                "--format",
                "json",
                "--out",
                temp.resolve("report.json").toString());
        assertThat(json.code()).isEqualTo(3);
        String report = Files.readString(temp.resolve("report.json"), StandardCharsets.UTF_8);
        assertThat(report)
                .contains("\"profile\" : \"hubei-2024\"", "\"rule\" : \"AUDIT_TRUNCATED_CODE\"", "\"verdict\"");
        CommandLineIT.Run html = CommandLineIT.run("audit", PUBLISHED, "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<td class=\"ERROR\">错误</td>");
    }

    @Test
    void anUnreadableFileExitsWithFourAndTheOthersAreStillAudited() throws Exception {
        Path scan = temp.resolve("scan.pdf");
        Files.write(scan, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2, 3});
        CommandLineIT.Run run = CommandLineIT.run("audit", scan.toString(), PUBLISHED);
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("无法审查：" + scan).contains("scan.pdf");
        assertThat(run.out()).contains("审查文件：published.txt");
    }

    @Test
    void anUnknownFormatIsUnreadableNotGuessed() throws Exception {
        Path odt = temp.resolve("决算.odt");
        Files.writeString(odt, "不是支持的格式");
        CommandLineIT.Run run = CommandLineIT.run("audit", odt.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("无法识别文件格式");
    }
}
