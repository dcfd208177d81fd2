package org.juesuan.app.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.render.html.HtmlTablesRenderer;
import org.juesuan.render.xlsx.XlsxTablesRenderer;

/**
 * Builds the public tables of one dataset (生成公开表): load, derive under the profile, lay out, render each
 * requested format, and write everything at once with a manifest of SHA-256 digests.
 *
 * <p>Thread-safe: a use case holds only the shared definitions.
 */
public final class BuildTables {

    /** The name of the manifest written beside the outputs. */
    public static final String MANIFEST = "manifest.json";

    private final Definitions definitions;

    /** Creates the use case over the given definitions. */
    public BuildTables(Definitions definitions) {
        this.definitions = definitions;
    }

    /**
     * What to build.
     *
     * @param input the dataset file, workbook or directory
     * @param outputDirectory where the files go
     * @param profileId the profile to use instead of the dataset's, or empty
     * @param formats the formats to write
     * @param rounding how 元 figures are rounded for display
     * @param draft whether to build even when validation finds errors, marking every page 草稿
     */
    public record Request(
            Path input,
            Path outputDirectory,
            Optional<String> profileId,
            Set<OutputFormat> formats,
            DisplayRoundingPolicy rounding,
            boolean draft) {
        /** Creates a request. */
        public Request {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            Objects.requireNonNull(profileId, "profileId");
            formats = formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
            Objects.requireNonNull(rounding, "rounding");
        }
    }

    /**
     * What was built.
     *
     * @param files the paths written
     * @param tables the derived tables
     * @param findings what validation found (no error, unless the build is a draft)
     * @param warnings problems of reading that did not stop the build
     */
    public record Outcome(List<Path> files, TableSet tables, Findings findings, Issues warnings) {}

    /**
     * Builds the tables.
     *
     * @throws UnableToReadInputException if the dataset or its profile cannot be used; nothing is written
     */
    public Outcome run(Request request) {
        Result<Dataset> loaded = new DatasetLoader(definitions).load(request.input());
        Dataset dataset = loaded.orElseThrow(issues -> new UnableToReadInputException("无法读取数据集", issues));
        Issues issues = Issues.create().addAll(loaded.issues());
        ValidateDataset validation = new ValidateDataset(definitions);
        Profile profile = validation.profile(dataset, request.profileId(), issues);
        Findings findings = validation.validate(dataset, profile, issues);
        if (findings.hasErrors() && !request.draft()) {
            throw new ValidationFailedException("校验发现错误，未生成公开文件（如需草稿请加 --draft）", findings);
        }
        TableSet tables = Deriver.derive(profile, dataset, request.rounding());
        OutputFiles files = render(tables, request.formats(), request.rounding(), request.draft());
        List<Path> written = files.writeTo(request.outputDirectory());
        return new Outcome(written, tables, findings, issues);
    }

    private static OutputFiles render(
            TableSet tables, Set<OutputFormat> formats, DisplayRoundingPolicy rounding, boolean draft) {
        List<PrintedTable> printed = TableLayout.layout(tables);
        Dataset dataset = tables.dataset();
        String heading = dataset.unit().name() + dataset.fiscalYear() + "年度部门决算表";
        OutputFiles files = new OutputFiles();
        for (OutputFormat format : formats) {
            switch (format) {
                case XLSX:
                    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                    XlsxTablesRenderer.render(printed, draft, xlsx);
                    files.add(format.fileName(), xlsx.toByteArray());
                    break;
                case HTML:
                    files.add(
                            format.fileName(),
                            HtmlTablesRenderer.render(heading, printed, draft).getBytes(StandardCharsets.UTF_8));
                    break;
            }
        }
        files.add(MANIFEST, manifest(tables, files, rounding, draft).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String manifest(TableSet tables, OutputFiles files, DisplayRoundingPolicy rounding, boolean draft) {
        Dataset dataset = tables.dataset();
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"unit\": ").append(quote(dataset.unit().name())).append(",\n");
        json.append("  \"fiscalYear\": ").append(dataset.fiscalYear()).append(",\n");
        json.append("  \"profile\": ").append(quote(tables.profile().id())).append(",\n");
        json.append("  \"rounding\": ").append(quote(rounding.key())).append(",\n");
        json.append("  \"draft\": ").append(draft).append(",\n");
        json.append("  \"source\": ")
                .append(quote(
                        dataset.source() instanceof SourceRef.None
                                ? ""
                                : Path.of(dataset.source().file()).getFileName().toString()))
                .append(",\n");
        json.append("  \"files\": [");
        List<String> names = files.names();
        for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"name\": ")
                    .append(quote(names.get(i)))
                    .append(", \"sha256\": ")
                    .append(quote(files.sha256(names.get(i))))
                    .append(", \"bytes\": ")
                    .append(files.content(names.get(i)).length)
                    .append('}');
        }
        json.append("\n  ]\n}\n");
        return json.toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
