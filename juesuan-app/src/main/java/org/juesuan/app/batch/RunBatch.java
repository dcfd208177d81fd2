package org.juesuan.app.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.BuildDisclosure;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.app.publish.OutputFormat;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.internal.Escapes;
import org.juesuan.core.issue.DisclosureException;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;

/**
 * Validates and renders every dataset of a directory (批量生成): each entry (a dataset directory, or a dataset file
 * {@code .yaml}/{@code .yml}/{@code .xlsx}) is one unit, rendered into {@code OUT/<unit>/} unless validation finds an
 * error, on a fixed pool of threads. A directory holding {@code consolidation.yaml} is a department: its units are
 * consolidated, and the consolidated dataset is validated (offset checks included) and rendered as one unit, with
 * the working report (抵销工作底稿) among its outputs.
 *
 * <p>Streaming: the directory is listed lazily and at most twice as many units as threads are in flight; what is
 * kept of a unit after it is done is a few counters and, for the slowest ten, its name. Each unit's outcome is
 * appended to {@value #UNITS} as it finishes. A unit's failure (unreadable input, an exception) is recorded with its
 * message and the run goes on. A unit's outputs are written to a temporary directory and moved into place at once,
 * so {@code OUT/<unit>/} is complete or absent; with {@code resume}, units whose outputs are complete (every file
 * the manifest lists present with its size) are skipped, and temporary directories left by an interrupted run are
 * removed. Units with errors are not rendered (with {@code draft}, they are rendered with every page marked 草稿,
 * and still counted invalid).
 *
 * <p>Thread-safe: a use case holds only the shared definitions.
 */
public final class RunBatch {

    /** The summary (JSON). */
    public static final String SUMMARY_JSON = "summary.json";

    /** The summary (HTML). */
    public static final String SUMMARY_HTML = "summary.html";

    /** One JSON line per unit, in the order they finished. */
    public static final String UNITS = "units.jsonl";

    private static final String PARTIAL = ".partial-";
    private static final int SLOWEST = 10;
    private static final Pattern MANIFEST_FILE =
            Pattern.compile("\\{\"name\": \"([^\"]+)\", \"sha256\": \"[0-9a-f]+\", \"bytes\": (\\d+)\\}");

    private final Definitions definitions;

    /** Creates the use case over the given definitions. */
    public RunBatch(Definitions definitions) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
    }

    /** What became of a unit (单位处理结果). */
    public enum Outcome {
        /** Validated without error and rendered. */
        RENDERED("rendered", "已生成"),
        /** Validation found errors: not rendered (or rendered as a draft). */
        INVALID("invalid", "校验有错误"),
        /** Could not be read or processed. */
        FAILED("failed", "处理失败"),
        /** Its outputs were complete already (resume). */
        SKIPPED("skipped", "已完成，跳过");

        private final String key;
        private final String label;

        Outcome(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** Returns the key used in the reports. */
        public String key() {
            return key;
        }

        /** Returns the Chinese label. */
        public String label() {
            return label;
        }
    }

    /**
     * What to do.
     *
     * @param input the directory of datasets
     * @param out the output directory
     * @param threads how many units are processed at once
     * @param formats the formats to render; empty means all
     * @param resume whether to skip units whose outputs are complete
     * @param draft whether units with errors are rendered as drafts
     * @param proof whether every rendered file is read back and compared
     * @param rounding how figures are rounded for display
     */
    public record Request(
            Path input,
            Path out,
            int threads,
            Set<OutputFormat> formats,
            boolean resume,
            boolean draft,
            boolean proof,
            DisplayRoundingPolicy rounding) {
        /** Creates a request. */
        public Request {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(out, "out");
            if (threads < 1) {
                throw new IllegalArgumentException("threads < 1");
            }
            formats = formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
            Objects.requireNonNull(rounding, "rounding");
        }
    }

    /** Receives progress (进度), from any thread, after each unit. */
    @FunctionalInterface
    public interface Progress {
        /** Nothing reported. */
        Progress NONE = (done, total, elapsedNanos) -> {};

        /**
         * Called after each unit.
         *
         * @param done units finished (skipped included)
         * @param total units found
         * @param elapsedNanos time since the run started
         */
        void update(long done, long total, long elapsedNanos);
    }

    /**
     * One of the slowest units (耗时最长的单位).
     *
     * @param unit the unit
     * @param nanos how long it took
     */
    public record UnitTime(String unit, long nanos) {}

    /**
     * What the run did (批量处理汇总).
     *
     * @param total units found
     * @param counts units by outcome
     * @param findingsByRule findings by rule id (errors and warnings), over every validated unit
     * @param slowest the slowest units, slowest first
     * @param stageNanos time spent by stage over all units (load, validate, derive, compose, each format, write)
     * @param elapsedNanos wall time of the run
     * @param threads the threads used
     */
    public record Summary(
            long total,
            Map<Outcome, Long> counts,
            Map<String, Long> findingsByRule,
            List<UnitTime> slowest,
            Map<String, Long> stageNanos,
            long elapsedNanos,
            int threads) {

        /** Returns how many units had the outcome. */
        public long count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0L);
        }
    }

    /**
     * Runs the batch.
     *
     * @throws UncheckedIOException if the input cannot be listed or the output directory cannot be written
     */
    public Summary run(Request request, Progress progress) {
        long start = System.nanoTime();
        Path out = request.out();
        try {
            Files.createDirectories(out);
            removePartials(out);
        } catch (IOException e) {
            throw new UncheckedIOException("while preparing " + out, e);
        }
        long total = count(request.input());
        Run run = new Run(request, total, start, progress);
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "juesuan-batch-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), factory);
        Semaphore inFlight = new Semaphore(request.threads() * 2);
        Path unitsTmp = out.resolve("." + UNITS + ".tmp");
        try (BufferedWriter units = Files.newBufferedWriter(unitsTmp, StandardCharsets.UTF_8);
                DirectoryStream<Path> entries = Files.newDirectoryStream(request.input(), RunBatch::isUnit)) {
            run.units = units;
            for (Path entry : entries) {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        run.unit(entry);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waiting for the last units
            }
            units.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("while listing " + request.input(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        try {
            move(unitsTmp, out.resolve(UNITS));
        } catch (IOException e) {
            throw new UncheckedIOException("while writing " + UNITS, e);
        }
        Summary summary = run.summary(System.nanoTime() - start);
        new OutputFiles()
                .add(SUMMARY_JSON, BatchReports.json(summary).getBytes(StandardCharsets.UTF_8))
                .add(SUMMARY_HTML, BatchReports.html(summary).getBytes(StandardCharsets.UTF_8))
                .writeTo(out);
        return summary;
    }

    /** Returns how many units the directory holds, listing it lazily. */
    public static long count(Path input) {
        long count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(input, RunBatch::isUnit)) {
            for (Path ignored : entries) {
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("while listing " + input, e);
        }
        return count;
    }

    /** Returns the unit name of an entry: the directory name, or the file name without its extension. */
    public static String unitName(Path entry) {
        String name = entry.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Files.isDirectory(entry) || dot <= 0 ? name : name.substring(0, dot);
    }

    /** Returns whether the output directory of a unit is complete: every file its manifest lists, at its size. */
    public static boolean complete(Path unitOutput) {
        Path manifest = unitOutput.resolve(BuildDisclosure.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            Matcher files = MANIFEST_FILE.matcher(Files.readString(manifest, StandardCharsets.UTF_8));
            boolean any = false;
            while (files.find()) {
                Path file = unitOutput.resolve(files.group(1));
                if (!Files.isRegularFile(file) || Files.size(file) != Long.parseLong(files.group(2))) {
                    return false;
                }
                any = true;
            }
            return any;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isUnit(Path entry) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        if (Files.isDirectory(entry)) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".xlsx");
    }

    private static void removePartials(Path out) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(
                out, entry -> entry.getFileName().toString().startsWith(PARTIAL))) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A unit read and validated (已校验的单位): a dataset's, or a department's consolidated, with the files it adds to
     * the rendered ones.
     */
    record Checked(Dataset dataset, Profile profile, Findings findings, OutputFiles extra) {}

    /** The state of one run: counters only, updated without a shared lock except for the short per-unit records. */
    private final class Run {
        final Request request;
        final long total;
        final long start;
        final Progress progress;
        final BuildDisclosure build;
        final DatasetLoader loader;
        final ValidateDataset validation;
        final DepartmentEntry department;
        final Map<Outcome, LongAdder> counts = new EnumMap<>(Outcome.class);
        final ConcurrentHashMap<String, LongAdder> rules = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, LongAdder> stages = new ConcurrentHashMap<>();
        final PriorityQueue<UnitTime> slowest = new PriorityQueue<>(Comparator.comparingLong(UnitTime::nanos));
        final AtomicLong done = new AtomicLong();
        BufferedWriter units;

        Run(Request request, long total, long start, Progress progress) {
            this.request = request;
            this.total = total;
            this.start = start;
            this.progress = progress;
            this.build = new BuildDisclosure(definitions);
            this.loader = new DatasetLoader(definitions);
            this.validation = new ValidateDataset(definitions);
            this.department = new DepartmentEntry(definitions);
            for (Outcome outcome : Outcome.values()) {
                counts.put(outcome, new LongAdder());
            }
        }

        void unit(Path entry) {
            long begin = System.nanoTime();
            String unit = unitName(entry);
            Path target = request.out().resolve(unit);
            Path partial = request.out().resolve(PARTIAL + unit);
            Outcome outcome;
            String detail = "";
            Set<String> errorRules = new TreeSet<>();
            try {
                if (request.resume() && complete(target)) {
                    outcome = Outcome.SKIPPED;
                } else {
                    long t = System.nanoTime();
                    Checked checked;
                    if (DepartmentEntry.is(entry)) {
                        checked = department.check(entry);
                        t = stage("consolidate", t);
                    } else {
                        Result<Dataset> loaded = loader.load(entry);
                        t = stage("load", t);
                        Dataset dataset = loaded.orElseThrow(
                                issues -> new UnableToReadInputException("无法读取数据集", loaded.issues()));
                        Issues issues = Issues.create();
                        Profile profile = validation.profile(dataset, Optional.empty(), issues);
                        checked = new Checked(
                                dataset, profile, validation.validate(dataset, profile, issues), new OutputFiles());
                        t = stage("validate", t);
                    }
                    Findings findings = checked.findings();
                    for (Finding finding : findings.list()) {
                        rules.computeIfAbsent(finding.ruleId(), k -> new LongAdder())
                                .increment();
                        if (finding.severity() == Severity.ERROR) {
                            errorRules.add(finding.ruleId());
                        }
                    }
                    outcome = findings.hasErrors() ? Outcome.INVALID : Outcome.RENDERED;
                    if (outcome == Outcome.INVALID) {
                        detail = "校验发现 " + findings.count(Severity.ERROR) + " 个错误";
                    }
                    if (outcome == Outcome.RENDERED || request.draft()) {
                        TableSet tables = Deriver.derive(checked.profile(), checked.dataset(), request.rounding());
                        t = stage("derive", t);
                        BuildDisclosure.Rendered rendered = build.render(
                                tables,
                                request.formats(),
                                request.rounding(),
                                outcome == Outcome.INVALID,
                                request.proof(),
                                (stage, nanos) -> add(stage, nanos),
                                checked.extra());
                        t = System.nanoTime();
                        deleteTree(partial);
                        rendered.files().writeTo(partial);
                        deleteTree(target);
                        move(partial, target);
                        stage("write", t);
                    } else {
                        deleteTree(target);
                    }
                }
            } catch (DisclosureException e) {
                outcome = Outcome.FAILED;
                detail = firstError(e.issues(), e.getMessage());
            } catch (IOException | RuntimeException e) {
                outcome = Outcome.FAILED;
                detail = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (outcome == Outcome.FAILED) {
                try {
                    deleteTree(partial);
                } catch (IOException ignored) {
                    // left for the next run to remove
                }
            }
            long nanos = System.nanoTime() - begin;
            counts.get(outcome).increment();
            record(unit, outcome, nanos, detail, errorRules);
            progress.update(done.incrementAndGet(), total, System.nanoTime() - start);
        }

        private long stage(String name, long since) {
            long now = System.nanoTime();
            add(name, now - since);
            return now;
        }

        private void add(String stage, long nanos) {
            stages.computeIfAbsent(stage, k -> new LongAdder()).add(nanos);
        }

        private void record(String unit, Outcome outcome, long nanos, String detail, Set<String> errorRules) {
            StringBuilder line = new StringBuilder("{\"unit\": ")
                    .append(Escapes.jsonString(unit))
                    .append(", \"outcome\": ")
                    .append(Escapes.jsonString(outcome.key()))
                    .append(", \"millis\": ")
                    .append(nanos / 1_000_000);
            if (!errorRules.isEmpty()) {
                line.append(", \"errorRules\": [");
                int i = 0;
                for (String rule : errorRules) {
                    line.append(i++ == 0 ? "" : ", ").append(Escapes.jsonString(rule));
                }
                line.append(']');
            }
            if (!detail.isEmpty()) {
                line.append(", \"message\": ").append(Escapes.jsonString(detail));
            }
            line.append("}\n");
            synchronized (this) {
                if (outcome != Outcome.SKIPPED) {
                    slowest.add(new UnitTime(unit, nanos));
                    if (slowest.size() > SLOWEST) {
                        slowest.poll();
                    }
                }
                try {
                    units.write(line.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private static String firstError(Issues issues, String fallback) {
            for (Issue issue : issues.sorted()) {
                if (issue.severity() == Severity.ERROR) {
                    return fallback + "：" + issue.message() + "（" + issue.where() + "）";
                }
            }
            return fallback;
        }

        synchronized Summary summary(long elapsed) {
            Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
            counts.forEach((outcome, count) -> byOutcome.put(outcome, count.sum()));
            Map<String, Long> byRule = new TreeMap<>();
            rules.forEach((rule, count) -> byRule.put(rule, count.sum()));
            Map<String, Long> byStage = new TreeMap<>();
            stages.forEach((stage, nanos) -> byStage.put(stage, nanos.sum()));
            List<UnitTime> slow = new ArrayList<>(slowest);
            slow.sort(Comparator.comparingLong(UnitTime::nanos).reversed().thenComparing(UnitTime::unit));
            return new Summary(total, byOutcome, byRule, slow, byStage, elapsed, request.threads());
        }
    }
}
