package org.juesuan.core.consolidation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.InjectedKind;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.money.Amount;

/**
 * A known kind of error put into the transfers of a synthetic department on purpose (注入的抵销错误): the last unit
 * of the department, always a subordinate, records 1,000 元 more of one transfer than its parent records for it.
 *
 * <p>Only the transfer is changed: the subordinate's own figures no longer roll forward by that amount, but the
 * consolidated dataset, from which both sides of the transfer are removed, stays exactly as without the error. So
 * consolidating the department finds exactly the offset's rule and nothing else.
 */
public enum InjectedOffsetError implements InjectedKind {
    /** A subordinate's 上级补助收入 1,000 元 more than its parent's 对附属单位补助支出 for it. */
    SUBSIDY_OFFSET("subsidyOffset", "所属单位上级补助收入与上级单位对附属单位补助支出不符", OffsetKind.SUBSIDY),
    /** A subordinate's 上缴上级支出 1,000 元 more than its parent's 附属单位上缴收入 from it. */
    REMITTANCE_OFFSET("remittanceOffset", "所属单位上缴上级支出与上级单位附属单位上缴收入不符", OffsetKind.REMITTANCE);

    private static final Amount DIFFERENCE = Amount.ofFen(1_000_00L);

    private final String key;
    private final String description;
    private final OffsetKind offset;

    InjectedOffsetError(String key, String description, OffsetKind offset) {
        this.key = key;
        this.description = description;
        this.offset = offset;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String description() {
        return description;
    }

    /** Returns the offset's rule: {@code C-1} or {@code C-2}. */
    @Override
    public List<String> ruleIds() {
        return List.of(offset.ruleId());
    }

    /** Returns the offset the error breaks. */
    public OffsetKind offset() {
        return offset;
    }

    /**
     * Returns the unit the error is put into: the department's last unit.
     *
     * @throws IllegalArgumentException if that unit has no parent
     */
    public static Member target(List<Member> members) {
        Member last = members.get(members.size() - 1);
        if (last.parent() == null) {
            throw new IllegalArgumentException("the department has no subordinate");
        }
        return last;
    }

    /** Returns the department's units with this error put into {@link #target}'s first line. */
    public List<Member> apply(List<Member> members) {
        Member target = target(members);
        Dataset dataset = target.dataset();
        List<FunctionLine> lines = new ArrayList<>(dataset.lines());
        FunctionLine first = lines.get(0);
        Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
        income.putAll(first.income());
        Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>(first.spending());
        if (offset == OffsetKind.SUBSIDY) {
            income.merge(IncomeSource.SUPERIOR_SUBSIDY, Figure.computed(DIFFERENCE), InjectedOffsetError::plus);
        } else {
            spending.merge(
                    new FunctionLine.SpendingKey(Fund.NON_FISCAL, SpendingKind.REMITTANCE),
                    Figure.computed(DIFFERENCE),
                    InjectedOffsetError::plus);
        }
        lines.set(0, first.withFlows(income, spending));
        List<Member> changed = new ArrayList<>(members);
        changed.set(
                members.size() - 1,
                new Member(
                        target.id(),
                        dataset.withFigures(lines, dataset.basicByEconomic(), dataset.facts()),
                        target.parent(),
                        target.declaredAt()));
        return changed;
    }

    private static Figure plus(Figure a, Figure b) {
        return a.withAmount(a.amount().plus(b.amount()));
    }
}
