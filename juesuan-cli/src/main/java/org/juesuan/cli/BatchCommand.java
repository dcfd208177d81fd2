package org.juesuan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.batch.RunBatch;
import org.juesuan.app.publish.OutputFormat;
import org.juesuan.core.table.DisplayRoundingPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code juesuan batch}: validates and renders every dataset of a directory (批量生成). */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "校验并生成目录中每个数据集（子目录或 .yaml/.yml/.xlsx 文件各为一个单位）的公开文件，输出到 OUT/单位名/。",
            "校验有错误的单位不生成（加 --draft 则生成草稿），单个单位失败不影响其他单位；汇总写入 OUT/summary.json 与 OUT/summary.html，"
                    + "逐单位结果写入 OUT/units.jsonl。",
            "退出码：0 全部生成或跳过；3 有单位校验有错误；4 有单位处理失败（同时有两者时为 4）。"
        })
final class BatchCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @Parameters(index = "0", paramLabel = "DIR", description = "数据集所在目录")
    @Nullable
    Path input;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "OUT",
            description = "输出目录")
    @Nullable
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "并行处理的单位数（默认为处理器核数）")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Mixin
    RenderOptions rendering = new RenderOptions();

    @Option(names = "--resume", description = "续跑：跳过输出已完整的单位")
    boolean resume;

    @Override
    public Integer call() {
        JuesuanCommand parent = Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("batch");
        Set<OutputFormat> selected = rendering.formats(line);
        if (threads < 1) {
            throw new CommandLine.ParameterException(line, "--threads 应至少为 1");
        }
        Path directory = Objects.requireNonNull(input);
        if (!Files.isDirectory(directory)) {
            throw new CommandLine.ParameterException(line, "数据集目录“" + directory + "”不存在或不是目录");
        }
        PrintWriter err = line.getErr();
        RunBatch.Summary summary = new RunBatch(parent.definitions())
                .run(
                        new RunBatch.Request(
                                directory,
                                Objects.requireNonNull(out),
                                threads,
                                selected,
                                resume,
                                rendering.draft(),
                                rendering.proof(),
                                DisplayRoundingPolicy.LARGEST_REMAINDER),
                        progress(err, System.console() != null));
        double seconds = summary.elapsedNanos() / 1e9;
        line.getOut()
                .println(String.format(
                        Locale.ROOT,
                        "共 %d 个单位：已生成 %d，校验有错误 %d，处理失败 %d，跳过 %d；用时 %.1f 秒。汇总见 %s",
                        summary.total(),
                        summary.count(RunBatch.Outcome.RENDERED),
                        summary.count(RunBatch.Outcome.INVALID),
                        summary.count(RunBatch.Outcome.FAILED),
                        summary.count(RunBatch.Outcome.SKIPPED),
                        seconds,
                        out.resolve(RunBatch.SUMMARY_HTML)));
        if (summary.count(RunBatch.Outcome.FAILED) > 0) {
            return Main.ExitCode.UNREADABLE;
        }
        return summary.count(RunBatch.Outcome.INVALID) > 0 ? Main.ExitCode.INVALID : Main.ExitCode.OK;
    }

    /**
     * Returns the progress display: on a terminal one line rewritten at most every 200 ms, otherwise a plain line at
     * most every 5 seconds (and at the end). Only the thread that wins the turn prints; the others go on.
     */
    static RunBatch.Progress progress(PrintWriter err, boolean terminal) {
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        AtomicLong last = new AtomicLong(System.nanoTime());
        return (done, total, elapsed) -> {
            long now = System.nanoTime();
            long previous = last.get();
            boolean end = done == total;
            if ((now - previous < interval && !end) || !last.compareAndSet(previous, now)) {
                return;
            }
            double seconds = elapsed / 1e9;
            double rate = seconds > 0 ? done / seconds : 0;
            String eta = rate > 0 ? String.format(Locale.ROOT, "%.0f 秒", (total - done) / rate) : "—";
            String text = String.format(
                    Locale.ROOT,
                    "已处理 %d/%d（%.0f%%），%.1f 个/秒，预计剩余 %s",
                    done,
                    total,
                    total == 0 ? 100.0 : 100.0 * done / total,
                    rate,
                    eta);
            synchronized (err) {
                if (terminal) {
                    err.print("\r" + text + "   " + (end ? "\n" : ""));
                } else {
                    err.println(text);
                }
                err.flush();
            }
        };
    }
}
