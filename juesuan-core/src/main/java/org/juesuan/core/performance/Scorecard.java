package org.juesuan.core.performance;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.issue.Issues;

/**
 * The computed scores of a dataset's self-evaluation forms (绩效自评得分): the overall form, each project form, and
 * the findings where a form contradicts its own rules.
 *
 * <p>A score that cannot be computed (a missing actual value, units that differ, a weight not stated …) is absent,
 * never zero; the findings say why. Immutable apart from {@link #issues()}, which the caller owns.
 *
 * @param overall the overall form (整体绩效自评表), if the dataset has one
 * @param projects the project forms (项目支出绩效自评表), in order
 * @param summary the project forms taken together
 * @param issues the findings, located at the dataset's positions
 */
public record Scorecard(@Nullable FormScore overall, List<FormScore> projects, Summary summary, Issues issues) {

    /** Creates a scorecard. */
    public Scorecard {
        projects = List.copyOf(projects);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(issues, "issues");
    }

    /**
     * The self-evaluated projects taken together (项目自评汇总): their average score and how many fall in each grade.
     *
     * @param count the number of project forms
     * @param scored the number whose total could be computed
     * @param average the average total (平均得分) by the rules' aggregation, rounded to the rules' decimals; null unless
     *     every project's total was computed (an average of some would misstate the rest)
     * @param grades the number of projects in each of the rules' grades, in the rules' order, zeros included; empty
     *     when the rules set no grades or some total could not be computed
     */
    public record Summary(int count, int scored, @Nullable BigDecimal average, Map<String, Integer> grades) {
        /** Creates a summary. */
        public Summary {
            grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }

        /** Returns the average total, if every project's total was computed. */
        public Optional<BigDecimal> averageValue() {
            return Optional.ofNullable(average);
        }
    }

    /** Returns the overall form's scores, if any. */
    public Optional<FormScore> overallForm() {
        return Optional.ofNullable(overall);
    }

    /**
     * The scores of one form (自评表).
     *
     * @param evaluation the form as filled in
     * @param rate 执行率 (B/A) as a percentage, rounded to the rules' rate decimals, if computable
     * @param budgetScore the budget-execution score, if computable
     * @param goals the goals' scores
     * @param total 总分, if every part of the form could be scored
     * @param grade the grade (绩效评级) of the total, if computed and the rules set grades
     */
    public record FormScore(
            Evaluation evaluation,
            @Nullable BigDecimal rate,
            @Nullable BigDecimal budgetScore,
            List<GoalScore> goals,
            @Nullable BigDecimal total,
            ScoringRules.@Nullable Grade grade) {
        /** Creates a form's scores. */
        public FormScore {
            Objects.requireNonNull(evaluation, "evaluation");
            goals = List.copyOf(goals);
        }

        /** Returns 执行率 as a percentage, if computable. */
        public Optional<BigDecimal> rateValue() {
            return Optional.ofNullable(rate);
        }

        /** Returns the budget-execution score, if computable. */
        public Optional<BigDecimal> budgetScoreValue() {
            return Optional.ofNullable(budgetScore);
        }

        /** Returns 总分, if every part was scored. */
        public Optional<BigDecimal> totalValue() {
            return Optional.ofNullable(total);
        }

        /** Returns the grade of the total, if any. */
        public Optional<ScoringRules.Grade> gradeValue() {
            return Optional.ofNullable(grade);
        }
    }

    /**
     * The scores of an annual goal (年度目标).
     *
     * @param goal the goal as filled in
     * @param indicators its indicators' scores
     * @param weight the sum of the indicators' weights, if every weight is known
     * @param score the sum of the indicators' scores, if every indicator was scored
     */
    public record GoalScore(
            Evaluation.Goal goal,
            List<IndicatorScore> indicators,
            @Nullable BigDecimal weight,
            @Nullable BigDecimal score) {
        /** Creates a goal's scores. */
        public GoalScore {
            Objects.requireNonNull(goal, "goal");
            indicators = List.copyOf(indicators);
        }

        /** Returns the sum of the weights, if every weight is known. */
        public Optional<BigDecimal> weightValue() {
            return Optional.ofNullable(weight);
        }

        /** Returns the sum of the scores, if every indicator was scored. */
        public Optional<BigDecimal> scoreValue() {
            return Optional.ofNullable(score);
        }
    }

    /**
     * The score of an indicator (绩效指标得分).
     *
     * @param indicator the indicator as filled in
     * @param target 年初目标值 (A), read
     * @param actual 实际完成值 (B), read
     * @param weight the weight used, if known
     * @param weightSource where the weight comes from
     * @param tier for a qualitative indicator, the tier its achievement chose, if known
     * @param score the computed score, if computable
     */
    public record IndicatorScore(
            Evaluation.Indicator indicator,
            IndicatorValue target,
            IndicatorValue actual,
            @Nullable BigDecimal weight,
            WeightSource weightSource,
            ScoringRules.@Nullable Tier tier,
            @Nullable BigDecimal score) {
        /** Creates an indicator's score. */
        public IndicatorScore {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(weightSource, "weightSource");
        }

        /** Returns the weight used, if known. */
        public Optional<BigDecimal> weightValue() {
            return Optional.ofNullable(weight);
        }

        /** Returns the computed score, if computable. */
        public Optional<BigDecimal> scoreValue() {
            return Optional.ofNullable(score);
        }
    }

    /** Where an indicator's weight comes from. */
    public enum WeightSource {
        /** Stated in the dataset ({@code weight}). */
        STATED,
        /** Read from the printed score, as the rules allow when no weight is stated. */
        PRINTED_SCORE,
        /** Unknown: the indicator is not scored. */
        NONE
    }
}
