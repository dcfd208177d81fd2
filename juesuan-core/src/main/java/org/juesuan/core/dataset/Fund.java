package org.juesuan.core.dataset;

import java.util.Optional;
import org.juesuan.core.source.Keyed;

/**
 * The source of the money spent (资金来源): the three fiscal appropriations (财政拨款) and everything else.
 *
 * <p>The keys are the identifiers used in dataset files and table definitions.
 */
public enum Fund implements Keyed {
    /** 一般公共预算财政拨款. */
    GENERAL_BUDGET("generalBudget", "一般公共预算财政拨款", true),
    /** 政府性基金预算财政拨款. */
    GOVERNMENT_FUND("governmentFund", "政府性基金预算财政拨款", true),
    /** 国有资本经营预算财政拨款. */
    STATE_CAPITAL("stateCapital", "国有资本经营预算财政拨款", true),
    /** 非财政拨款 (上级补助、事业、经营、附属单位上缴、其他收入及其结余). */
    NON_FISCAL("nonFiscal", "非财政拨款", false);

    private final String key;
    private final String label;
    private final boolean fiscal;

    Fund(String key, String label, boolean fiscal) {
        this.key = key;
        this.label = label;
        this.fiscal = fiscal;
    }

    /** Returns the identifier used in files, e.g. {@code generalBudget}. */
    public String key() {
        return key;
    }

    /** Returns the Chinese name. */
    public String label() {
        return label;
    }

    /** Returns whether this is a fiscal appropriation (财政拨款). */
    public boolean isFiscal() {
        return fiscal;
    }

    /** Finds the fund with the given key. */
    public static Optional<Fund> ofKey(String key) {
        return Keyed.find(values(), key);
    }
}
