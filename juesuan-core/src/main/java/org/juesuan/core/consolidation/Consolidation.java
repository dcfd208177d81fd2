package org.juesuan.core.consolidation;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.rule.Finding;

/**
 * The outcome of a consolidation (汇总结果): the consolidated dataset, its working report, and a finding for each
 * offset whose two sides differ.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataset the consolidated dataset (scope 汇总)
 * @param paper the working report
 * @param findings the offset findings ({@code C-1}, {@code C-2}), ERROR, empty when every offset matches
 */
public record Consolidation(Dataset dataset, WorkingPaper paper, List<Finding> findings) {
    /** Creates an outcome. */
    public Consolidation {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(paper, "paper");
        findings = List.copyOf(findings);
    }
}
