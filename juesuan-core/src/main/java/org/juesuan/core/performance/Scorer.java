package org.juesuan.core.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.performance.Scorecard.FormScore;
import org.juesuan.core.performance.Scorecard.GoalScore;
import org.juesuan.core.performance.Scorecard.IndicatorScore;
import org.juesuan.core.performance.Scorecard.WeightSource;
import org.juesuan.core.performance.ScoringRules.Tier;
import org.juesuan.core.performance.ScoringRules.ZeroRule;
import org.juesuan.core.source.SourceRef;

/**
 * Scores self-evaluation forms (绩效自评计分) by a profile's rules and reports where a form contradicts them.
 *
 * <p>Budget execution scores weight × min(1, B/A); a positive indicator (≥A) weight × B/A, a negative one (≤A)
 * weight × A/B, an exact one (=A) weight × the smaller over the larger, each capped at the weight and never negative; a
 * qualitative indicator scores inside the tier its recorded achievement chooses. Scores are exact decimals rounded
 * half up once, at the rules' decimals. A value that cannot be scored (no actual value, units that differ, no
 * weight …) leaves the score absent and is reported, never counted as zero.
 *
 * <p>Findings (all at the dataset's positions): {@code PERFORMANCE_BUDGET_MISSING}, {@code PERFORMANCE_ZERO_BUDGET},
 * {@code PERFORMANCE_RATE_DIFFERS}, {@code PERFORMANCE_TARGET_MISSING}, {@code PERFORMANCE_ACTUAL_MISSING}, {@code
 * PERFORMANCE_ACTUAL_NOT_A_NUMBER}, {@code PERFORMANCE_UNIT_MISMATCH}, {@code PERFORMANCE_NEGATIVE_VALUE}, {@code
 * PERFORMANCE_ZERO_TARGET}, {@code PERFORMANCE_ZERO_ACTUAL}, {@code PERFORMANCE_WEIGHT_MISSING}, {@code
 * PERFORMANCE_WEIGHT_FROM_SCORE} (info), {@code PERFORMANCE_ACHIEVEMENT_MISSING}, {@code
 * PERFORMANCE_UNKNOWN_ACHIEVEMENT}, {@code PERFORMANCE_QUALITATIVE_SCORE_MISSING}, {@code
 * PERFORMANCE_SCORE_OUTSIDE_TIER}, {@code PERFORMANCE_SCORE_ABOVE_WEIGHT}, {@code PERFORMANCE_SCORE_DIFFERS}, {@code
 * PERFORMANCE_GOAL_POINTS}, {@code PERFORMANCE_WEIGHT_TOTAL}, {@code PERFORMANCE_LEVEL_WEIGHT} (info),
 * {@code PERFORMANCE_AGGREGATE_DIFFERS} (an overall indicator that is not the aggregate of the projects' own).
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {}

    /**
     * Scores the project forms, then the overall form — whose indicators shared with projects are scored from the
     * projects' aggregate — and sums the projects up.
     */
    public static Scorecard score(ScoringRules rules, Dataset dataset) {
        Issues projectIssues = Issues.create();
        List<FormScore> projects = new ArrayList<>();
        for (Evaluation project : dataset.projectEvaluations()) {
            projects.add(score(rules, project, false, projectIssues));
        }
        Issues issues = Issues.create();
        FormScore overall = dataset.overall()
                .map(e -> new Form(rules, e, "整体绩效自评表", projects, issues).score())
                .orElse(null);
        issues.addAll(projectIssues);
        return new Scorecard(overall, projects, Summaries.summary(rules, projects), issues);
    }

    /**
     * Scores one form on its own, adding its findings to {@code issues}.
     *
     * @param overall whether this is the unit's overall form (整体) rather than a project's (项目)
     */
    public static FormScore score(ScoringRules rules, Evaluation evaluation, boolean overall, Issues issues) {
        return new Form(rules, evaluation, overall ? "整体绩效自评表" : "项目“" + evaluation.name() + "”自评表", List.of(), issues)
                .score();
    }

    private static final class Form {
        private final ScoringRules rules;
        private final Evaluation evaluation;
        private final String label;
        private final List<FormScore> projects;
        private final Issues issues;

        Form(ScoringRules rules, Evaluation evaluation, String label, List<FormScore> projects, Issues issues) {
            this.rules = rules;
            this.evaluation = evaluation;
            this.label = label;
            this.projects = projects;
            this.issues = issues;
        }

        FormScore score() {
            BigDecimal[] budget = budget();
            List<GoalScore> goals = new ArrayList<>();
            for (Evaluation.Goal goal : evaluation.goals()) {
                goals.add(goal(goal));
            }
            weightTotal(goals);
            levelWeights(goals);
            BigDecimal total = budget[1];
            for (GoalScore goal : goals) {
                total = total == null || goal.score() == null ? null : total.add(goal.score());
            }
            printedTotal(total);
            return new FormScore(
                    evaluation,
                    budget[0],
                    budget[1],
                    goals,
                    total,
                    total == null ? null : rules.gradeOf(total).orElse(null));
        }

        // ---- budget execution ----

        /** Returns the rate and the budget score, either possibly null. */
        private BigDecimal[] budget() {
            Optional<Figure> planned = evaluation.plannedFigure();
            Optional<Figure> executed = evaluation.executedFigure();
            BigDecimal weight = rules.budgetWeight();
            if (planned.isEmpty() || executed.isEmpty()) {
                issues.warning(evaluation.source(), "PERFORMANCE_BUDGET_MISSING", label + "未填写预算数（A）或执行数（B），预算执行率不能计分");
                return new BigDecimal[] {null, null};
            }
            BigDecimal a = planned.get().amount().value();
            BigDecimal b = executed.get().amount().value();
            BigDecimal rate = null;
            BigDecimal score;
            if (a.signum() < 0 || b.signum() < 0) {
                issues.warning(
                        evaluation.source(), "PERFORMANCE_NEGATIVE_VALUE", label + "的预算数（A）或执行数（B）为负数，预算执行率不能计分");
                return new BigDecimal[] {null, null};
            }
            if (a.signum() == 0) {
                score = zero(rules.zeroPlanned(), weight);
                if (score == null) {
                    issues.warning(
                            planned.get().source(),
                            "PERFORMANCE_ZERO_BUDGET",
                            label + "的预算数（A）为" + plain(a) + "，执行率无法计算，预算执行率不计分");
                }
            } else {
                rate = b.multiply(HUNDRED).divide(a, rules.rateDecimals(), RoundingMode.HALF_UP);
                score = capped(weight, b, a);
            }
            String printedRate = evaluation.printed().get("executionRate");
            if (printedRate != null && rate != null) {
                Optional<BigDecimal> value = number(printedRate);
                BigDecimal exact = b.multiply(HUNDRED).divide(a, 10, RoundingMode.HALF_UP);
                if (value.isPresent() && !sameAtScale(value.get(), exact)) {
                    issues.warning(
                            evaluation.source("printed.executionRate"),
                            "PERFORMANCE_RATE_DIFFERS",
                            label + "印有执行率“" + printedRate + "”，按执行数/预算数计算为" + plain(rate) + "%");
                }
            }
            printedScore(
                    evaluation.printed().get("budgetScore"),
                    weight,
                    true,
                    score,
                    evaluation.source("printed.budgetScore"),
                    "预算执行率得分");
            return new BigDecimal[] {rate, score};
        }

        // ---- goals and indicators ----

        private GoalScore goal(Evaluation.Goal goal) {
            List<IndicatorScore> indicators = new ArrayList<>();
            BigDecimal weights = BigDecimal.ZERO;
            BigDecimal knownWeights = BigDecimal.ZERO;
            BigDecimal scores = BigDecimal.ZERO;
            for (Evaluation.Indicator indicator : goal.indicators()) {
                IndicatorScore score = indicator(indicator);
                indicators.add(score);
                if (score.weight() != null) {
                    knownWeights = knownWeights.add(score.weight());
                }
                weights = weights == null || score.weight() == null ? null : weights.add(score.weight());
                scores = scores == null || score.score() == null ? null : scores.add(score.score());
            }
            BigDecimal points = goal.points();
            if (points != null
                    && (weights != null ? weights.compareTo(points) != 0 : knownWeights.compareTo(points) > 0)) {
                issues.warning(
                        goal.source("points"),
                        "PERFORMANCE_GOAL_POINTS",
                        label + "的“" + goal.title() + "”标明" + plain(points) + "分，其指标分值合计"
                                + (weights != null ? "为" + plain(weights) : "至少为" + plain(knownWeights)) + "分");
            }
            return new GoalScore(goal, indicators, weights, scores);
        }

        private IndicatorScore indicator(Evaluation.Indicator indicator) {
            String name = label + "的指标“" + indicator.name() + "”";
            IndicatorValue target =
                    IndicatorValue.parse(indicator.target(), rules.unsigned(), indicator.source("target"));
            IndicatorValue actual =
                    IndicatorValue.parse(indicator.actual(), rules.unsigned(), indicator.source("actual"));
            BigDecimal printed = indicator.score();
            BigDecimal weight = indicator.weight();
            WeightSource source = WeightSource.STATED;
            if (weight == null && printed != null && rules.weightFromScore()) {
                weight = printed;
                source = WeightSource.PRINTED_SCORE;
                issues.info(
                        indicator.source("score"),
                        "PERFORMANCE_WEIGHT_FROM_SCORE",
                        name + "未填写分值，按所印得分" + plain(printed) + "视为其分值");
            } else if (weight == null) {
                source = WeightSource.NONE;
                issues.warning(indicator.source("weight"), "PERFORMANCE_WEIGHT_MISSING", name + "未填写分值，不能计分");
            }
            if (weight != null && printed != null && printed.compareTo(weight) > 0) {
                issues.warning(
                        indicator.source("score"),
                        "PERFORMANCE_SCORE_ABOVE_WEIGHT",
                        name + "印有得分" + plain(printed) + "，超过其分值" + plain(weight));
            }
            Tier[] tier = {null};
            BigDecimal score;
            Aggregate aggregate = projects.isEmpty() ? null : Aggregate.of(rules, indicator, target, projects);
            if (aggregate == null) {
                score = compute(name, target, actual, weight, indicator, tier);
            } else {
                score = aggregated(name, indicator, target, actual, weight, aggregate, tier);
            }
            boolean quantitative =
                    aggregate == null ? !target.isEmpty() && target.isQuantitative() : aggregate.target() != null;
            if (score != null && printed != null && quantitative) {
                // above the weight is reported once, above
                printedScore(
                        indicator.score().toPlainString(),
                        weight,
                        false,
                        score,
                        indicator.source("score"),
                        "指标“" + indicator.name() + "”得分");
            }
            return new IndicatorScore(indicator, target, actual, weight, source, tier[0], score);
        }

        private @Nullable BigDecimal compute(
                String name,
                IndicatorValue target,
                IndicatorValue actual,
                @Nullable BigDecimal weight,
                Evaluation.Indicator indicator,
                Tier[] tier) {
            if (target.isEmpty()) {
                issues.warning(indicator.source("target"), "PERFORMANCE_TARGET_MISSING", name + "未填写年初目标值，不能计分");
                return null;
            }
            if (actual.isEmpty()) {
                issues.warning(indicator.source("actual"), "PERFORMANCE_ACTUAL_MISSING", name + "未填写实际完成值，不能计分（不按0计）");
                return null;
            }
            if (!target.isQuantitative()) {
                return qualitative(name, target, actual, weight, indicator, tier);
            }
            if (!actual.isQuantitative()) {
                issues.warning(
                        indicator.source("actual"),
                        "PERFORMANCE_ACTUAL_NOT_A_NUMBER",
                        name + "的目标值“" + target.text() + "”为定量值，完成值“" + actual.text() + "”不是数值，不能计分");
                return null;
            }
            if (!target.unit().equals(actual.unit())) {
                issues.warning(
                        indicator.source("actual"),
                        "PERFORMANCE_UNIT_MISMATCH",
                        name + "的目标值“" + target.text() + "”与完成值“" + actual.text() + "”单位不一致（“" + target.unit() + "”与“"
                                + actual.unit() + "”），不能计分");
                return null;
            }
            BigDecimal a = target.number();
            BigDecimal b = actual.number();
            if (a.signum() < 0 || b.signum() < 0) {
                issues.warning(
                        indicator.source(a.signum() < 0 ? "target" : "actual"),
                        "PERFORMANCE_NEGATIVE_VALUE",
                        name + "的目标值或完成值为负数，不能计分");
                return null;
            }
            if (weight == null) {
                return null;
            }
            switch (target.comparison()) {
                case AT_LEAST:
                    if (a.signum() == 0) {
                        return zeroScore(
                                rules.zeroTarget(),
                                weight,
                                indicator.source("target"),
                                "PERFORMANCE_ZERO_TARGET",
                                name + "的目标值为0");
                    }
                    return capped(weight, b, a);
                case AT_MOST:
                    if (b.signum() == 0) {
                        return zeroScore(
                                rules.zeroActual(),
                                weight,
                                indicator.source("actual"),
                                "PERFORMANCE_ZERO_ACTUAL",
                                name + "的完成值为0");
                    }
                    return capped(weight, a, b);
                default:
                    if (a.compareTo(b) == 0) {
                        return scaled(weight);
                    }
                    return capped(weight, a.min(b), a.max(b));
            }
        }

        private @Nullable BigDecimal qualitative(
                String name,
                IndicatorValue target,
                IndicatorValue actual,
                @Nullable BigDecimal weight,
                Evaluation.Indicator indicator,
                Tier[] chosen) {
            Tier tier = null;
            Optional<String> achievement = indicator.achievementText();
            if (achievement.isPresent()) {
                tier = rules.tier(achievement.get()).orElse(null);
                if (tier == null) {
                    List<String> names = rules.tiers().stream().map(Tier::name).toList();
                    issues.warning(
                            indicator.source("achievement"),
                            "PERFORMANCE_UNKNOWN_ACHIEVEMENT",
                            name + "的完成情况“" + achievement.get() + "”不是计分档次之一（" + String.join("、", names) + "）");
                    return null;
                }
            } else if (rules.equalTextMeetsTarget() && actual.text().equals(target.text())) {
                tier = rules.tiers().get(0);
            } else {
                issues.warning(
                        indicator.source("actual"),
                        "PERFORMANCE_ACHIEVEMENT_MISSING",
                        name + "为定性指标，完成值“" + actual.text() + "”与目标值“" + target.text()
                                + "”不同，且未填写完成情况（achievement），不能确定计分档次");
                return null;
            }
            chosen[0] = tier;
            if (weight == null) {
                return null;
            }
            BigDecimal recorded = indicator.score();
            if (recorded != null) {
                BigDecimal percent = recorded.multiply(HUNDRED).divide(weight, 10, RoundingMode.HALF_UP);
                if (!tier.contains(percent, rules.isFirst(tier))) {
                    issues.warning(
                            indicator.source("score"),
                            "PERFORMANCE_SCORE_OUTSIDE_TIER",
                            name + "完成情况为“" + tier.name() + "”，应得分值的" + plain(tier.from()) + "%–" + plain(tier.to())
                                    + "%，所印得分" + plain(recorded) + "为分值" + plain(weight) + "的"
                                    + plain(percent.setScale(rules.rateDecimals(), RoundingMode.HALF_UP)) + "%");
                    return null;
                }
                return recorded.setScale(rules.decimals(), RoundingMode.HALF_UP);
            }
            if (tier.score() == null) {
                issues.warning(
                        indicator.source("achievement"),
                        "PERFORMANCE_QUALITATIVE_SCORE_MISSING",
                        name + "完成情况为“" + tier.name() + "”，该档次没有默认得分，须填写得分（" + plain(tier.from()) + "%–"
                                + plain(tier.to()) + "%）");
                return null;
            }
            return weight.multiply(tier.score()).divide(HUNDRED, rules.decimals(), RoundingMode.HALF_UP);
        }

        // ---- aggregation over the projects (汇总) ----

        /**
         * Scores an indicator of the overall form that project forms share: quantitative values are aggregated first
         * and then scored, qualitative scores are averaged as shares of their weights; a value or score the overall
         * form prints otherwise is reported with the arithmetic.
         */
        private @Nullable BigDecimal aggregated(
                String name,
                Evaluation.Indicator indicator,
                IndicatorValue target,
                IndicatorValue actual,
                @Nullable BigDecimal weight,
                Aggregate aggregate,
                Tier[] tier) {
            if (aggregate.target() != null) {
                differs(name, "目标值", target, aggregate.target(), aggregate, indicator.source("target"));
                differs(name, "完成值", actual, aggregate.actual(), aggregate, indicator.source("actual"));
                return compute(name, aggregate.target(), aggregate.actual(), weight, indicator, tier);
            }
            BigDecimal share = aggregate.share();
            tier[0] = rules.tierOf(share);
            if (weight == null) {
                issues.warning(indicator.source("weight"), "PERFORMANCE_WEIGHT_MISSING", name + "未填写分值，不能计分");
                return null;
            }
            BigDecimal score = weight.multiply(share).divide(HUNDRED, rules.decimals(), RoundingMode.HALF_UP);
            BigDecimal printed = indicator.score();
            if (printed != null && printed.compareTo(score) != 0 && !sameAtScale(printed, score)) {
                issues.warning(
                        indicator.source("score"),
                        "PERFORMANCE_AGGREGATE_DIFFERS",
                        name + "印有得分" + plain(printed) + "，按项目自评表汇总应为" + plain(weight) + " × " + aggregate.arithmetic()
                                + " = " + plain(score));
            }
            return score;
        }

        private void differs(
                String name,
                String what,
                IndicatorValue own,
                IndicatorValue aggregate,
                Aggregate how,
                SourceRef where) {
            boolean same = own.isQuantitative()
                    && own.unit().equals(aggregate.unit())
                    && sameAtScale(own.number(), aggregate.number());
            if (!same) {
                issues.warning(
                        where,
                        "PERFORMANCE_AGGREGATE_DIFFERS",
                        name + "的" + what + (own.isEmpty() ? "未填写" : "为“" + own.text() + "”") + "，按项目自评表汇总应为"
                                + aggregate.text() + "（" + how.arithmetic(what.equals("目标值")) + "）");
            }
        }

        // ---- totals ----

        private void weightTotal(List<GoalScore> goals) {
            BigDecimal sum = rules.budgetWeight();
            for (GoalScore goal : goals) {
                BigDecimal weight = goal.goal().points() != null ? goal.goal().points() : goal.weight();
                if (weight == null) {
                    return;
                }
                sum = sum.add(weight);
            }
            if (sum.compareTo(rules.totalWeight()) != 0) {
                issues.warning(
                        evaluation.source(),
                        "PERFORMANCE_WEIGHT_TOTAL",
                        label + "的分值合计为" + plain(sum) + "分（预算执行率" + plain(rules.budgetWeight()) + "分加各年度目标分值），应为"
                                + plain(rules.totalWeight()) + "分");
            }
        }

        /** Compares each 一级指标's weights with the rules' level weights, when every weight is known. */
        private void levelWeights(List<GoalScore> goals) {
            if (rules.levelWeights().isEmpty()) {
                return;
            }
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            rules.levelWeights().keySet().forEach(level -> sums.put(level, BigDecimal.ZERO));
            for (GoalScore goal : goals) {
                for (IndicatorScore indicator : goal.indicators()) {
                    if (indicator.weight() == null) {
                        return;
                    }
                    sums.merge(indicator.indicator().level1(), indicator.weight(), BigDecimal::add);
                }
            }
            for (Map.Entry<String, BigDecimal> sum : sums.entrySet()) {
                BigDecimal expected = rules.levelWeights().get(sum.getKey());
                if (expected == null || sum.getValue().compareTo(expected) != 0) {
                    issues.info(
                            evaluation.source(),
                            "PERFORMANCE_LEVEL_WEIGHT",
                            label + "的" + (sum.getKey().isEmpty() ? "未标明一级指标的指标" : sum.getKey()) + "分值合计为"
                                    + plain(sum.getValue()) + "分，计分规则"
                                    + (expected == null ? "未设该一级指标" : "原则上为" + plain(expected) + "分"));
                }
            }
        }

        private void printedTotal(@Nullable BigDecimal total) {
            String printed = evaluation.printed().get("totalScore");
            printedScore(printed, rules.totalWeight(), true, total, evaluation.source("printed.totalScore"), "总分");
        }

        /**
         * Checks a printed score against its weight (when {@code checkWeight}) and the computed score (when computed); a
         * printed score matches when the computed one, rounded half up to the printed decimals, equals it.
         */
        private void printedScore(
                @Nullable String printed,
                @Nullable BigDecimal weight,
                boolean checkWeight,
                @Nullable BigDecimal computed,
                SourceRef where,
                String what) {
            if (printed == null) {
                return;
            }
            Optional<BigDecimal> value = number(printed);
            if (value.isEmpty()) {
                return;
            }
            if (checkWeight && weight != null && value.get().compareTo(weight) > 0) {
                issues.warning(
                        where,
                        "PERFORMANCE_SCORE_ABOVE_WEIGHT",
                        label + "印有" + what + "“" + printed + "”，超过其分值" + plain(weight));
            }
            if (computed != null && value.get().compareTo(computed) != 0 && !sameAtScale(value.get(), computed)) {
                issues.warning(
                        where,
                        "PERFORMANCE_SCORE_DIFFERS",
                        label + "印有" + what + "“" + printed + "”，按计分规则应为" + plain(computed));
            }
        }

        // ---- arithmetic ----

        /** Returns weight × min(1, numerator/denominator), rounded; the denominator is positive. */
        private BigDecimal capped(BigDecimal weight, BigDecimal numerator, BigDecimal denominator) {
            if (numerator.compareTo(denominator) >= 0) {
                return scaled(weight);
            }
            BigDecimal score = weight.multiply(numerator).divide(denominator, rules.decimals(), RoundingMode.HALF_UP);
            return score.signum() < 0 ? scaled(BigDecimal.ZERO) : score;
        }

        private BigDecimal scaled(BigDecimal value) {
            return value.setScale(rules.decimals(), RoundingMode.HALF_UP);
        }

        private @Nullable BigDecimal zero(ZeroRule rule, BigDecimal weight) {
            return switch (rule) {
                case FULL -> scaled(weight);
                case ZERO -> scaled(BigDecimal.ZERO);
                case UNSCORED -> null;
            };
        }

        private @Nullable BigDecimal zeroScore(
                ZeroRule rule, BigDecimal weight, SourceRef where, String code, String what) {
            BigDecimal score = zero(rule, weight);
            if (score == null) {
                issues.warning(where, code, what + "，按计分规则不计分");
            }
            return score;
        }
    }

    /** Reads the number in a printed score or rate such as “20分” or “100%”. */
    static Optional<BigDecimal> number(String printed) {
        String text = printed.strip().replace("％", "%");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(?:分|%)?")
                .matcher(text);
        return m.matches() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }

    /** Returns whether {@code exact}, rounded half up to the printed value's decimals, equals it. */
    static boolean sameAtScale(BigDecimal printed, BigDecimal exact) {
        return exact.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP)
                        .compareTo(printed)
                == 0;
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
