package org.juesuan.render.chart;

import java.text.AttributedString;
import org.jfree.data.general.PieDataset;

/** Labels the slices of a pie with the texts computed from the exact values (饼图标签). Thread-safe. */
final class PieLabels implements org.jfree.chart.labels.PieSectionLabelGenerator {

    private final PieSlices slices;

    PieLabels(PieSlices slices) {
        this.slices = slices;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public String generateSectionLabel(PieDataset dataset, Comparable key) {
        return slices.label(key);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
        return null;
    }
}
