package org.juesuan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.SyntheticDatasets;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.rule.RuleEngine;
import org.juesuan.core.rule.RuleSet;
import org.juesuan.core.rule.UnitView;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.PublishedCells;
import org.juesuan.core.table.TableSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation (校验) speed: every rule of the profile on the example, and 10,000 synthetic units on two threads.
 *
 * <p>Run from the repository root: {@code java -jar juesuan-bench/target/benchmarks.jar RuleBenchmark}. The number
 * of rule evaluations per check is printed once at setup, so evaluations per second = checks per second × that.
 */
@State(Scope.Benchmark)
@Fork(1)
public class RuleBenchmark {

    /** How many synthetic units the batch benchmark validates. */
    public static final int UNITS = 10_000;

    private RuleSet rules;
    private UnitView example;
    private Profile profile;

    /** The 10,000 synthetic units, built only for the batch benchmark. */
    @State(Scope.Benchmark)
    public static class Units {
        List<Dataset> datasets;

        /** Builds the synthetic units once per trial. */
        @Setup(Level.Trial)
        public void setUp() {
            datasets = new ArrayList<>(UNITS);
            for (int i = 0; i < UNITS; i++) {
                datasets.add(SyntheticDatasets.of(i));
            }
        }
    }

    /** Loads the definitions and the example's view once. */
    @Setup(Level.Trial)
    public void setUp() {
        Definitions definitions = Definitions.bundled();
        profile = definitions.profile("hubei-2024").value().orElseThrow();
        rules = definitions.rules(profile);
        Dataset dataset = new DatasetLoader(definitions)
                .load(Path.of("examples/qingshan-guozi-2024"))
                .value()
                .orElseThrow();
        example = view(dataset);
        Findings findings = RuleEngine.check(rules, example);
        System.out.println(
                "rules: " + rules.rules().size() + ", evaluations per check of the example: " + findings.evaluations());
    }

    private UnitView view(Dataset dataset) {
        TableSet derived = Deriver.derive(profile, dataset);
        List<PublishedCells.Match> matches = PublishedCells.resolve(derived, dataset.published(), Issues.create());
        return UnitView.of(derived, matches);
    }

    /** Every rule once on the example's prepared view: the engine's own speed, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 8, time = 2)
    @Measurement(iterations = 8, time = 2)
    public Findings checkTheExample() {
        return RuleEngine.check(rules, example);
    }

    /** Derive, prepare and check 10,000 synthetic units on two threads (the whole validation of each unit). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long validateTenThousandUnitsOnTwoThreads(Units units) throws InterruptedException, ExecutionException {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            return pool.submit(() -> units.datasets.parallelStream()
                            .mapToLong(
                                    unit -> RuleEngine.check(rules, view(unit)).evaluations())
                            .sum())
                    .get();
        } finally {
            pool.shutdown();
        }
    }
}
