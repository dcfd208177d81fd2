package org.juesuan.render.chart;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;
import org.juesuan.core.document.ChartBlock;

/**
 * Labels each bar with its exact value at two decimals (柱顶数值), read from the chart block rather than from the
 * {@code double} drawn. Thread-safe.
 */
final class BarLabels implements CategoryItemLabelGenerator {

    private final ChartBlock chart;

    BarLabels(ChartBlock chart) {
        this.chart = chart;
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        String series = dataset.getRowKey(row).toString();
        String category = dataset.getColumnKey(column).toString();
        for (ChartBlock.Series one : chart.series()) {
            if (one.name().equals(series)) {
                return PieSlices.amountText(one.values().get(chart.categories().indexOf(category)));
            }
        }
        return "";
    }
}
