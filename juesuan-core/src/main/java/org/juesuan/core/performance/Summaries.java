package org.juesuan.core.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.performance.Scorecard.FormScore;
import org.juesuan.core.performance.Scorecard.Summary;

/**
 * Sums up the project forms (项目自评汇总): the average of their totals, weighted as the rules' aggregation says,
 * and the number of projects in each grade.
 *
 * <p>Stateless and thread-safe.
 */
final class Summaries {

    private Summaries() {}

    static Summary summary(ScoringRules rules, List<FormScore> projects) {
        int scored = 0;
        for (FormScore project : projects) {
            if (project.total() != null) {
                scored++;
            }
        }
        if (projects.isEmpty() || scored < projects.size()) {
            return new Summary(projects.size(), scored, null, Map.of());
        }
        Map<String, Integer> grades = new LinkedHashMap<>();
        rules.grades().forEach(grade -> grades.put(grade.name(), 0));
        for (FormScore project : projects) {
            project.gradeValue().ifPresent(grade -> grades.merge(grade.name(), 1, Integer::sum));
        }
        return new Summary(projects.size(), scored, average(rules, projects).orElse(null), grades);
    }

    /** Returns the average total; by funds only if every project states positive funds adding up above zero. */
    private static Optional<BigDecimal> average(ScoringRules rules, List<FormScore> projects) {
        ScoringRules.Aggregation aggregation = rules.aggregation();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (FormScore project : projects) {
            BigDecimal weight = BigDecimal.ONE;
            if (aggregation.average() == ScoringRules.Average.FUNDS) {
                Optional<Figure> funds = aggregation.funds(project.evaluation());
                if (funds.isEmpty() || funds.get().amount().signum() < 0) {
                    return Optional.empty();
                }
                weight = funds.get().amount().value();
            }
            sum = sum.add(project.total().multiply(weight));
            weights = weights.add(weight);
        }
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(sum.divide(weights, rules.decimals(), RoundingMode.HALF_UP));
    }
}
