package org.juesuan.core.performance;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * A profile's scoring rules for self-evaluation forms (绩效自评计分规则), read from {@code scoring.yaml}: the weight of
 * budget execution, how zero values are scored, the qualitative tiers, how scores are rounded and what the weights
 * must add up to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalWeight what every form's weights add up to (总分, 100)
 * @param decimals decimals of a score, rounded half up
 * @param rateDecimals decimals of the execution rate as a percentage, rounded half up
 * @param budgetWeight the weight of budget execution (预算执行率)
 * @param zeroPlanned how budget execution scores when 预算数 (A) is zero
 * @param unsigned the comparison of a target written without a sign
 * @param zeroTarget how a positive indicator scores when its target is zero
 * @param zeroActual how a negative indicator scores when its actual value is zero
 * @param weightFromScore whether an indicator without a weight takes its printed score as its weight (reported)
 * @param levelWeights the weight each 一级指标 should carry in a form (产出指标 50 …), empty when the rules set none
 * @param equalTextMeetsTarget whether a qualitative indicator without a recorded achievement is in the first tier
 *     when its actual value is written exactly as its target
 * @param tiers the qualitative tiers, from the best down; the first includes 100%, each includes its lower bound
 * @param aggregation how project forms add up (汇总): in the overall form and in an average of projects
 * @param grades the grades (绩效评级) a total score falls in, from the best down, each including its lower bound;
 *     empty when the rules set none
 * @param source where the rules start
 */
public record ScoringRules(
        BigDecimal totalWeight,
        int decimals,
        int rateDecimals,
        BigDecimal budgetWeight,
        ZeroRule zeroPlanned,
        Comparison unsigned,
        ZeroRule zeroTarget,
        ZeroRule zeroActual,
        boolean weightFromScore,
        Map<String, BigDecimal> levelWeights,
        boolean equalTextMeetsTarget,
        List<Tier> tiers,
        Aggregation aggregation,
        List<Grade> grades,
        SourceRef source) {

    /** Creates rules. */
    public ScoringRules {
        Objects.requireNonNull(totalWeight, "totalWeight");
        Objects.requireNonNull(budgetWeight, "budgetWeight");
        Objects.requireNonNull(zeroPlanned, "zeroPlanned");
        Objects.requireNonNull(unsigned, "unsigned");
        Objects.requireNonNull(zeroTarget, "zeroTarget");
        Objects.requireNonNull(zeroActual, "zeroActual");
        levelWeights = Collections.unmodifiableMap(new LinkedHashMap<>(levelWeights));
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("no qualitative tier");
        }
        Objects.requireNonNull(aggregation, "aggregation");
        grades = List.copyOf(grades);
        Objects.requireNonNull(source, "source");
    }

    /** Returns the grade a total score falls in, if the rules set grades. */
    public Optional<Grade> gradeOf(BigDecimal score) {
        for (Grade grade : grades) {
            if (score.compareTo(grade.from()) >= 0) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }

    /** Returns the tier named {@code achievement} (by its name or an alias), if any. */
    public Optional<Tier> tier(String achievement) {
        String wanted = achievement.strip();
        return tiers.stream()
                .filter(t -> t.name().equals(wanted) || t.aliases().contains(wanted))
                .findFirst();
    }

    /** Returns the tier containing {@code percent} of the weight. */
    public Tier tierOf(BigDecimal percent) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).contains(percent, i == 0)) {
                return tiers.get(i);
            }
        }
        return tiers.get(tiers.size() - 1);
    }

    /** Returns whether {@code tier} is the first (best) tier. */
    public boolean isFirst(Tier tier) {
        return tiers.get(0).equals(tier);
    }

    /** Which amount of a project weighs it in an aggregate (资金额度). */
    public enum Funds {
        /** 预算数 (A). */
        PLANNED,
        /** 执行数 (B). */
        EXECUTED
    }

    /** How values of several projects are averaged. */
    public enum Average {
        /** Weighted by each project's funds (以资金额度为权重加权平均). */
        FUNDS,
        /** Each project counts once (简单平均). */
        COUNT
    }

    /**
     * How project forms add up (汇总规则): an indicator of the overall form that several projects share is the
     * aggregate of theirs — absolute values added up, relative values (in the listed units) averaged, qualitative
     * scores averaged as shares of their weights — and projects' totals average into one score.
     *
     * @param funds the amount weighing a project
     * @param relativeUnits the units of relative values (相对值), such as %; values in other units are absolute
     * @param relative how relative values are averaged
     * @param qualitative how qualitative scores are averaged, as shares of their weights
     * @param average how the projects' total scores are averaged (平均得分)
     * @param source where the aggregation rules are stated
     */
    public record Aggregation(
            Funds funds,
            List<String> relativeUnits,
            Average relative,
            Average qualitative,
            Average average,
            SourceRef source) {
        /** Creates the aggregation rules. */
        public Aggregation {
            Objects.requireNonNull(funds, "funds");
            relativeUnits = List.copyOf(relativeUnits);
            Objects.requireNonNull(relative, "relative");
            Objects.requireNonNull(qualitative, "qualitative");
            Objects.requireNonNull(average, "average");
            Objects.requireNonNull(source, "source");
        }

        /** Returns the amount weighing a project form (its 预算数 or 执行数, as {@link #funds()} says), if stated. */
        public Optional<org.juesuan.core.dataset.Figure> funds(org.juesuan.core.dataset.Evaluation evaluation) {
            return funds == Funds.PLANNED ? evaluation.plannedFigure() : evaluation.executedFigure();
        }
    }

    /**
     * A grade of a total score (绩效评级), such as 优 for 90 and above.
     *
     * @param name the grade's name
     * @param from the lowest total score in the grade, included
     * @param source where the grade is stated
     */
    public record Grade(String name, BigDecimal from, SourceRef source) {
        /** Creates a grade. */
        public Grade {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(source, "source");
        }
    }

    /** How a score is computed when the divisor of its formula would be zero. */
    public enum ZeroRule {
        /** Full marks: a zero target or budget is met by anything, a zero actual meets any ceiling. */
        FULL,
        /** No marks. */
        ZERO,
        /** Not scored: reported as a finding. */
        UNSCORED
    }

    /**
     * A qualitative tier (定性指标档次): a share of the indicator's weight.
     *
     * @param name the achievement naming the tier, e.g. 达成
     * @param aliases other recorded achievements meaning this tier
     * @param from the lowest percentage of the weight, included
     * @param to the highest percentage, excluded except for the first tier
     * @param score the percentage given when the dataset records no score, if the rules set one
     * @param source where the tier is stated
     */
    public record Tier(
            String name,
            List<String> aliases,
            BigDecimal from,
            BigDecimal to,
            @Nullable BigDecimal score,
            SourceRef source) {
        /** Creates a tier. */
        public Tier {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(source, "source");
        }

        /** Returns whether {@code percent} lies in the tier; {@code top} includes the upper bound. */
        public boolean contains(BigDecimal percent, boolean top) {
            int upper = percent.compareTo(to);
            return percent.compareTo(from) >= 0 && (upper < 0 || (top && upper == 0));
        }
    }
}
