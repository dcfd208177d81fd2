package org.juesuan.core.dataset;

import java.util.Optional;
import org.juesuan.core.source.Keyed;

/** A source of income (收入来源) as the 收入决算表 columns split it, with the three fiscal appropriations apart. */
public enum IncomeSource implements Keyed {
    /** 一般公共预算财政拨款收入. */
    GENERAL_BUDGET("generalBudget", "一般公共预算财政拨款收入", Fund.GENERAL_BUDGET),
    /** 政府性基金预算财政拨款收入. */
    GOVERNMENT_FUND("governmentFund", "政府性基金预算财政拨款收入", Fund.GOVERNMENT_FUND),
    /** 国有资本经营预算财政拨款收入. */
    STATE_CAPITAL("stateCapital", "国有资本经营预算财政拨款收入", Fund.STATE_CAPITAL),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY("superiorSubsidy", "上级补助收入", Fund.NON_FISCAL),
    /** 事业收入. */
    BUSINESS("business", "事业收入", Fund.NON_FISCAL),
    /** 经营收入. */
    OPERATING("operating", "经营收入", Fund.NON_FISCAL),
    /** 附属单位上缴收入. */
    AFFILIATED("affiliated", "附属单位上缴收入", Fund.NON_FISCAL),
    /** 其他收入. */
    OTHER("other", "其他收入", Fund.NON_FISCAL);

    private final String key;
    private final String label;
    private final Fund fund;

    IncomeSource(String key, String label, Fund fund) {
        this.key = key;
        this.label = label;
        this.fund = fund;
    }

    /** Returns the identifier used in files. */
    public String key() {
        return key;
    }

    /** Returns the Chinese name. */
    public String label() {
        return label;
    }

    /** Returns the fund this income belongs to. */
    public Fund fund() {
        return fund;
    }

    /** Finds the source with the given key. */
    public static Optional<IncomeSource> ofKey(String key) {
        return Keyed.find(values(), key);
    }
}
