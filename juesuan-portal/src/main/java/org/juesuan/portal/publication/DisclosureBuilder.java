package org.juesuan.portal.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.BuildDisclosure;
import org.juesuan.app.publish.OutputFormat;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.document.Document;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.rule.FindingsFormatter;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.store.FileFormat;
import org.juesuan.portal.store.ValidationSummary;
import org.springframework.stereotype.Component;

/**
 * Builds a version from a dataset (生成版本文件) exactly as {@code ./juesuan build} does: load, validate, derive,
 * render PDF/A, DOCX, XLSX and HTML, and read each file back to compare its figures. A dataset with validation
 * errors is built as the command line's {@code --draft} builds it, every page marked 草稿, and its findings are kept
 * with the version. The dataset itself is added as JSON.
 *
 * <p>Thread-safe.
 */
@Component
public final class DisclosureBuilder {

    /** The rounding every version's files are built with. */
    static final DisplayRoundingPolicy ROUNDING = DisplayRoundingPolicy.LARGEST_REMAINDER;

    private final Definitions definitions;
    private final BuildDisclosure build;

    /** Creates the builder over the definitions (catalogs, profiles, rules). */
    public DisclosureBuilder(Definitions definitions) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.build = new BuildDisclosure(definitions);
    }

    /**
     * Builds the version of a dataset file, workbook or directory holding one.
     *
     * @throws UnableToReadInputException if the dataset or its profile cannot be used
     * @throws org.juesuan.app.publish.ProofFailedException if a rendered file does not show the derived figures
     */
    public PreparedVersion build(Path input) {
        Result<Dataset> loaded = new DatasetLoader(definitions).load(input);
        Dataset dataset = loaded.orElseThrow(issues -> new UnableToReadInputException("无法读取数据集", issues));
        Issues issues = Issues.create().addAll(loaded.issues());
        ValidateDataset validation = new ValidateDataset(definitions);
        Profile profile = validation.profile(dataset, Optional.empty(), issues);
        Findings findings = validation.validate(dataset, profile, issues);
        boolean draft = findings.hasErrors();
        TableSet tables = Deriver.derive(profile, dataset, ROUNDING);
        BuildDisclosure.Rendered rendered =
                build.render(tables, EnumSet.allOf(OutputFormat.class), ROUNDING, draft, true);
        Map<FileFormat, byte[]> files = new EnumMap<>(FileFormat.class);
        for (OutputFormat format : OutputFormat.values()) {
            files.put(FileFormat.valueOf(format.name()), rendered.files().content(format.fileName()));
        }
        files.put(
                FileFormat.JSON,
                DatasetWriter.write(dataset, TreeReader.Format.JSON).getBytes(StandardCharsets.UTF_8));
        Path source = Path.of(dataset.source().file());
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        String format;
        if (name.endsWith(".json")) {
            text = read(source);
            format = "json";
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            text = read(source);
            format = "yaml";
        } else {
            // a workbook: the dataset it amounts to
            text = DatasetWriter.write(dataset, TreeReader.Format.YAML);
            format = "yaml";
        }
        return new PreparedVersion(dataset, text, format, summary(findings), findings.list(), draft, files);
    }

    /**
     * Composes the document of a version's derived tables exactly as its files show it, without rendering them.
     *
     * @param tables the tables, derived with {@link VersionTables#ROUNDING}
     * @param draft whether the version's files carry 草稿 marks
     */
    public Document document(TableSet tables, boolean draft) {
        return build.document(tables, draft);
    }

    /** Returns what validation found, for storing: counts, the summary line and one line per finding. */
    static ValidationSummary summary(Findings findings) {
        StringBuilder report = new StringBuilder();
        for (Finding finding : findings.list()) {
            report.append('[')
                    .append(finding.severity().label())
                    .append("] ")
                    .append(finding.ruleId())
                    .append(' ')
                    .append(finding.place().isEmpty() ? "" : finding.place() + "：")
                    .append(finding.message())
                    .append('\n');
        }
        if (findings.cut() > 0) {
            report.append("另有 ").append(findings.cut()).append(" 项未列出\n");
        }
        return new ValidationSummary(
                findings.count(Severity.ERROR),
                findings.count(Severity.WARNING),
                findings.count(Severity.INFO),
                FindingsFormatter.summary(findings),
                report.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("while reading " + file, e);
        }
    }
}
