package org.juesuan.app.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.app.prepare.DatasetLoader;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.performance.Scorer;
import org.juesuan.core.performance.ScoringRules;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.rule.RuleEngine;
import org.juesuan.core.rule.UnitView;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.PublishedCells;
import org.juesuan.core.table.TableSet;

/**
 * Validates a dataset against its profile's rules (校验数据集): the exact tables derived from the facts, with any
 * figures a published document printed in their place, checked by every rule.
 *
 * <p>Thread-safe: a use case holds only the shared definitions.
 */
public final class ValidateDataset {

    private final Definitions definitions;

    /** Creates the use case over the given definitions. */
    public ValidateDataset(Definitions definitions) {
        this.definitions = definitions;
    }

    /**
     * What was found.
     *
     * @param dataset the dataset
     * @param profile the profile used
     * @param findings the findings
     * @param warnings problems of reading that did not stop it
     */
    public record Outcome(Dataset dataset, Profile profile, Findings findings, Issues warnings) {}

    /**
     * Loads and validates a dataset.
     *
     * @param input the dataset file, workbook or directory
     * @param profileId the profile to use instead of the dataset's, or empty
     * @throws UnableToReadInputException if the dataset or its profile cannot be used
     */
    public Outcome run(Path input, Optional<String> profileId) {
        return run(input, profileId, Findings.DEFAULT_CAP);
    }

    /**
     * Loads and validates a dataset, listing at most {@code cap} findings (the most serious first).
     *
     * @param input the dataset file, workbook or directory
     * @param profileId the profile to use instead of the dataset's, or empty
     * @param cap how many findings to list at most; the counts still include the rest
     * @throws UnableToReadInputException if the dataset or its profile cannot be used
     */
    public Outcome run(Path input, Optional<String> profileId, int cap) {
        Result<Dataset> loaded = new DatasetLoader(definitions).load(input);
        Dataset dataset = loaded.orElseThrow(issues -> new UnableToReadInputException("无法读取数据集", issues));
        Issues issues = Issues.create().addAll(loaded.issues());
        Profile profile = profile(dataset, profileId, issues);
        return new Outcome(dataset, profile, validate(dataset, profile, issues, cap), issues);
    }

    /**
     * Validates a loaded dataset under a profile.
     *
     * @throws UnableToReadInputException if a printed figure the dataset lists names no cell of the tables
     */
    public Findings validate(Dataset dataset, Profile profile, Issues issues) {
        return validate(dataset, profile, issues, Findings.DEFAULT_CAP);
    }

    /**
     * Validates a loaded dataset under a profile, listing at most {@code cap} findings.
     *
     * @throws UnableToReadInputException if a printed figure the dataset lists names no cell of the tables
     */
    public Findings validate(Dataset dataset, Profile profile, Issues issues, int cap) {
        TableSet exact = Deriver.derive(profile, dataset);
        Issues published = Issues.create();
        List<PublishedCells.Match> matches = PublishedCells.resolve(exact, dataset.published(), published);
        issues.addAll(published);
        if (published.hasErrors()) {
            throw new UnableToReadInputException("数据集所列原文数无法对应到表格", issues);
        }
        return RuleEngine.check(
                definitions.rules(profile), UnitView.of(exact, matches), cap, scoring(dataset, profile));
    }

    /**
     * Scores the self-evaluation forms by the profile's rules and returns what scoring found, as findings listed
     * with the rules' (a unit mismatch, a missing actual value, a printed score the rules do not give…).
     */
    private List<Finding> scoring(Dataset dataset, Profile profile) {
        if (dataset.overall().isEmpty() && dataset.projectEvaluations().isEmpty()) {
            return List.of();
        }
        ScoringRules rules = definitions.scoring(profile);
        List<Finding> findings = new ArrayList<>();
        for (Issue issue : Scorer.score(rules, dataset).issues().sorted()) {
            findings.add(Finding.of(issue, "绩效自评表"));
        }
        return findings;
    }

    /**
     * Returns the profile for a dataset: the one asked for, else the dataset's own; checks the fiscal year.
     *
     * @throws UnableToReadInputException if the profile is unusable or for another year
     */
    public Profile profile(Dataset dataset, Optional<String> profileId, Issues issues) {
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
        return profile.value().get();
    }
}
