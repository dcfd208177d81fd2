package org.juesuan.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.juesuan.audit.check.CompletenessChecks;
import org.juesuan.audit.check.GlossaryChecks;
import org.juesuan.audit.check.NarrativeTableChecks;
import org.juesuan.audit.check.Requirements;
import org.juesuan.audit.claims.ClaimExtractor;
import org.juesuan.audit.claims.NarrativeChecks;
import org.juesuan.audit.claims.NarrativeClaims;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.recognize.DocumentRecognizer;
import org.juesuan.audit.recognize.DocumentRecognizer.Recognition;
import org.juesuan.audit.recognize.NarrativeFacts;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.narrative.NarrativeDefinition;
import org.juesuan.core.performance.Scorer;
import org.juesuan.core.performance.ScoringRules;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.rule.Finding;
import org.juesuan.core.rule.Findings;
import org.juesuan.core.rule.RuleEngine;
import org.juesuan.core.rule.RuleSet;
import org.juesuan.core.rule.UnitView;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.PublishedCells;
import org.juesuan.core.table.TableSet;

/**
 * Audits a published disclosure (公开文件审查): recognises it, then checks it with the same rules as a dataset — on
 * the tables as the document printed them, compared with the 万元 tolerance so that rounding is only a remark — and
 * with the checks only a published document needs: completeness, the glossary, what recognition could not read.
 *
 * <p>Thread-safe: it holds only shared, immutable definitions.
 */
public final class Auditor {

    /**
     * The definitions an audit uses, loaded once per profile by the caller (外部定义).
     *
     * <p>Implementations must be thread-safe.
     */
    public interface Definitions {
        /** Returns the profile's rule set. */
        RuleSet rules(Profile profile);

        /** Returns the profile's scoring rules. */
        ScoringRules scoring(Profile profile);

        /** Returns the profile's narrative phrasing. */
        NarrativeDefinition narrative(Profile profile);

        /** Returns the profile's audit requirements. */
        Requirements requirements(Profile profile);

        /** Returns the reader of the profile's narrative claims ({@code claims.yaml}). */
        ClaimExtractor claims(Profile profile);
    }

    private final List<Profile> profiles;
    private final Definitions definitions;

    /**
     * Creates an auditor.
     *
     * @param profiles the profiles a document may follow; the first wins a tie
     * @param definitions the profiles' definitions
     */
    public Auditor(List<Profile> profiles, Definitions definitions) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("no profile");
        }
        this.profiles = List.copyOf(profiles);
        this.definitions = Objects.requireNonNull(definitions, "definitions");
    }

    /**
     * What an audit found (审查结果).
     *
     * @param document the document as read
     * @param recognition what it was recognised as
     * @param findings every finding, the most serious first
     * @param readiness the summary score of readiness for inspection
     */
    public record Audit(PublishedDocument document, Recognition recognition, Findings findings, Readiness readiness) {}

    /** Audits a document; at most {@code cap} findings are listed (the counts include the rest). */
    public Audit audit(PublishedDocument document, int cap) {
        Profile guess = DocumentRecognizer.profile(document, profiles);
        NarrativeClaims narrative = definitions.claims(guess).extract(document.blocks());
        Recognition recognition = DocumentRecognizer.recognize(document, guess, narrative.claims());
        Profile profile = recognition.profile();
        Dataset dataset = NarrativeFacts.apply(recognition.dataset(), narrative, profile);
        TableSet derived = Deriver.derive(profile, dataset);
        List<Finding> more = new ArrayList<>();
        Issues unplaced = Issues.create();
        List<PublishedCells.Match> matches = PublishedCells.resolve(derived, dataset.published(), unplaced);
        findings(unplaced, "表格识别", more);
        findings(recognition.issues(), "表格识别", more);
        findings(narrative.issues(), "情况说明", more);
        findings(NarrativeChecks.check(narrative, profile.tolerance()), "情况说明", more);
        more.addAll(CompletenessChecks.check(
                recognition, derived, document, definitions.narrative(profile), definitions.requirements(profile)));
        more.addAll(GlossaryChecks.check(document, profile, dataset, definitions.requirements(profile)));
        more.addAll(NarrativeTableChecks.check(recognition, narrative));
        if (dataset.overall().isPresent() || !dataset.projectEvaluations().isEmpty()) {
            findings(Scorer.score(definitions.scoring(profile), dataset).issues(), "绩效自评表", more);
        }
        Findings findings = RuleEngine.check(definitions.rules(profile), UnitView.of(derived, matches), cap, more);
        return new Audit(document, recognition, findings, Readiness.of(findings));
    }

    /** Adds issues as findings of the given place. */
    private static void findings(Issues issues, String place, List<Finding> into) {
        findings(issues.sorted(), place, into);
    }

    /** Adds issues as findings of the given place. */
    private static void findings(List<Issue> issues, String place, List<Finding> into) {
        for (Issue issue : issues) {
            into.add(Finding.of(issue, place));
        }
    }
}
