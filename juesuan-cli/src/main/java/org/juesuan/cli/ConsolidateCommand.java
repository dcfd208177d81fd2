package org.juesuan.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.consolidate.ConsolidateUnits;
import org.juesuan.core.consolidation.WorkingPaper;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.FindingsFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code juesuan consolidate}: consolidates a department's units into one 汇总 dataset (部门决算汇总). */
@Command(
        name = "consolidate",
        mixinStandardHelpOptions = true,
        description = {
            "按目录中的 consolidation.yaml（单位构成：本级单位及所属单位的数据集和上级单位）汇总部门决算：",
            "逐级抵销上级补助收入与对附属单位补助支出、上缴上级支出与附属单位上缴收入，写出汇总数据集和抵销工作底稿。",
            "抵销不符或汇总数据校验有错误时退出码为 3，无法读取时为 4。"
        })
final class ConsolidateCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @Parameters(index = "0", paramLabel = "DIR", description = "含 consolidation.yaml 和各单位数据集的目录")
    @Nullable
    Path directory;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "DATASET",
            description = "输出的汇总数据集（.yaml、.yml 或 .json）")
    @Nullable
    Path out;

    @Option(names = "--report", paramLabel = "REPORT", description = "抵销工作底稿（.html、.json 或 .txt）；不指定时输出到屏幕")
    @Nullable
    Path report;

    @Override
    public Integer call() {
        JuesuanCommand parent = Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("consolidate");
        Path target = Objects.requireNonNull(out);
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
            throw new CommandLine.ParameterException(line, "输出的汇总数据集应以 .yaml、.yml 或 .json 结尾");
        }
        if (report != null) {
            String reportName = report.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!reportName.endsWith(".html") && !reportName.endsWith(".json") && !reportName.endsWith(".txt")) {
                throw new CommandLine.ParameterException(line, "抵销工作底稿应以 .html、.json 或 .txt 结尾");
            }
        }
        ConsolidateUnits useCase = new ConsolidateUnits(parent.definitions());
        ConsolidateUnits.Outcome outcome = useCase.run(Objects.requireNonNull(directory));
        if (!outcome.warnings().isEmpty()) {
            line.getErr().print(new IssueFormatter().format(outcome.warnings()));
        }
        useCase.write(outcome, target, Optional.ofNullable(report));
        WorkingPaper paper = outcome.consolidation().paper();
        // the findings the rules made on the working paper: the offsets whose two sides differ
        Set<String> paperTables = new HashSet<>();
        outcome.paper().forEach(table -> paperTables.add(table.id()));
        List<Finding> offsets = outcome.findings().list().stream()
                .filter(finding -> paperTables.contains(finding.table()))
                .toList();
        int mismatches = offsets.size();
        if (report == null) {
            line.getOut().print(ConsolidateUnits.report(outcome, Path.of("report.txt")));
        } else {
            for (Finding finding : offsets) {
                line.getErr().println("抵销不符 " + finding);
            }
            line.getOut().println(FindingsFormatter.summary(outcome.findings()) + " 抵销工作底稿已写入 " + report);
        }
        line.getOut()
                .println("已写出汇总数据集（" + outcome.dataset().unit().name() + "（汇总）"
                        + outcome.dataset().fiscalYear()
                        + " 年度，" + paper.units().size() + " 个单位，"
                        + paper.offsets().size() + " 项抵销，其中不符 "
                        + mismatches + " 项）：" + target);
        return outcome.findings().hasErrors() ? Main.ExitCode.INVALID : Main.ExitCode.OK;
    }
}
