package org.juesuan.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How a command reports what it found (报告选项): the format, where to write it and how many findings to list.
 * Shared by {@code validate} and {@code audit}.
 */
final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "输出格式：text（默认）、json 或 html")
    String format = "text";

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "把报告写入文件（默认输出到屏幕；审查多个文件时每个文件一份，文件名后加序号）")
    @Nullable
    Path out;

    @Option(
            names = "--max-findings",
            paramLabel = "N",
            defaultValue = "500",
            description = "每份报告最多列出的问题数（默认 500，先列严重的）；其余只计数")
    int maxFindings = 500;

    /**
     * Checks the options.
     *
     * @throws CommandLine.ParameterException if the format is unknown or the number of findings not positive
     */
    void check(CommandLine line) {
        if (!format.equals("text") && !format.equals("json") && !format.equals("html")) {
            throw new CommandLine.ParameterException(line, "--format 应为 text、json 或 html");
        }
        if (maxFindings < 1) {
            throw new CommandLine.ParameterException(line, "--max-findings 应为正整数");
        }
    }

    /** Returns the format: text, json or html. */
    String format() {
        return format;
    }

    /** Returns the file to write the report to, or empty for the screen. */
    Optional<Path> out() {
        return Optional.ofNullable(out);
    }

    /** Returns the directory the report is written to: the one of {@code --out}, or the working directory. */
    Path directory() {
        return out().map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of("."));
    }

    /** Returns how many findings a report lists at most. */
    int maxFindings() {
        return maxFindings;
    }
}
