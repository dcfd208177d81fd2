package org.juesuan.core.dataset;

import java.util.Optional;
import org.juesuan.core.source.Keyed;

/** A kind of expenditure (支出类型) as the 支出决算表 columns split it. */
public enum SpendingKind implements Keyed {
    /** 基本支出. */
    BASIC("basic", "基本支出", true),
    /** 项目支出. */
    PROJECT("project", "项目支出", true),
    /** 上缴上级支出. */
    REMITTANCE("remittance", "上缴上级支出", false),
    /** 经营支出. */
    OPERATING("operating", "经营支出", false),
    /** 对附属单位补助支出. */
    SUBSIDY("subsidy", "对附属单位补助支出", false);

    private final String key;
    private final String label;
    private final boolean fiscalAllowed;

    SpendingKind(String key, String label, boolean fiscalAllowed) {
        this.key = key;
        this.label = label;
        this.fiscalAllowed = fiscalAllowed;
    }

    /** Returns the identifier used in files. */
    public String key() {
        return key;
    }

    /** Returns the Chinese name. */
    public String label() {
        return label;
    }

    /** Returns whether fiscal appropriations can be spent this way (only 基本支出 and 项目支出 can). */
    public boolean allowsFund(Fund fund) {
        return fiscalAllowed || !fund.isFiscal();
    }

    /** Finds the kind with the given key. */
    public static Optional<SpendingKind> ofKey(String key) {
        return Keyed.find(values(), key);
    }
}
