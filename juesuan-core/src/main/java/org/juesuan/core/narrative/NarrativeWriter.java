package org.juesuan.core.narrative;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.document.Block;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.performance.Scorer;
import org.juesuan.core.performance.ScoringLoader;
import org.juesuan.core.performance.ScoringRules;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.table.TableSet;

/**
 * Writes the narrative part of the disclosure (情况说明): headings, paragraphs whose every number is a figure that
 * knows its value, and the charts, as the profile's {@code narrative.yaml} phrases them.
 *
 * <p>Every amount is a cell of the tables as printed or a unit fact rounded the same way; changes are differences of
 * printed figures, percentages are computed from printed figures at the precision each sentence prints, and shares
 * listed together add up to exactly 100. Reasons and other prose come from the dataset; where it has none, the clause
 * is left out.
 *
 * <p>Stateless and thread-safe.
 */
public final class NarrativeWriter {

    private NarrativeWriter() {}

    /**
     * Writes the narrative of a unit.
     *
     * @param profile the profile, whose directory holds {@code narrative.yaml}
     * @param display the tables as printed: {@code Deriver.derive(profile, dataset, rounding)}
     * @return the blocks of the 情况说明 part, in order, with the self-evaluations' scores by the profile's
     *     {@code scoring.yaml}
     * @throws DefinitionException if the profile's {@code narrative.yaml} or {@code scoring.yaml} is missing or broken
     */
    public static List<Block> write(Profile profile, TableSet display) {
        NarrativeDefinition definition = NarrativeLoader.load(profile)
                .orElseThrow(
                        issues -> new DefinitionException("地区口径“" + profile.id() + "”的情况说明措辞文件有误：\n" + issues, issues));
        ScoringRules scoring = ScoringLoader.load(profile)
                .orElseThrow(
                        issues -> new DefinitionException("地区口径“" + profile.id() + "”的绩效自评计分规则有误：\n" + issues, issues));
        return write(definition, display, scoring);
    }

    /**
     * Writes the narrative of a unit with phrasing already loaded (for many units of one profile).
     *
     * @param definition the phrasing, from {@link NarrativeLoader#load(Profile)}
     * @param display the tables as printed, under the profile whose phrasing {@code definition} is
     * @return the blocks of the 情况说明 part, in order
     */
    public static List<Block> write(NarrativeDefinition definition, TableSet display) {
        return write(definition, display, null);
    }

    /**
     * Writes the narrative of a unit with phrasing and scoring rules already loaded; the self-evaluations' scores
     * (each form's 总分, the projects' 平均得分 and grades) are stated where the phrasing has a place for them.
     *
     * @param definition the phrasing, from {@link NarrativeLoader#load(Profile)}
     * @param display the tables as printed, under the profile whose phrasing {@code definition} is
     * @param scoring the profile's scoring rules, or null to state no score
     * @return the blocks of the 情况说明 part, in order
     */
    public static List<Block> write(NarrativeDefinition definition, TableSet display, @Nullable ScoringRules scoring) {
        Context context = new Context(
                display.profile(), display, scoring == null ? null : Scorer.score(scoring, display.dataset()));
        for (NarrativeSection section : definition.sections()) {
            SectionOutput out = new SectionOutput(section, context);
            out.start();
            if (section.kind() == null) {
                continue;
            }
            switch (section.kind()) {
                case TOTAL:
                    OverviewWriter.total(out);
                    break;
                case INCOME:
                    OverviewWriter.income(out);
                    break;
                case EXPENDITURE:
                    OverviewWriter.expenditure(out);
                    break;
                case FISCAL:
                    OverviewWriter.fiscal(out);
                    break;
                case GENERAL_BUDGET:
                    GeneralBudgetWriter.write(out);
                    break;
                case BASIC:
                    BasicWriter.basic(out);
                    break;
                case GOVERNMENT_FUND:
                    BasicWriter.fund(out, "T07", "I2");
                    break;
                case STATE_CAPITAL:
                    BasicWriter.fund(out, "T08", "I3");
                    break;
                case THREE_PUBLIC:
                    ThreePublicWriter.write(out);
                    break;
                case OPERATING_COST:
                    FactsWriter.operatingCost(out);
                    break;
                case PROCUREMENT:
                    FactsWriter.procurement(out);
                    break;
                case ASSETS:
                    FactsWriter.assets(out);
                    break;
                case PERFORMANCE:
                default:
                    PerformanceWriter.write(out);
                    break;
            }
        }
        return List.copyOf(context.blocks);
    }
}
