package org.juesuan.core.consolidation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.money.Amount;
import org.juesuan.core.table.UnitGroup;

/**
 * The working report of a consolidation (抵销工作底稿): every parent–children offset, in tree order, what was removed
 * by fund, and the units between which the offsets are, from which the working paper table is derived.
 *
 * <p>Immutable and thread-safe.
 *
 * @param department the consolidated department's name
 * @param units the units consolidated, 本级 first, in tree order, as {@code id → name}
 * @param offsets the offsets, by parent in tree order, 对附属单位补助 before 上缴上级
 * @param groups the units with subordinates, each with its direct subordinates, in tree order: the rows of the
 *     working paper table
 */
public record WorkingPaper(String department, Map<String, String> units, List<Offset> offsets, List<UnitGroup> groups) {

    /** Creates a working report. */
    public WorkingPaper {
        units = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(units));
        offsets = List.copyOf(offsets);
        groups = List.copyOf(groups);
    }

    /** Returns the income removed from the consolidated lines, by fund (every fund present, zero if none). */
    public Map<Fund, Amount> removedIncome() {
        return removed(true);
    }

    /** Returns the spending removed from the consolidated lines, by fund (every fund present, zero if none). */
    public Map<Fund, Amount> removedSpending() {
        return removed(false);
    }

    private Map<Fund, Amount> removed(boolean income) {
        Map<Fund, Amount> totals = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            totals.put(fund, Amount.ZERO);
        }
        for (Offset offset : offsets) {
            for (Adjustment adjustment : offset.adjustments()) {
                if (adjustment.income() == income) {
                    totals.merge(adjustment.fund(), adjustment.amount(), Amount::plus);
                }
            }
        }
        return Collections.unmodifiableMap(totals);
    }
}
