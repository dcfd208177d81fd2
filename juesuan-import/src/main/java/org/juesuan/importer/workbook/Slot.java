package org.juesuan.importer.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.profile.Measure;

/**
 * One kind of fact a workbook cell can hold (填报项): a figure of a 项 code ({@link LineSlot}), a figure of an economic
 * 款 ({@link Economic}) or a unit-level fact ({@link Fact}).
 *
 * <p>A table cell is an input cell when the measure of its row and column selects exactly one slot; every other
 * value cell is computed. Immutable and thread-safe.
 */
sealed interface Slot permits LineSlot, Slot.Economic, Slot.Fact {

    /** Where a cell sits, which decides what its measure can select. */
    enum Place {
        /** A row of one 项-level function code: the row contributes only the code. */
        FUNCTION_ITEM,
        /** A row of one economic 款. */
        ECONOMIC_ITEM,
        /** Any other row (fixed rows, class lines, 类/款 sums, totals). */
        OTHER
    }

    /** 一般公共预算财政拨款基本支出 of one economic 款. */
    record Economic() implements Slot {}

    /**
     * A unit-level fact.
     *
     * @param fact the fact
     */
    record Fact(UnitFact fact) implements Slot {
        /** Creates a fact slot. */
        public Fact {
            Objects.requireNonNull(fact, "fact");
        }
    }

    /** The economic slot. */
    Slot ECONOMIC = new Economic();

    /**
     * Returns the one slot the intersection of a row's and a column's measure selects at a place, or empty when it
     * selects none or several (the cell is then computed, or structurally blank).
     */
    static Optional<Slot> of(@Nullable Measure row, @Nullable Measure column, Place place) {
        Measure measure;
        if (row == null || column == null) {
            measure = row == null ? column : row;
        } else if (row.kind() != null && column.kind() != null) {
            return Optional.empty(); // a definition error the profile loader reports; never an input
        } else {
            measure = row.and(column);
        }
        if (measure == null || measure.kind() == null) {
            return Optional.empty();
        }
        switch (measure.kind()) {
            case FACT:
                return Optional.of(new Fact(Objects.requireNonNull(measure.fact())));
            case ECONOMIC:
                return place == Place.ECONOMIC_ITEM
                                && measure.keeps(Fund.GENERAL_BUDGET)
                                && measure.keeps(SpendingKind.BASIC)
                        ? Optional.of(ECONOMIC)
                        : Optional.empty();
            case ANNUAL_BUDGET:
                return place == Place.FUNCTION_ITEM && measure.keeps(Fund.GENERAL_BUDGET)
                        ? Optional.of(LineSlot.annualBudget())
                        : Optional.empty();
            case INCOME:
            case SPENDING:
            case OPENING:
            case CLOSING:
                return place == Place.FUNCTION_ITEM ? single(measure) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static Optional<Slot> single(Measure measure) {
        List<LineSlot> selected = new ArrayList<>();
        for (LineSlot slot : LineSlot.all()) {
            if (slot.kind() == measure.kind() && slot.selectedBy(measure)) {
                selected.add(slot);
            }
        }
        return selected.size() == 1 ? Optional.of(selected.get(0)) : Optional.empty();
    }
}
