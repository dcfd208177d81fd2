package org.juesuan.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.source.SourceRef;

/**
 * The findings of a validation (校验结果), sorted by location and capped, with counts by severity that include
 * what was cut.
 *
 * <p>Immutable and thread-safe.
 */
public final class Findings {

    /** The default cap. */
    public static final int DEFAULT_CAP = 500;

    /** Table cells in table order, then stated figures in the order of their source, then by severity and rule. */
    private static final Comparator<Finding> ORDER = Comparator.comparingLong(Finding::order)
            .thenComparing(Finding::source, SourceRef.ORDER)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final List<Finding> kept;
    private final int cut;
    private final Map<Severity, Integer> counts;
    private final int evaluations;

    Findings(List<Finding> all, int cap, int evaluations) {
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        // keep the most serious first when cutting, then show them in location order
        List<Finding> bySeverity = new ArrayList<>(sorted);
        bySeverity.sort(Comparator.comparing(Finding::severity));
        List<Finding> chosen = new ArrayList<>(bySeverity.subList(0, Math.min(cap, bySeverity.size())));
        chosen.sort(ORDER);
        this.kept = Collections.unmodifiableList(chosen);
        this.cut = all.size() - chosen.size();
        Map<Severity, Integer> byCount = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            byCount.put(severity, 0);
        }
        for (Finding finding : all) {
            byCount.merge(finding.severity(), 1, Integer::sum);
        }
        this.counts = Collections.unmodifiableMap(byCount);
        this.evaluations = evaluations;
    }

    /** Returns the findings kept, in location order. */
    public List<Finding> list() {
        return kept;
    }

    /** Returns how many findings were cut by the cap. */
    public int cut() {
        return cut;
    }

    /** Returns how many findings of a severity there were, cut ones included. */
    public int count(Severity severity) {
        return counts.get(severity);
    }

    /** Returns whether any finding is an error. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Returns how many rule evaluations produced these findings. */
    public int evaluations() {
        return evaluations;
    }

    /** Returns whether there is no finding at all. */
    public boolean isEmpty() {
        return kept.isEmpty() && cut == 0;
    }
}
