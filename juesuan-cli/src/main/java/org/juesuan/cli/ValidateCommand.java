package org.juesuan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.rule.FindingsFormatter;
import org.juesuan.render.html.HtmlFindingsRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code juesuan validate}: checks a dataset against its profile's cross-check rules (校验). */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "按地区口径的勾稽规则校验数据集，列出每个问题的位置、严重程度和差额。有错误时退出码为 3。")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @CommandLine.Mixin
    DatasetInput dataset = new DatasetInput();

    @CommandLine.Mixin
    ReportOptions reporting = new ReportOptions();

    @Override
    public Integer call() {
        JuesuanCommand parent = Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("validate");
        reporting.check(line);
        @Nullable Path out = reporting.out().orElse(null);
        ValidateDataset.Outcome outcome = new ValidateDataset(parent.definitions())
                .run(dataset.path(), dataset.profile(parent, line), reporting.maxFindings());
        if (!outcome.warnings().isEmpty()) {
            line.getErr().print(new IssueFormatter().format(outcome.warnings()));
        }
        String unit = outcome.dataset().unit().name();
        int year = outcome.dataset().fiscalYear();
        String report;
        switch (reporting.format()) {
            case "json":
                report = FindingsFormatter.json(
                        outcome.findings(), unit, year, outcome.profile().id());
                break;
            case "html":
                report = HtmlFindingsRenderer.render(unit + year + "年度部门决算校验报告", outcome.findings());
                break;
            default:
                report = new FindingsFormatter().text(outcome.findings());
        }
        if (out == null) {
            line.getOut().print(report);
        } else {
            Path directory = reporting.directory();
            new OutputFiles()
                    .add(out.getFileName().toString(), report.getBytes(StandardCharsets.UTF_8))
                    .writeTo(directory);
            line.getOut().println(FindingsFormatter.summary(outcome.findings()) + " 结果已写入 " + out);
        }
        return outcome.findings().hasErrors() ? Main.ExitCode.INVALID : Main.ExitCode.OK;
    }
}
