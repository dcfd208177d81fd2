package org.juesuan.core.dataset;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/**
 * One unit's final accounts for one fiscal year (决算数据集): the facts from which every table, narrative figure and
 * chart is derived.
 *
 * <p>Invariants: lines are 项-level function codes, unique, in code order; economic figures are 款-level codes,
 * unique. The dataset never holds a total that can be computed; figures a published document printed are kept
 * apart, in {@link #published()}, and used only for comparison.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file or workbook it was read from
 * @param unit who and which year
 * @param profileId the regional profile the dataset is meant for, e.g. {@code hubei-2024}
 * @param amountUnit the unit the figures were written in; amounts are held in yuan either way
 * @param lines the facts by function code
 * @param basicByEconomic 一般公共预算财政拨款基本支出 by economic 款 (the facts of the basic-expenditure table)
 * @param facts unit-level facts
 * @param overallEvaluation the unit's overall performance self-evaluation, if any
 * @param projectEvaluations the project self-evaluations
 * @param keyWork the key-work section
 * @param published figures as a published document printed them
 */
public record Dataset(
        SourceRef source,
        UnitInfo unit,
        String profileId,
        AmountUnit amountUnit,
        List<FunctionLine> lines,
        Map<ClassCode, Figure> basicByEconomic,
        UnitFacts facts,
        @Nullable Evaluation overallEvaluation,
        List<Evaluation> projectEvaluations,
        KeyWork keyWork,
        Published published) {

    /**
     * Creates a dataset.
     *
     * @throws IllegalArgumentException if two lines have the same code
     */
    public Dataset {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(amountUnit, "amountUnit");
        TreeMap<ClassCode, FunctionLine> sorted = new TreeMap<>();
        for (FunctionLine line : lines) {
            if (sorted.put(line.code(), line) != null) {
                throw new IllegalArgumentException("duplicate line " + line.code());
            }
        }
        lines = List.copyOf(sorted.values());
        basicByEconomic = Collections.unmodifiableMap(new TreeMap<>(basicByEconomic));
        Objects.requireNonNull(facts, "facts");
        projectEvaluations = List.copyOf(projectEvaluations);
        Objects.requireNonNull(keyWork, "keyWork");
        Objects.requireNonNull(published, "published");
    }

    /** Returns the fiscal year. */
    public int fiscalYear() {
        return unit.fiscalYear();
    }

    /** Returns the line of a 项 code. */
    public Optional<FunctionLine> line(ClassCode code) {
        for (FunctionLine line : lines) {
            if (line.code().equals(code)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** Returns the overall evaluation, if any. */
    public Optional<Evaluation> overall() {
        return Optional.ofNullable(overallEvaluation);
    }

    /** Returns a copy with other lines, economic figures and unit facts (used by rounding and consolidation). */
    public Dataset withFigures(List<FunctionLine> newLines, Map<ClassCode, Figure> newEconomic, UnitFacts newFacts) {
        return new Dataset(
                source,
                unit,
                profileId,
                amountUnit,
                newLines,
                newEconomic,
                newFacts,
                overallEvaluation,
                projectEvaluations,
                keyWork,
                published);
    }

    /** Returns a copy with other self-evaluation forms (used by consolidation and tests). */
    public Dataset withEvaluations(@Nullable Evaluation newOverall, List<Evaluation> newProjects) {
        return new Dataset(
                source,
                unit,
                profileId,
                amountUnit,
                lines,
                basicByEconomic,
                facts,
                newOverall,
                newProjects,
                keyWork,
                published);
    }

    /** Returns a copy meant for another profile. */
    public Dataset withProfile(String otherProfileId) {
        return new Dataset(
                source,
                unit,
                otherProfileId,
                amountUnit,
                lines,
                basicByEconomic,
                facts,
                overallEvaluation,
                projectEvaluations,
                keyWork,
                published);
    }
}
