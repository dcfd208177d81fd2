package org.juesuan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.batch.SynthesizeUnits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code juesuan synth}: writes synthetic unit datasets, some with injected errors (生成合成数据). */
@Command(
        name = "synth",
        mixinStandardHelpOptions = true,
        description = "按种子生成若干个合成单位数据集（每个单位一个目录），其中一部分为含所属单位的部门（目录中有单位构成文件 consolidation.yaml），" + "可按比例注入已知类型的错误，并在 "
                + SynthesizeUnits.MANIFEST + " 中列出注入的单位、错误类型和应当发现它的规则。同一种子生成的数据逐字节相同。")
final class SynthCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    @Nullable
    JuesuanCommand root;

    @Option(names = "--units", required = true, paramLabel = "N", description = "单位数")
    int units;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "随机种子（默认 1）")
    long seed;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "DIR",
            description = "输出目录")
    @Nullable
    Path out;

    @Option(names = "--error-rate", defaultValue = "0", paramLabel = "R", description = "注入错误的单位比例，0 至 1（默认 0）")
    double errorRate;

    @Option(
            names = "--department-rate",
            defaultValue = "0.05",
            paramLabel = "R",
            description = "为含所属单位的部门（本级单位加所属单位，供汇总）的比例，0 至 1（默认 0.05）")
    double departmentRate;

    @Option(
            names = "--profiles",
            split = ",",
            paramLabel = "PROFILE",
            defaultValue = "hubei-2024,shanghai-2024",
            description = "从中抽取的地区口径，逗号分隔（默认 hubei-2024,shanghai-2024）")
    List<String> profiles = new ArrayList<>();

    @Override
    public Integer call() {
        JuesuanCommand parent = Objects.requireNonNull(root);
        CommandLine line = parent.spec().commandLine().getSubcommands().get("synth");
        if (units < 0) {
            throw new CommandLine.ParameterException(line, "--units 不能为负数");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new CommandLine.ParameterException(line, "--error-rate 应在 0 至 1 之间");
        }
        if (!(departmentRate >= 0 && departmentRate <= 1)) {
            throw new CommandLine.ParameterException(line, "--department-rate 应在 0 至 1 之间");
        }
        for (String profile : profiles) {
            if (parent.definitions().profile(profile).value().isEmpty()) {
                throw new CommandLine.ParameterException(line, "未知的地区口径“" + profile + "”");
            }
        }
        SynthesizeUnits.Synthesis written = new SynthesizeUnits()
                .run(new SynthesizeUnits.Request(
                        Objects.requireNonNull(out), units, seed, errorRate, profiles, departmentRate));
        line.getOut()
                .println("已生成 " + units + " 个合成数据集（其中 " + written.departments().size() + " 个为含所属单位的部门），其中 "
                        + written.injected().size() + " 个注入了错误（见 " + out.resolve(SynthesizeUnits.MANIFEST) + "）。");
        return Main.ExitCode.OK;
    }
}
