package org.juesuan.core.formula;

/** The static type of a formula expression (类型), checked before any rule runs. */
public enum Type {
    /** Money, exact in yuan. */
    AMOUNT("金额"),
    /** A plain number: a count, a percentage, a ratio. */
    NUMBER("数值"),
    /** True or false (with degrees of rounding difference). */
    BOOLEAN("真假值"),
    /** Several amounts, from a range of cells. */
    AMOUNT_LIST("金额列表"),
    /** Prose, which can only be tested for blankness. */
    TEXT("文本");

    private final String label;

    Type(String label) {
        this.label = label;
    }

    /** Returns the Chinese name for messages. */
    public String label() {
        return label;
    }
}
