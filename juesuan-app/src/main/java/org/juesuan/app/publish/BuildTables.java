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
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.PublishedCells;
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
     */
    public record Request(
            Path input,
            Path outputDirectory,
            Optional<String> profileId,
            Set<OutputFormat> formats,
            DisplayRoundingPolicy rounding) {
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
     * @param warnings problems that did not stop the build
     */
    public record Outcome(List<Path> files, TableSet tables, Issues warnings) {}

    /**
     * Builds the tables.
     *
     * @throws UnableToReadInputException if the dataset or its profile cannot be used; nothing is written
     */
    public Outcome run(Request request) {
        Result<Dataset> loaded = new DatasetLoader(definitions).load(request.input());
        Dataset dataset = loaded.orElseThrow(issues -> new UnableToReadInputException("无法读取数据集", issues));
        Issues issues = Issues.create().addAll(loaded.issues());
        TableSet tables = derive(dataset, request.profileId(), request.rounding(), issues);
        OutputFiles files = render(tables, request.formats(), request.rounding());
        List<Path> written = files.writeTo(request.outputDirectory());
        return new Outcome(written, tables, issues);
    }

    /**
     * Derives the tables of a loaded dataset, checking the profile and the printed figures it carries.
     *
     * @throws UnableToReadInputException if the profile cannot be used with the dataset
     */
    public TableSet derive(Dataset dataset, Optional<String> profileId, DisplayRoundingPolicy rounding, Issues issues) {
        String id = profileId.orElse(dataset.profileId());
        Result<Profile> profile = definitions.profile(id);
        issues.addAll(profile.issues());
        if (profile.value().isEmpty() || profile.issues().hasErrors()) {
            throw new UnableToReadInputException("地区口径“" + id + "”无法使用", issues);
        }
        if (profile.value().get().fiscalYear() != dataset.fiscalYear()) {
            issues.error(
                    dataset.source(),
                    "PROFILE_YEAR",
                    "数据集为 " + dataset.fiscalYear() + " 年度，地区口径“" + id + "”适用于 "
                            + profile.value().get().fiscalYear() + " 年度");
            throw new UnableToReadInputException("地区口径与数据集年度不符", issues);
        }
        TableSet tables = Deriver.derive(profile.value().get(), dataset, rounding);
        Issues published = Issues.create();
        PublishedCells.resolve(tables, dataset.published(), published);
        issues.addAll(published);
        if (published.hasErrors()) {
            throw new UnableToReadInputException("数据集所列原文数无法对应到表格", issues);
        }
        return tables;
    }

    private static OutputFiles render(TableSet tables, Set<OutputFormat> formats, DisplayRoundingPolicy rounding) {
        List<PrintedTable> printed = TableLayout.layout(tables);
        Dataset dataset = tables.dataset();
        String heading = dataset.unit().name() + dataset.fiscalYear() + "年度部门决算表";
        OutputFiles files = new OutputFiles();
        for (OutputFormat format : formats) {
            switch (format) {
                case XLSX:
                    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                    XlsxTablesRenderer.render(printed, xlsx);
                    files.add(format.fileName(), xlsx.toByteArray());
                    break;
                case HTML:
                    files.add(
                            format.fileName(),
                            HtmlTablesRenderer.render(heading, printed).getBytes(StandardCharsets.UTF_8));
                    break;
            }
        }
        files.add(MANIFEST, manifest(tables, files, rounding).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String manifest(TableSet tables, OutputFiles files, DisplayRoundingPolicy rounding) {
        Dataset dataset = tables.dataset();
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"unit\": ").append(quote(dataset.unit().name())).append(",\n");
        json.append("  \"fiscalYear\": ").append(dataset.fiscalYear()).append(",\n");
        json.append("  \"profile\": ").append(quote(tables.profile().id())).append(",\n");
        json.append("  \"rounding\": ").append(quote(rounding.key())).append(",\n");
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
