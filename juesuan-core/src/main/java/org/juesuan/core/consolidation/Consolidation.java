package org.juesuan.core.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.core.rule.RuleSet;
import org.juesuan.core.rule.UnitView;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.ReportTable;
import org.juesuan.core.table.TableSet;

/**
 * The outcome of a consolidation (汇总结果): the consolidated dataset and its working report.
 *
 * <p>Whether the offsets match is for the rules to say: {@link #view} is what the consolidation's rule set
 * ({@link RuleSet#loadForConsolidation}) checks, the public tables and the working paper (抵销工作底稿) together.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataset the consolidated dataset (scope 汇总)
 * @param paper the working report: the offsets removed and the units they are between
 */
public record Consolidation(Dataset dataset, WorkingPaper paper) {
    /** Creates an outcome. */
    public Consolidation {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(paper, "paper");
    }

    /**
     * Returns the profile's consolidation working tables filled for this department (抵销工作底稿), in the profile's
     * order: a row per unit with subordinates and a row per subordinate, the columns as the table's layout says.
     */
    public List<ReportTable> tables(Profile profile) {
        List<ReportTable> tables = new ArrayList<>();
        for (TableDefinition table : profile.consolidation().tables()) {
            tables.add(Deriver.derive(profile, table, paper.groups()));
        }
        return tables;
    }

    /**
     * Returns the consolidated dataset as the consolidation's rules see it: its public tables derived under the
     * profile, followed by the working tables.
     */
    public UnitView view(Profile profile) {
        TableSet derived = Deriver.derive(profile, dataset);
        List<ReportTable> all = new ArrayList<>(derived.tables());
        all.addAll(tables(profile));
        return UnitView.of(new TableSet(profile, dataset, all), List.of());
    }
}
