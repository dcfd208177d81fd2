package org.juesuan.core.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A chart (图) drawn from figures the document states elsewhere; it adds no number of its own.
 *
 * @param number the chart number, 1 to 4
 * @param caption the caption, e.g. 图1：收、支决算总计变动情况
 * @param kind bar or pie
 * @param categories the category labels: the years of a bar chart, the slices of a pie
 * @param series the series; a pie has exactly one
 * @param unit the unit of the values, 万元
 */
public record ChartBlock(
        int number, String caption, Kind kind, List<String> categories, List<Series> series, String unit)
        implements Block {

    /** The kinds of chart. */
    public enum Kind {
        /** Grouped bars: one group per category, one bar per series. */
        BAR,
        /** A pie of one series over the categories. */
        PIE
    }

    /**
     * One series of values, one per category, in 万元 as displayed.
     *
     * @param name the series name, e.g. 收入总计
     * @param values the values, one per category
     */
    public record Series(String name, List<BigDecimal> values) {

        /** Creates a series. */
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /** Creates a chart block. */
    public ChartBlock {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + number + ": series " + one.name() + " has "
                        + one.values().size() + " values for " + categories.size() + " categories");
            }
        }
        if (kind == Kind.PIE && series.size() != 1) {
            throw new IllegalArgumentException("a pie chart has exactly one series");
        }
    }
}
