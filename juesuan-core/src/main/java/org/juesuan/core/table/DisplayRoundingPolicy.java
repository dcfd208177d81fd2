package org.juesuan.core.table;

/** How figures kept in 元 are rounded to 0.01 万元 for display (尾数处理). */
public enum DisplayRoundingPolicy {
    /** 舍位平衡: largest-remainder rounding of the dataset, so every printed table foots exactly. The default. */
    LARGEST_REMAINDER("largest-remainder", "舍位平衡"),
    /** 逐项四舍五入: each printed cell rounded on its own, as legacy documents do; totals may differ by 0.01. */
    INDEPENDENT("independent", "逐项四舍五入");

    private final String key;
    private final String label;

    DisplayRoundingPolicy(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Returns the option value used on the command line. */
    public String key() {
        return key;
    }

    /** Returns the Chinese name. */
    public String label() {
        return label;
    }
}
