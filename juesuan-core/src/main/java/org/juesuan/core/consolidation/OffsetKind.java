package org.juesuan.core.consolidation;

import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.SpendingKind;

/**
 * A kind of internal transfer offset on consolidation (抵销类型): what the parent records against what its direct
 * subordinates record.
 */
public enum OffsetKind {
    /** 对附属单位补助支出 of the parent against 上级补助收入 of its subordinates. */
    SUBSIDY("C-1", "对附属单位补助支出与所属单位上级补助收入抵销", "对附属单位补助支出", "上级补助收入"),
    /** 附属单位上缴收入 of the parent against 上缴上级支出 of its subordinates. */
    REMITTANCE("C-2", "附属单位上缴收入与所属单位上缴上级支出抵销", "附属单位上缴收入", "上缴上级支出");

    private final String ruleId;
    private final String title;
    private final String parentSide;
    private final String childSide;

    OffsetKind(String ruleId, String title, String parentSide, String childSide) {
        this.ruleId = ruleId;
        this.title = title;
        this.parentSide = parentSide;
        this.childSide = childSide;
    }

    /** Returns the id of the rule that checks this offset, {@code C-1} or {@code C-2}. */
    public String ruleId() {
        return ruleId;
    }

    /** Returns what the check is, in Chinese. */
    public String title() {
        return title;
    }

    /** Returns the Chinese name of the parent's side. */
    public String parentSide() {
        return parentSide;
    }

    /** Returns the Chinese name of the subordinates' side. */
    public String childSide() {
        return childSide;
    }

    /** Returns whether the parent records this transfer as income (附属单位上缴收入) rather than as spending. */
    public boolean parentSideIsIncome() {
        return this == REMITTANCE;
    }

    /** Returns the income source of the side that is income. */
    public IncomeSource incomeSource() {
        return this == SUBSIDY ? IncomeSource.SUPERIOR_SUBSIDY : IncomeSource.AFFILIATED;
    }

    /** Returns the spending kind of the side that is spending. */
    public SpendingKind spendingKind() {
        return this == SUBSIDY ? SpendingKind.SUBSIDY : SpendingKind.REMITTANCE;
    }
}
