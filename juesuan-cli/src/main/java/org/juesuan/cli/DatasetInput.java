package org.juesuan.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The dataset a command reads (数据集) and the profile to read it under: shared by {@code build} and {@code validate}. */
final class DatasetInput {

    @Parameters(
            index = "0",
            paramLabel = "DATASET",
            description = "数据集文件（.yaml、.yml、.json）、填报工作簿（.xlsx），或含 dataset.yaml 的目录")
    @Nullable
    Path input;

    @Option(names = "--profile", paramLabel = "ID", description = "地区口径（默认用数据集中指定的口径）")
    @Nullable
    String profile;

    /** Returns the dataset's path. */
    Path path() {
        return Objects.requireNonNull(input);
    }

    /**
     * Returns the profile asked for, after checking it exists, or empty to use the dataset's own.
     *
     * @throws CommandLine.ParameterException if no such profile is known
     */
    Optional<String> profile(JuesuanCommand root, CommandLine line) {
        if (profile != null) {
            root.requireProfile(line, profile);
        }
        return Optional.ofNullable(profile);
    }
}
