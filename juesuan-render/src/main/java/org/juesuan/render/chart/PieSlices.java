package org.juesuan.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.money.Rounding;

/**
 * The slices of a pie chart (饼图分块) with their shares and labels, computed from the exact values.
 *
 * <p>A category whose value is zero (or below) has no slice. The share of a slice is its value over the sum of the
 * slices, as a percentage rounded 四舍五入 to {@value #SHARE_DECIMALS} decimal, the precision at which the narrative
 * states 占本年收入 and 占本年支出; it is computed with {@link BigDecimal}, never from floating-point sums.
 *
 * <p>Immutable and thread-safe.
 *
 * @param slices the slices, in category order
 */
record PieSlices(List<Slice> slices) {

    /** Decimals of a printed share. */
    static final int SHARE_DECIMALS = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One slice.
     *
     * @param name the category
     * @param value the value in the chart's unit
     * @param share the percentage of the whole, e.g. 78.4
     * @param label the label drawn beside it, the name over the amount and share, e.g. 基本支出⏎207.87万元（78.4%）
     */
    record Slice(String name, BigDecimal value, BigDecimal share, String label) {}

    PieSlices {
        slices = List.copyOf(slices);
    }

    /** Returns the slices of a pie chart. */
    static PieSlices of(ChartBlock chart) {
        ChartBlock.Series series = chart.series().get(0);
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : series.values()) {
            if (value.signum() > 0) {
                total = total.add(value);
            }
        }
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            BigDecimal value = series.values().get(i);
            if (value.signum() <= 0) {
                continue;
            }
            String name = chart.categories().get(i);
            BigDecimal share = value.multiply(HUNDRED).divide(total, SHARE_DECIMALS, Rounding.HOUSE);
            String label = name + "\n" + amountText(value) + chart.unit() + "（" + share.toPlainString() + "%）";
            slices.add(new Slice(name, value, share, label));
        }
        return new PieSlices(slices);
    }

    /** Returns the label of a slice, or null if there is no such slice. */
    String label(Comparable<?> name) {
        for (Slice slice : slices) {
            if (slice.name().equals(name)) {
                return slice.label();
            }
        }
        return null;
    }

    /** Returns an amount as printed: two decimals. */
    static String amountText(BigDecimal value) {
        return value.setScale(2, Rounding.HOUSE).toPlainString();
    }
}
