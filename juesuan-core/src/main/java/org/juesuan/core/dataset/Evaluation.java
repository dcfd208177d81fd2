package org.juesuan.core.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * One performance self-evaluation form (绩效自评表): the unit's overall evaluation or one project's, as filled in.
 *
 * <p>Holds the inputs and, for transcribed documents, the scores the form printed; scoring is computed elsewhere.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the unit or project name as printed
 * @param attributes the header fields as printed (主管部门, 项目实施单位, 项目类别, 项目属性, 项目类型 …), in order
 * @param planned 预算数 (A), if stated
 * @param executed 执行数 (B), if stated
 * @param goals the annual goals with their indicators
 * @param deviation 偏差大或目标未完成原因分析, if stated
 * @param improvement 改进措施及结果应用方案, if stated
 * @param summary 主要产出和效果 as the narrative quotes it, if stated
 * @param printed the scores and rates printed on the form, keyed by {@code executionRate}, {@code budgetScore},
 *     {@code totalScore}
 * @param source where the form starts
 * @param positions where single fields were stated, keyed by field name ({@code printed.totalScore} for a printed
 *     value); a field not in the map is located at {@code source}
 */
public record Evaluation(
        String name,
        Map<String, String> attributes,
        @Nullable Figure planned,
        @Nullable Figure executed,
        List<Goal> goals,
        @Nullable Text deviation,
        @Nullable Text improvement,
        @Nullable Text summary,
        Map<String, String> printed,
        SourceRef source,
        Map<String, SourceRef> positions) {

    /** Creates an evaluation. */
    public Evaluation {
        Objects.requireNonNull(name, "name");
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        goals = List.copyOf(goals);
        printed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(printed));
        Objects.requireNonNull(source, "source");
        positions = Map.copyOf(positions);
    }

    /** Creates an evaluation located only where it starts. */
    public Evaluation(
            String name,
            Map<String, String> attributes,
            @Nullable Figure planned,
            @Nullable Figure executed,
            List<Goal> goals,
            @Nullable Text deviation,
            @Nullable Text improvement,
            @Nullable Text summary,
            Map<String, String> printed,
            SourceRef source) {
        this(name, attributes, planned, executed, goals, deviation, improvement, summary, printed, source, Map.of());
    }

    /** Returns where {@code field} was stated, or where the form starts if not known. */
    public SourceRef source(String field) {
        return positions.getOrDefault(field, source);
    }

    /** Returns 预算数 (A), if stated. */
    public Optional<Figure> plannedFigure() {
        return Optional.ofNullable(planned);
    }

    /** Returns 执行数 (B), if stated. */
    public Optional<Figure> executedFigure() {
        return Optional.ofNullable(executed);
    }

    /**
     * An annual goal (年度目标) and its indicators.
     *
     * @param title the goal's label, e.g. 年度目标1
     * @param description what the goal is, e.g. 大企业协调服务经费
     * @param points the points the form assigns to the goal, if printed (e.g. 40)
     * @param indicators the indicators
     * @param source where the goal starts
     * @param positions where single fields ({@code points} …) were stated; others are located at {@code source}
     */
    public record Goal(
            String title,
            String description,
            @Nullable BigDecimal points,
            List<Indicator> indicators,
            SourceRef source,
            Map<String, SourceRef> positions) {
        /** Creates a goal. */
        public Goal {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            indicators = List.copyOf(indicators);
            Objects.requireNonNull(source, "source");
            positions = Map.copyOf(positions);
        }

        /** Creates a goal located only where it starts. */
        public Goal(
                String title,
                String description,
                @Nullable BigDecimal points,
                List<Indicator> indicators,
                SourceRef source) {
            this(title, description, points, indicators, source, Map.of());
        }

        /** Returns where {@code field} was stated, or where the goal starts if not known. */
        public SourceRef source(String field) {
            return positions.getOrDefault(field, source);
        }
    }

    /**
     * A performance indicator (绩效指标) as filled in.
     *
     * @param level1 一级指标 (产出指标, 效益指标, 满意度指标)
     * @param level2 二级指标 (数量指标, 质量指标, 经济效益指标 …)
     * @param name 三级指标
     * @param target 年初目标值 as written, e.g. {@code ≥3家} or {@code 及时有效}
     * @param actual 实际完成值 as written, or empty if not stated
     * @param weight the indicator's weight (分值), if stated
     * @param score the score printed on the form, if any; for a qualitative indicator, the score chosen inside its tier
     * @param achievement for a qualitative indicator, the recorded achievement naming its tier (e.g. 达成, 部分达成,
     *     未达成), if stated
     * @param source where the indicator is stated
     * @param positions where single fields ({@code target}, {@code actual}, {@code weight}, {@code score}, {@code
     *     achievement}) were stated; others are located at {@code source}
     */
    public record Indicator(
            String level1,
            String level2,
            String name,
            String target,
            String actual,
            @Nullable BigDecimal weight,
            @Nullable BigDecimal score,
            @Nullable String achievement,
            SourceRef source,
            Map<String, SourceRef> positions) {
        /** Creates an indicator. */
        public Indicator {
            Objects.requireNonNull(level1, "level1");
            Objects.requireNonNull(level2, "level2");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(source, "source");
            positions = Map.copyOf(positions);
        }

        /** Creates an indicator located only where it starts. */
        public Indicator(
                String level1,
                String level2,
                String name,
                String target,
                String actual,
                @Nullable BigDecimal weight,
                @Nullable BigDecimal score,
                @Nullable String achievement,
                SourceRef source) {
            this(level1, level2, name, target, actual, weight, score, achievement, source, Map.of());
        }

        /** Returns where {@code field} was stated, or where the indicator starts if not known. */
        public SourceRef source(String field) {
            return positions.getOrDefault(field, source);
        }

        /** Creates an indicator without a recorded achievement. */
        public Indicator(
                String level1,
                String level2,
                String name,
                String target,
                String actual,
                @Nullable BigDecimal weight,
                @Nullable BigDecimal score,
                SourceRef source) {
            this(level1, level2, name, target, actual, weight, score, null, source);
        }

        /** Returns the recorded achievement of a qualitative indicator, if stated. */
        public Optional<String> achievementText() {
            return Optional.ofNullable(achievement);
        }
    }
}
