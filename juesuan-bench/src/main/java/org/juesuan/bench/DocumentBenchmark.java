package org.juesuan.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.BuildDisclosure;
import org.juesuan.app.publish.OutputFormat;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The complete disclosure of the example (完整公开文件), warm, one thread: derive, write the narrative, assemble the
 * document, render it in one format or all four, with or without reading every file back (proof).
 *
 * <p>Run from the repository root: {@code java -jar juesuan-bench/target/benchmarks.jar DocumentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class DocumentBenchmark {

    /** Which formats to render: one of them, or {@code all}. */
    @Param({"all", "pdf", "docx", "xlsx", "html"})
    public String format;

    /** Whether rendered files are read back and their figures compared (on by default in {@code build}). */
    @Param({"true", "false"})
    public boolean proof;

    private Profile profile;
    private Dataset input;
    private BuildDisclosure build;
    private Set<OutputFormat> formats;

    /** Loads the definitions and the example once. */
    @Setup
    public void setUp() {
        Definitions definitions = Definitions.bundled();
        profile = definitions.profile("hubei-2024").value().orElseThrow();
        input = new DatasetLoader(definitions)
                .load(Path.of("examples/qingshan-guozi-2024"))
                .value()
                .orElseThrow();
        build = new BuildDisclosure(definitions);
        formats = format.equals("all")
                ? EnumSet.allOf(OutputFormat.class)
                : EnumSet.of(OutputFormat.ofKey(format).orElseThrow());
    }

    /** Derives the tables and renders the whole document in the chosen formats, in memory. */
    @Benchmark
    public BuildDisclosure.Rendered deriveAndRender() {
        TableSet display = Deriver.derive(profile, input, DisplayRoundingPolicy.LARGEST_REMAINDER);
        return build.render(display, formats, DisplayRoundingPolicy.LARGEST_REMAINDER, false, proof);
    }
}
