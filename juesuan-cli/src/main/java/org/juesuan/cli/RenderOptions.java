package org.juesuan.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.juesuan.app.publish.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How a command renders disclosures (生成选项): the formats, drafts and the proof. Shared by {@code build} and
 * {@code batch}.
 */
final class RenderOptions {

    @Option(
            names = "--format",
            split = ",",
            paramLabel = "FORMAT",
            defaultValue = "pdf,docx,xlsx,html",
            description = "输出格式，逗号分隔：pdf、docx、xlsx、html（默认全部）")
    List<String> formats = new ArrayList<>();

    @Option(names = "--draft", description = "校验有错误时仍然生成，每页标注“草稿”（不得公开；批量生成时仍计为校验有错误）")
    boolean draft;

    @Option(names = "--no-proof", description = "不回读校对输出文件（默认回读 PDF、DOCX、XLSX、HTML 并核对每个数字）")
    boolean noProof;

    /**
     * Returns the formats asked for.
     *
     * @throws CommandLine.ParameterException if one is unknown
     */
    Set<OutputFormat> formats(CommandLine line) {
        Set<OutputFormat> selected = EnumSet.noneOf(OutputFormat.class);
        for (String key : formats) {
            selected.add(OutputFormat.ofKey(key)
                    .orElseThrow(() ->
                            new CommandLine.ParameterException(line, "不支持的输出格式“" + key + "”，可选：pdf、docx、xlsx、html")));
        }
        return selected;
    }

    /** Returns whether files are rendered although validation found errors, marked 草稿. */
    boolean draft() {
        return draft;
    }

    /** Returns whether the files are read back and every figure compared. */
    boolean proof() {
        return !noProof;
    }
}
