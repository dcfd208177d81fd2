package org.juesuan.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.SyntheticDatasets;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
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
 * Dataset → nine tables (推导公开表), warm: the example as published (万元) and a large random unit in 元 (120 项 lines,
 * consistent balances and economic split) that needs largest-remainder rounding.
 *
 * <p>Run from the repository root: {@code java -jar juesuan-bench/target/benchmarks.jar DeriveBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeriveBenchmark {

    /** Which dataset to derive. */
    @Param({"example", "synthetic"})
    public String dataset;

    private Profile profile;
    private Dataset input;

    /** Loads the definitions and the dataset once. */
    @Setup
    public void setUp() {
        Definitions definitions = Definitions.bundled();
        profile = definitions.profile("hubei-2024").value().orElseThrow();
        input = dataset.equals("example")
                ? new DatasetLoader(definitions)
                        .load(Path.of("examples/qingshan-guozi-2024"))
                        .value()
                        .orElseThrow()
                : SyntheticDatasets.of(42, 120);
    }

    /** Derives the nine tables, rounding to 万元 by largest remainder. */
    @Benchmark
    public TableSet deriveNineTables() {
        return Deriver.derive(profile, input, DisplayRoundingPolicy.LARGEST_REMAINDER);
    }

    /** Derives and lays the nine tables out for print. */
    @Benchmark
    public List<PrintedTable> deriveAndLayOut() {
        return TableLayout.layout(Deriver.derive(profile, input, DisplayRoundingPolicy.LARGEST_REMAINDER));
    }
}
