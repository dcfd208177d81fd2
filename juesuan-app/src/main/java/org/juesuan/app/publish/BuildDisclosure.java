package org.juesuan.app.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.Document;
import org.juesuan.core.document.DocumentBuilder;
import org.juesuan.core.internal.Escapes;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.narrative.NarrativeDefinition;
import org.juesuan.core.narrative.NarrativeLoader;
import org.juesuan.core.narrative.NarrativeWriter;
import org.juesuan.core.performance.ScoringRules;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.render.docx.DocxProof;
import org.juesuan.render.docx.DocxRenderer;
import org.juesuan.render.html.HtmlDocumentRenderer;
import org.juesuan.render.html.HtmlProof;
import org.juesuan.render.pdf.PdfProof;
import org.juesuan.render.pdf.PdfRenderer;
import org.juesuan.render.pdf.RenderedPdf;
import org.juesuan.render.proof.Mismatch;
import org.juesuan.render.xlsx.WorkbookContent;
import org.juesuan.render.xlsx.XlsxProof;
import org.juesuan.render.xlsx.XlsxTablesRenderer;

/**
 * Builds the complete disclosure of one dataset (生成部门决算公开文件): load, validate, derive under the profile,
 * write the narrative and assemble the document, render each requested format, proof every rendered file against
 * the derived figures, and write everything at once with a manifest of SHA-256 digests.
 *
 * <p>Thread-safe: the use case holds the shared definitions and, per profile, the phrasing and the document layout
 * once loaded, so one instance serves a whole batch.
 */
public final class BuildDisclosure {

    /** The name of the manifest written beside the outputs. */
    public static final String MANIFEST = "manifest.json";

    private final Definitions definitions;
    private final Executor renderer;
    private final boolean sideBySide;
    private final ConcurrentMap<String, Composition> compositions = new ConcurrentHashMap<>();

    /** Creates the use case over the given definitions, rendering the formats one after another. */
    public BuildDisclosure(Definitions definitions) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.renderer = Runnable::run;
        this.sideBySide = false;
    }

    /**
     * Creates the use case over the given definitions, rendering the formats of one document side by side.
     *
     * <p>For one document on a machine with several cores (the command line) pass a small pool: the document is then
     * also rendered while the dataset is validated, and the files are kept only if validation lets them be. For many
     * documents at once, where documents already run side by side, keep the default.
     *
     * @param definitions the catalogs, profiles and rules
     * @param renderer where each format is rendered and proofed
     */
    public BuildDisclosure(Definitions definitions, Executor renderer) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.sideBySide = true;
    }

    /**
     * What to build.
     *
     * @param input the dataset file, workbook or directory
     * @param outputDirectory where the files go
     * @param profileId the profile to use instead of the dataset's, or empty
     * @param formats the formats to write; empty means all
     * @param rounding how 元 figures are rounded for display
     * @param draft whether to build even when validation finds errors, marking every page 草稿
     * @param proof whether to read every rendered file back and compare its figures with the derived ones
     */
    public record Request(
            Path input,
            Path outputDirectory,
            Optional<String> profileId,
            Set<OutputFormat> formats,
            DisplayRoundingPolicy rounding,
            boolean draft,
            boolean proof) {
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
     * @param document the document as rendered
     * @param tables the derived tables
     * @param findings what validation found (no error, unless the build is a draft)
     * @param warnings problems of reading and remarks of assembly that did not stop the build
     */
    public record Outcome(List<Path> files, Document document, TableSet tables, Findings findings, Issues warnings) {}

    /**
     * The rendered files of one document, not yet written.
     *
     * @param document the document
     * @param files the file contents by name, the manifest last
     * @param remarks what assembling the document noticed (e.g. a function code without a description)
     */
    public record Rendered(Document document, OutputFiles files, Issues remarks) {}

    /**
     * Receives how long each step of rendering took (各环节耗时): {@code compose} (narrative and document), then each
     * format by its key (rendering and proofing), in nanoseconds. Called from the rendering threads.
     */
    @FunctionalInterface
    public interface StageTimer {
        /** A timer that records nothing. */
        StageTimer NONE = (stage, nanos) -> {};

        /** Records that {@code stage} took {@code nanos}. */
        void record(String stage, long nanos);
    }

    /**
     * Builds the disclosure.
     *
     * @throws UnableToReadInputException if the dataset or its profile cannot be used; nothing is written
     * @throws ValidationFailedException if validation finds errors and the build is not a draft; nothing is written
     * @throws ProofFailedException if a rendered file does not show the derived figures; nothing is written
     */
    public Outcome run(Request request) {
        Result<Dataset> loaded = new DatasetLoader(definitions).load(request.input());
        Dataset dataset = loaded.orElseThrow(issues -> new UnableToReadInputException("无法读取数据集", issues));
        Issues issues = Issues.create().addAll(loaded.issues());
        ValidateDataset validation = new ValidateDataset(definitions);
        Profile profile = validation.profile(dataset, request.profileId(), issues);
        TableSet tables = Deriver.derive(profile, dataset, request.rounding());
        // with a pool, the document is rendered while this thread validates; the files are kept only if it passes
        CompletableFuture<Rendered> rendering = sideBySide
                ? renderAsync(tables, request.formats(), request.rounding(), request.draft(), request.proof())
                : null;
        Findings findings = validation.validate(dataset, profile, issues);
        if (findings.hasErrors() && !request.draft()) {
            if (rendering != null) {
                rendering.cancel(false);
            }
            throw new ValidationFailedException("校验发现错误，未生成公开文件（如需草稿请加 --draft）", findings);
        }
        Rendered rendered = join(
                rendering != null
                        ? rendering
                        : renderAsync(tables, request.formats(), request.rounding(), request.draft(), request.proof()));
        issues.addAll(rendered.remarks());
        List<Path> written = rendered.files().writeTo(request.outputDirectory());
        return new Outcome(written, rendered.document(), tables, findings, issues);
    }

    /**
     * Renders the disclosure of tables already derived, without writing anything.
     *
     * @param display the tables as printed: {@code Deriver.derive(profile, dataset, rounding)}
     * @param formats the formats to render
     * @param rounding the policy {@code display} was derived with (recorded in the manifest)
     * @param draft whether every page is marked 草稿
     * @param proof whether to read every rendered file back and compare its figures
     * @throws ProofFailedException if proofing finds a figure shown otherwise than derived
     */
    public Rendered render(
            TableSet display, Set<OutputFormat> formats, DisplayRoundingPolicy rounding, boolean draft, boolean proof) {
        return render(display, formats, rounding, draft, proof, StageTimer.NONE, new OutputFiles());
    }

    /**
     * Renders the disclosure of tables already derived, without writing anything, timing each step, with files that
     * go with it (a department's working report) listed in its manifest beside the rendered ones.
     *
     * @param timer receives the time of composing and of each format
     * @param accompanying files kept among the outputs and listed in the manifest, in order after the formats
     * @throws ProofFailedException if proofing finds a figure shown otherwise than derived
     * @see #render(TableSet, Set, DisplayRoundingPolicy, boolean, boolean)
     */
    public Rendered render(
            TableSet display,
            Set<OutputFormat> formats,
            DisplayRoundingPolicy rounding,
            boolean draft,
            boolean proof,
            StageTimer timer,
            OutputFiles accompanying) {
        return join(renderAsync(display, formats, rounding, draft, proof, timer, accompanying));
    }

    /** Composes the document, then renders and proofs each format on the renderer, without blocking a thread. */
    private CompletableFuture<Rendered> renderAsync(
            TableSet display, Set<OutputFormat> formats, DisplayRoundingPolicy rounding, boolean draft, boolean proof) {
        return renderAsync(display, formats, rounding, draft, proof, StageTimer.NONE, new OutputFiles());
    }

    private CompletableFuture<Rendered> renderAsync(
            TableSet display,
            Set<OutputFormat> formats,
            DisplayRoundingPolicy rounding,
            boolean draft,
            boolean proof,
            StageTimer timer,
            OutputFiles accompanying) {
        return CompletableFuture.supplyAsync(
                        () -> {
                            long start = System.nanoTime();
                            Result<Document> composed = compose(display, draft);
                            timer.record("compose", System.nanoTime() - start);
                            return composed;
                        },
                        renderer)
                .thenCompose(composed -> {
                    List<PrintedTable> printed =
                            WorkbookContent.of(composed.value().orElseThrow());
                    List<CompletableFuture<Output>> outputs = new ArrayList<>();
                    for (OutputFormat format : formats) {
                        outputs.add(CompletableFuture.supplyAsync(
                                () -> {
                                    long start = System.nanoTime();
                                    Output output =
                                            output(format, composed.value().orElseThrow(), printed, draft, proof);
                                    timer.record(format.key(), System.nanoTime() - start);
                                    return output;
                                },
                                renderer));
                    }
                    return CompletableFuture.allOf(outputs.toArray(CompletableFuture<?>[]::new))
                            .thenApply(
                                    done -> collect(composed, outputs, accompanying, display, rounding, draft, proof));
                });
    }

    /**
     * Composes the document of derived tables (组成公开文件): narrative, glossary, charts and forms, exactly as the
     * rendered files show it, without rendering any file.
     *
     * @param display the tables, derived with the rounding of the files
     * @param draft whether every page is marked 草稿
     * @throws UnableToReadInputException if the profile's document cannot be composed from them
     */
    public Document document(TableSet display, boolean draft) {
        return compose(display, draft).value().orElseThrow();
    }

    private Result<Document> compose(TableSet display, boolean draft) {
        Profile profile = display.profile();
        Composition composition = compositions.computeIfAbsent(
                profile.id(), id -> new Composition(profile, definitions.scoring(profile)));
        List<Block> narrative = NarrativeWriter.write(composition.narrative, display, composition.scoring);
        Result<Document> built = composition.builder.build(display, narrative, draft);
        if (built.value().isEmpty()) {
            throw new UnableToReadInputException("无法组成公开文件", built.issues());
        }
        return built;
    }

    private static Rendered collect(
            Result<Document> built,
            List<CompletableFuture<Output>> outputs,
            OutputFiles accompanying,
            TableSet display,
            DisplayRoundingPolicy rounding,
            boolean draft,
            boolean proof) {
        Document document = built.value().orElseThrow();
        OutputFiles files = new OutputFiles();
        List<Mismatch> mismatches = new ArrayList<>();
        for (CompletableFuture<Output> future : outputs) {
            Output output = future.join();
            files.add(output.format().fileName(), output.content());
            mismatches.addAll(output.mismatches());
        }
        if (!mismatches.isEmpty()) {
            throw new ProofFailedException(mismatches);
        }
        for (String name : accompanying.names()) {
            files.add(name, accompanying.content(name));
        }
        files.add(
                MANIFEST,
                manifest(document, display, files, rounding, draft, proof).getBytes(StandardCharsets.UTF_8));
        return new Rendered(document, files, built.issues());
    }

    /** One rendered file and what proofing it found (一种格式的输出). */
    private record Output(OutputFormat format, byte[] content, List<Mismatch> mismatches) {}

    private static Output output(
            OutputFormat format, Document document, List<PrintedTable> printed, boolean draft, boolean proof) {
        switch (format) {
            case PDF:
                RenderedPdf pdf = PdfRenderer.render(document);
                byte[] bytes = pdf.bytes();
                return new Output(format, bytes, proof ? PdfProof.check(document, bytes, pdf.layout()) : List.of());
            case DOCX:
                byte[] docx = DocxRenderer.render(document);
                return new Output(format, docx, proof ? DocxProof.check(docx, document) : List.of());
            case XLSX:
                ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                XlsxTablesRenderer.render(printed, draft, xlsx);
                byte[] workbook = xlsx.toByteArray();
                return new Output(
                        format,
                        workbook,
                        proof ? XlsxProof.check(format.fileName(), workbook, printed, draft) : List.of());
            case HTML:
                String page = HtmlDocumentRenderer.render(document);
                return new Output(
                        format,
                        page.getBytes(StandardCharsets.UTF_8),
                        proof ? HtmlProof.check(page, document) : List.of());
            default:
                throw new AssertionError(format);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failure.getCause() instanceof Error error) {
                throw error;
            }
            throw failure;
        }
    }

    /** The phrasing, the document layout and the scoring rules of one profile, loaded once (一个地区口径的措辞与文件结构). */
    private static final class Composition {
        final NarrativeDefinition narrative;
        final ScoringRules scoring;
        final DocumentBuilder builder;

        Composition(Profile profile, ScoringRules scoring) {
            this.scoring = scoring;
            this.narrative = NarrativeLoader.load(profile)
                    .orElseThrow(issues -> new DefinitionException("地区口径“" + profile.id() + "”的情况说明措辞文件有误", issues));
            this.builder = DocumentBuilder.of(profile, scoring);
        }
    }

    private static String manifest(
            Document document,
            TableSet tables,
            OutputFiles files,
            DisplayRoundingPolicy rounding,
            boolean draft,
            boolean proof) {
        Dataset dataset = tables.dataset();
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"title\": ")
                .append(Escapes.jsonString(document.info().title()))
                .append(",\n");
        json.append("  \"unit\": ")
                .append(Escapes.jsonString(dataset.unit().name()))
                .append(",\n");
        json.append("  \"fiscalYear\": ").append(dataset.fiscalYear()).append(",\n");
        json.append("  \"profile\": ")
                .append(Escapes.jsonString(tables.profile().id()))
                .append(",\n");
        json.append("  \"rounding\": ")
                .append(Escapes.jsonString(rounding.key()))
                .append(",\n");
        json.append("  \"draft\": ").append(draft).append(",\n");
        json.append("  \"proofed\": ").append(proof).append(",\n");
        json.append("  \"source\": ")
                .append(Escapes.jsonString(
                        dataset.source() instanceof SourceRef.None
                                ? ""
                                : Path.of(dataset.source().file()).getFileName().toString()))
                .append(",\n");
        json.append("  \"files\": [");
        List<String> names = files.names();
        for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"name\": ")
                    .append(Escapes.jsonString(names.get(i)))
                    .append(", \"sha256\": ")
                    .append(Escapes.jsonString(files.sha256(names.get(i))))
                    .append(", \"bytes\": ")
                    .append(files.content(names.get(i)).length)
                    .append('}');
        }
        json.append("\n  ]\n}\n");
        return json.toString();
    }
}
