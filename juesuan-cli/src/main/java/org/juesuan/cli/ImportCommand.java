package org.juesuan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.source.TreeReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code juesuan import}: reads a filled workbook (or any dataset) and writes the canonical dataset file (导入). */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "读取填报工作簿（或其他格式的数据集），逐项校验后写出标准数据集文件（.yaml 或 .json）。")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "填报工作簿（.xlsx），或数据集文件、目录")
    @Nullable
    Path input;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "FILE",
            description = "输出的数据集（.yaml、.yml 或 .json）")
    @Nullable
    Path out;

    @Override
    public Integer call() {
        JuesuanCommand parent = Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("import");
        Path target = Objects.requireNonNull(out);
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
            throw new CommandLine.ParameterException(line, "输出文件应以 .yaml、.yml 或 .json 结尾");
        }
        Result<Dataset> loaded = new DatasetLoader(parent.definitions()).load(Objects.requireNonNull(input));
        Dataset dataset = loaded.orElseThrow(issues -> new UnableToReadInputException("无法读取数据", issues));
        if (!loaded.issues().isEmpty()) {
            line.getErr().print(new IssueFormatter().format(loaded.issues()));
        }
        String text = DatasetWriter.write(dataset, TreeReader.Format.ofFileName(name));
        Path directory =
                Optional.ofNullable(target.toAbsolutePath().getParent()).orElse(Path.of("."));
        new OutputFiles()
                .add(target.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8))
                .writeTo(directory);
        line.getOut()
                .println("已写出数据集（" + dataset.unit().name() + " " + dataset.fiscalYear() + " 年度，"
                        + dataset.lines().size() + " 个项级科目）：" + target);
        return Main.ExitCode.OK;
    }
}
