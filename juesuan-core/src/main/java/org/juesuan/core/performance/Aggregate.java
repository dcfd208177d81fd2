package org.juesuan.core.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.performance.Scorecard.FormScore;
import org.juesuan.core.performance.Scorecard.GoalScore;
import org.juesuan.core.performance.Scorecard.IndicatorScore;
import org.juesuan.core.source.SourceRef;

/**
 * An indicator of the overall form aggregated over the project forms that share it (指标汇总), by the rules' notes:
 * absolute values added up, relative values averaged (by funds or simply), qualitative scores averaged as shares of
 * their weights.
 *
 * <p>Immutable.
 */
final class Aggregate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 10;

    /** One project's part: its name, its funds (万元, if known) and its value or share. */
    private record Part(String project, @Nullable BigDecimal funds, IndicatorScore score) {}

    private final ScoringRules.Aggregation rules;
    private final List<Part> parts;
    private final boolean relative;
    private final @Nullable IndicatorValue target;
    private final @Nullable IndicatorValue actual;
    private final @Nullable BigDecimal share;

    private Aggregate(
            ScoringRules.Aggregation rules,
            List<Part> parts,
            boolean relative,
            @Nullable IndicatorValue target,
            @Nullable IndicatorValue actual,
            @Nullable BigDecimal share) {
        this.rules = rules;
        this.parts = parts;
        this.relative = relative;
        this.target = target;
        this.actual = actual;
        this.share = share;
    }

    /**
     * Returns the aggregate of an overall form's indicator over the projects having an indicator of the same name,
     * or null when none has one or their values cannot be aggregated (values missing or not numbers, units or
     * directions that differ, a qualitative score not computed, funds unknown where they weigh): the project forms'
     * own findings say why, and the overall indicator is then scored on its own.
     */
    static @Nullable Aggregate of(
            ScoringRules scoring, Evaluation.Indicator indicator, IndicatorValue ownTarget, List<FormScore> projects) {
        ScoringRules.Aggregation rules = scoring.aggregation();
        String key = key(indicator.name());
        List<Part> parts = new ArrayList<>();
        for (FormScore project : projects) {
            BigDecimal funds = funds(rules, project.evaluation());
            for (GoalScore goal : project.goals()) {
                for (IndicatorScore score : goal.indicators()) {
                    if (key(score.indicator().name()).equals(key)) {
                        parts.add(new Part(project.evaluation().name(), funds, score));
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        boolean quantitative = parts.get(0).score().target().isQuantitative();
        for (Part part : parts) {
            if (part.score().target().isQuantitative() != quantitative) {
                return null;
            }
        }
        return quantitative ? quantitative(rules, parts) : qualitative(rules, parts);
    }

    private static @Nullable Aggregate quantitative(ScoringRules.Aggregation rules, List<Part> parts) {
        IndicatorValue first = parts.get(0).score().target();
        for (Part part : parts) {
            IndicatorValue t = part.score().target();
            IndicatorValue a = part.score().actual();
            if (!a.isQuantitative()
                    || !t.unit().equals(first.unit())
                    || !a.unit().equals(first.unit())
                    || t.comparison() != first.comparison()
                    || t.number().signum() < 0
                    || a.number().signum() < 0) {
                return null;
            }
        }
        boolean relative = rules.relativeUnits().contains(first.unit());
        if (relative && !weighable(rules.relative(), parts)) {
            return null;
        }
        BigDecimal target = combine(rules, parts, relative, true);
        BigDecimal actual = combine(rules, parts, relative, false);
        return new Aggregate(
                rules,
                parts,
                relative,
                value(target, first, relative, parts, true),
                value(actual, first, relative, parts, false),
                null);
    }

    private static @Nullable Aggregate qualitative(ScoringRules.Aggregation rules, List<Part> parts) {
        for (Part part : parts) {
            BigDecimal weight = part.score().weight();
            if (part.score().score() == null || weight == null || weight.signum() <= 0) {
                return null;
            }
        }
        if (!weighable(rules.qualitative(), parts)) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal funds = BigDecimal.ZERO;
        for (Part part : parts) {
            BigDecimal percent = percent(part);
            BigDecimal weight = rules.qualitative() == ScoringRules.Average.FUNDS ? part.funds() : BigDecimal.ONE;
            sum = sum.add(percent.multiply(weight));
            funds = funds.add(weight);
        }
        return new Aggregate(rules, parts, false, null, null, sum.divide(funds, SCALE, RoundingMode.HALF_UP));
    }

    /** Returns the aggregated target (or actual) value, exact to {@link #SCALE} decimals. */
    private static BigDecimal combine(
            ScoringRules.Aggregation rules, List<Part> parts, boolean relative, boolean target) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Part part : parts) {
            BigDecimal number = (target ? part.score().target() : part.score().actual()).number();
            BigDecimal weight =
                    relative && rules.relative() == ScoringRules.Average.FUNDS ? part.funds() : BigDecimal.ONE;
            sum = sum.add(number.multiply(weight));
            weights = weights.add(weight);
        }
        return relative ? sum.divide(weights, SCALE, RoundingMode.HALF_UP).stripTrailingZeros() : sum;
    }

    private static IndicatorValue value(
            BigDecimal number, IndicatorValue first, boolean relative, List<Part> parts, boolean target) {
        int scale = 0;
        for (Part part : parts) {
            scale = Math.max(
                    scale,
                    (target ? part.score().target() : part.score().actual())
                            .number()
                            .scale());
        }
        BigDecimal shown = relative ? number.setScale(Math.max(scale, 2), RoundingMode.HALF_UP) : number;
        return new IndicatorValue(
                Scorer.plain(shown) + first.unit(), first.comparison(), number, first.unit(), false, SourceRef.NONE);
    }

    /** Whether every part has positive funds when the average weighs by funds. */
    private static boolean weighable(ScoringRules.Average average, List<Part> parts) {
        if (average == ScoringRules.Average.COUNT) {
            return true;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.funds() == null || part.funds().signum() < 0) {
                return false;
            }
            total = total.add(part.funds());
        }
        return total.signum() > 0;
    }

    private static BigDecimal percent(Part part) {
        return part.score().score().multiply(HUNDRED).divide(part.score().weight(), SCALE, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal funds(ScoringRules.Aggregation rules, Evaluation evaluation) {
        return rules.funds(evaluation)
                .map(Figure::amount)
                .map(a -> a.toWanYuan().stripTrailingZeros())
                .orElse(null);
    }

    /** An indicator's name compared without spaces, which printed forms put anywhere. */
    private static String key(String name) {
        return name.replaceAll("\\s+", "");
    }

    /** Returns the aggregated target value of a quantitative indicator, or null for a qualitative one. */
    @Nullable
    IndicatorValue target() {
        return target;
    }

    /** Returns the aggregated actual value of a quantitative indicator, or null for a qualitative one. */
    @Nullable
    IndicatorValue actual() {
        return actual;
    }

    /** Returns the averaged share of the weight (%) of a qualitative indicator, or null for a quantitative one. */
    @Nullable
    BigDecimal share() {
        return share;
    }

    /** Returns the arithmetic of a qualitative average, e.g. {@code (100% × 6.24 + 60% × 29.44) ÷ 35.68}. */
    String arithmetic() {
        List<String> terms = new ArrayList<>();
        for (Part part : parts) {
            terms.add(Scorer.plain(percent(part).setScale(2, RoundingMode.HALF_UP)) + "%");
        }
        return average(terms, rules.qualitative());
    }

    /** Returns the arithmetic of a quantitative aggregate's target or actual value. */
    String arithmetic(boolean target) {
        List<String> terms = new ArrayList<>();
        for (Part part : parts) {
            IndicatorValue value = target ? part.score().target() : part.score().actual();
            terms.add((relative ? "" : part.project()) + Scorer.plain(value.number()) + value.unit());
        }
        if (!relative) {
            return "绝对值直接累加：" + String.join(" + ", terms);
        }
        return "相对值" + (rules.relative() == ScoringRules.Average.FUNDS ? "按资金额度加权平均：" : "简单平均：")
                + average(terms, rules.relative());
    }

    private String average(List<String> terms, ScoringRules.Average average) {
        if (average == ScoringRules.Average.COUNT) {
            return "(" + String.join(" + ", terms) + ") ÷ " + terms.size();
        }
        List<String> weighted = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            weighted.add(terms.get(i) + " × " + Scorer.plain(parts.get(i).funds()));
            total = total.add(parts.get(i).funds());
        }
        return "(" + String.join(" + ", weighted) + ") ÷ " + Scorer.plain(total);
    }
}
