package org.juesuan.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.publish.BuildDisclosure;
import org.juesuan.app.publish.OutputFormat;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.rule.FindingsFormatter;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.render.Warmup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code juesuan build}: derives and renders the complete disclosure of a dataset (生成部门决算公开文件). */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "由决算数据集生成完整的部门决算公开文件（PDF/A、DOCX、XLSX、HTML），逐一回读校对后整体写入输出目录。")
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

    @CommandLine.Mixin
    RenderOptions rendering = new RenderOptions();

    @Option(
            names = "--rounding",
            paramLabel = "POLICY",
            defaultValue = "largest-remainder",
            description = "元转万元的尾数处理：largest-remainder（舍位平衡，默认）或 independent（逐项四舍五入）")
    String rounding = "largest-remainder";

    @Override
    public Integer call() {
        JuesuanCommand parent = java.util.Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("build");
        Set<OutputFormat> selected = rendering.formats(line);
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
        // one document: its formats are rendered side by side, on at most two threads
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService renderer = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "juesuan-render");
            thread.setDaemon(true);
            return thread;
        });
        // while the dataset is read and validated, the second core reads the font and loads the office libraries
        renderer.execute(() -> {
            try {
                Warmup.run();
            } catch (RuntimeException ignored) {
                // rendering itself will meet and report the same problem
            }
        });
        BuildDisclosure.Outcome outcome;
        try {
            outcome = new BuildDisclosure(parent.definitions(), renderer)
                    .run(new BuildDisclosure.Request(
                            dataset.path(),
                            java.util.Objects.requireNonNull(out),
                            profile,
                            selected,
                            policy,
                            rendering.draft(),
                            rendering.proof()));
        } finally {
            renderer.shutdown();
        }
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
                        + " 年度部门决算公开文件（" + outcome.document().parts().size() + " 个部分、"
                        + outcome.tables().tables().size() + " 张公开表、"
                        + charts(outcome.document()) + " 幅图）"
                        + (rendering.proof() ? "，已回读校对" : "，未回读校对") + "：");
        for (Path file : outcome.files()) {
            line.getOut().println("  " + file);
        }
        return Main.ExitCode.OK;
    }

    private static long charts(org.juesuan.core.document.Document document) {
        return document.parts().stream()
                .flatMap(part -> part.blocks().stream())
                .filter(block -> block instanceof org.juesuan.core.document.ChartBlock)
                .count();
    }
}
