package org.juesuan.app.consolidate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.app.publish.OutputFiles;
import org.juesuan.app.publish.ValidateDataset;
import org.juesuan.core.consolidation.Consolidation;
import org.juesuan.core.consolidation.Consolidator;
import org.juesuan.core.consolidation.Member;
import org.juesuan.core.consolidation.UnitTree;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetWriter;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.performance.Scorer;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.rule.RuleEngine;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.ReportTable;

/**
 * Consolidates a department (部门决算汇总): reads the units a directory's {@code consolidation.yaml} lists, consolidates
 * them with {@link Consolidator}, and validates the result with the profile's consolidation rules: the profile's own
 * on the public tables and the offset rules ({@code C-1}, {@code C-2}) on the working paper (抵销工作底稿).
 *
 * <p>Thread-safe: a use case holds only the shared definitions.
 */
public final class ConsolidateUnits {

    private final Definitions definitions;

    /** Creates the use case over the given definitions. */
    public ConsolidateUnits(Definitions definitions) {
        this.definitions = definitions;
    }

    /**
     * What consolidation gave.
     *
     * @param consolidation the consolidated dataset and its working report
     * @param profile the profile the dataset was validated under
     * @param findings the rules' findings on the consolidated dataset and its working paper (the offsets, {@code C-1}
     *     and {@code C-2}), with the scoring of the self-evaluation forms
     * @param warnings problems of reading that did not stop it
     */
    public record Outcome(Consolidation consolidation, Profile profile, Findings findings, Issues warnings) {
        /** Returns the consolidated dataset. */
        public Dataset dataset() {
            return consolidation.dataset();
        }

        /** Returns the working paper as the rules read it (抵销工作底稿, the profile's consolidation tables). */
        public List<ReportTable> paper() {
            return consolidation.tables(profile);
        }
    }

    /**
     * Reads, consolidates and validates the units of a directory.
     *
     * @param directory the directory holding {@code consolidation.yaml} and the units' datasets
     * @throws UnableToReadInputException if the tree file or a dataset cannot be read, or the units form no tree
     */
    public Outcome run(Path directory) {
        Path treeFile = directory.resolve(UnitTree.FILE_NAME);
        String treeName = treeFile.toString();
        Issues issues = Issues.create();
        if (!Files.isRegularFile(treeFile)) {
            issues.error(
                    SourceRef.file(directory.toString()),
                    "INPUT_NOT_FOUND",
                    "目录中没有单位构成文件 " + UnitTree.FILE_NAME + "（列出本级单位和所属单位的数据集及其上级单位）");
            throw new UnableToReadInputException("无法读取单位构成", issues);
        }
        Result<UnitTree> tree = UnitTree.read(treeFile, treeName);
        issues.addAll(tree.issues());
        UnitTree units = tree.orElseThrow(problems -> new UnableToReadInputException("无法读取单位构成", issues));
        DatasetLoader loader = new DatasetLoader(definitions);
        List<Member> members = new ArrayList<>();
        boolean unreadable = false;
        for (UnitTree.Entry entry : units.entries()) {
            Result<Dataset> loaded = loader.load(directory.resolve(entry.file()));
            issues.addAll(loaded.issues());
            if (loaded.value().isEmpty()) {
                issues.error(entry.where(), "CONSOLIDATION_UNIT_UNREADABLE", "单位“" + entry.file() + "”的数据集无法读取");
                unreadable = true;
            } else {
                members.add(new Member(entry.file(), loaded.value().get(), entry.parent(), entry.where()));
            }
        }
        if (unreadable) {
            throw new UnableToReadInputException("无法读取所属单位的数据集", issues);
        }
        Result<Consolidation> consolidated = Consolidator.consolidate(members, units.source());
        issues.addAll(consolidated.issues());
        Consolidation consolidation =
                consolidated.orElseThrow(problems -> new UnableToReadInputException("单位构成有误，无法汇总", issues));
        Dataset dataset = consolidation.dataset();
        Profile profile = new ValidateDataset(definitions).profile(dataset, Optional.empty(), issues);
        Findings findings = RuleEngine.check(
                definitions.consolidationRules(profile),
                consolidation.view(profile),
                Findings.DEFAULT_CAP,
                scoring(dataset, profile));
        return new Outcome(consolidation, profile, findings, issues);
    }

    /**
     * Writes the consolidated dataset and, if asked, the working report, atomically (each file complete or absent).
     *
     * @param outcome what {@link #run} gave
     * @param out the dataset file ({@code .yaml}, {@code .yml} or {@code .json})
     * @param report the working report ({@code .html}, {@code .json} or {@code .txt}), if any
     * @return the files written
     */
    public List<Path> write(Outcome outcome, Path out, Optional<Path> report) {
        Map<Path, OutputFiles> byDirectory = new LinkedHashMap<>();
        String dataset = DatasetWriter.write(
                outcome.dataset(),
                TreeReader.Format.ofFileName(out.getFileName().toString()));
        add(byDirectory, out, dataset);
        report.ifPresent(file -> add(byDirectory, file, report(outcome, file)));
        List<Path> written = new ArrayList<>();
        byDirectory.forEach((directory, files) -> written.addAll(files.writeTo(directory)));
        return written;
    }

    /** Returns the working report in the format its file name says: HTML, JSON or text. */
    public static String report(Outcome outcome, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ConsolidationReport report = new ConsolidationReport(outcome);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return report.html();
        }
        return name.endsWith(".json") ? report.json() : report.text();
    }

    private static void add(Map<Path, OutputFiles> byDirectory, Path file, String content) {
        Path directory = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
        byDirectory
                .computeIfAbsent(directory, d -> new OutputFiles())
                .add(file.getFileName().toString(), content.getBytes(StandardCharsets.UTF_8));
    }

    /** Scores the 本级's self-evaluation forms carried by the consolidated dataset, as with {@link ValidateDataset}. */
    private List<Finding> scoring(Dataset dataset, Profile profile) {
        if (dataset.overall().isEmpty() && dataset.projectEvaluations().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Issue issue :
                Scorer.score(definitions.scoring(profile), dataset).issues().sorted()) {
            findings.add(Finding.of(issue, "绩效自评表"));
        }
        return findings;
    }
}
