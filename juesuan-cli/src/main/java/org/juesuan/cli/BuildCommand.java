package org.juesuan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.publish.BuildTables;
import org.juesuan.app.publish.OutputFormat;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.rule.FindingsFormatter;
import org.juesuan.core.table.DisplayRoundingPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code juesuan build}: derives and renders the public tables of a dataset (生成公开表). */
@Command(name = "build", mixinStandardHelpOptions = true, description = "由决算数据集生成公开表（XLSX、HTML），文件整体写入输出目录。")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @CommandLine.Mixin
    DatasetInput dataset = new DatasetInput();

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "DIR",
            description = "输出目录")
    @Nullable
    Path out;

    @Option(
            names = "--format",
            split = ",",
            paramLabel = "FORMAT",
            defaultValue = "xlsx,html",
            description = "输出格式，逗号分隔：xlsx、html（默认全部）")
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--rounding",
            paramLabel = "POLICY",
            defaultValue = "largest-remainder",
            description = "元转万元的尾数处理：largest-remainder（舍位平衡，默认）或 independent（逐项四舍五入）")
    String rounding = "largest-remainder";

    @Option(names = "--draft", description = "校验有错误时仍然生成，每页标注“草稿”（不得公开）")
    boolean draft;

    @Override
    public Integer call() {
        JuesuanCommand parent = java.util.Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("build");
        Set<OutputFormat> selected = EnumSet.noneOf(OutputFormat.class);
        for (String key : formats) {
            selected.add(OutputFormat.ofKey(key)
                    .orElseThrow(() -> new CommandLine.ParameterException(line, "不支持的输出格式“" + key + "”，可选：xlsx、html")));
        }
        DisplayRoundingPolicy policy = null;
        for (DisplayRoundingPolicy candidate : DisplayRoundingPolicy.values()) {
            if (candidate.key().equals(rounding)) {
                policy = candidate;
            }
        }
        if (policy == null) {
            throw new CommandLine.ParameterException(line, "--rounding 应为 largest-remainder 或 independent");
        }
        Optional<String> profile = dataset.profile(parent, line);
        BuildTables.Outcome outcome = new BuildTables(parent.definitions())
                .run(new BuildTables.Request(
                        dataset.path(), java.util.Objects.requireNonNull(out), profile, selected, policy, draft));
        if (!outcome.warnings().isEmpty()) {
            line.getErr().print(new IssueFormatter().format(outcome.warnings()));
        }
        if (!outcome.findings().isEmpty()) {
            line.getErr().print(new FindingsFormatter().text(outcome.findings()));
        }
        line.getOut()
                .println("已按地区口径“" + outcome.tables().profile().id() + "”生成 "
                        + outcome.tables().dataset().unit().name() + " "
                        + outcome.tables().dataset().fiscalYear()
                        + " 年度公开表 " + outcome.tables().tables().size() + " 张：");
        for (Path file : outcome.files()) {
            line.getOut().println("  " + file);
        }
        return Main.ExitCode.OK;
    }
}
