package org.juesuan.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.importer.workbook.WorkbookWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code juesuan template}: writes the data-entry workbook, blank or filled from a dataset (填报工作簿). */
@Command(name = "template", mixinStandardHelpOptions = true, description = "生成填报工作簿：按地区口径的空白模板，或用 --from 由已有数据集预先填好。")
final class TemplateCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "FILE",
            description = "输出的工作簿（.xlsx）")
    @Nullable
    Path out;

    @Option(names = "--profile", paramLabel = "ID", description = "地区口径（空白模板必填；--from 时默认用数据集的口径）")
    @Nullable
    String profile;

    @Option(names = "--from", paramLabel = "DATASET", description = "用这份数据集（文件、工作簿或目录）填写工作簿")
    @Nullable
    Path from;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "元", description = "空白模板的金额单位：元（默认）或 万元")
    String unit = "元";

    @Override
    public Integer call() {
        JuesuanCommand parent = Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("template");
        Path target = Objects.requireNonNull(out);
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(line, "输出文件应以 .xlsx 结尾");
        }
        AmountUnit amountUnit = AmountUnit.ofLabel(unit)
                .orElseThrow(() -> new CommandLine.ParameterException(line, "--unit 应为“元”或“万元”"));
        Dataset dataset = null;
        if (from != null) {
            Result<Dataset> loaded = new DatasetLoader(parent.definitions()).load(from);
            dataset = loaded.orElseThrow(issues -> new UnableToReadInputException("无法读取数据集", issues));
            if (!loaded.issues().isEmpty()) {
                line.getErr().print(new IssueFormatter().format(loaded.issues()));
            }
        } else if (profile == null) {
            throw new CommandLine.ParameterException(line, "空白模板须用 --profile 指定地区口径");
        }
        String id = profile != null ? profile : Objects.requireNonNull(dataset).profileId();
        parent.requireProfile(line, id);
        Result<Profile> loadedProfile = parent.definitions().profile(id);
        Profile chosen = loadedProfile.orElseThrow(issues -> new UnableToReadInputException("地区口径无法使用", issues));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (dataset == null) {
            new WorkbookWriter().writeTemplate(chosen, amountUnit, bytes);
        } else {
            new WorkbookWriter().write(dataset, chosen, bytes);
        }
        Path directory =
                Optional.ofNullable(target.toAbsolutePath().getParent()).orElse(Path.of("."));
        new OutputFiles()
                .add(target.getFileName().toString(), bytes.toByteArray())
                .writeTo(directory);
        line.getOut()
                .println((dataset == null
                                ? "已生成空白填报工作簿（地区口径“" + id + "”，单位：" + amountUnit.label() + "）："
                                : "已生成填报工作簿（" + dataset.unit().name() + " " + dataset.fiscalYear() + " 年度）：")
                        + target);
        return Main.ExitCode.OK;
    }
}
