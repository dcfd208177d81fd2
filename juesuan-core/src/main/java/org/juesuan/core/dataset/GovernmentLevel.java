package org.juesuan.core.dataset;

import java.util.Optional;

/**
 * The level of government a unit belongs to (预算级次), which decides wording such as “指区级财政…拨付的资金”.
 */
public enum GovernmentLevel {
    /** 中央. */
    CENTRAL("中央"),
    /** 省级. */
    PROVINCE("省"),
    /** 市级. */
    CITY("市"),
    /** 区级. */
    DISTRICT("区"),
    /** 县级. */
    COUNTY("县");

    private final String label;

    GovernmentLevel(String label) {
        this.label = label;
    }

    /** Returns the one-character label: 省, 市, 区, 县 (中央 for the centre). */
    public String label() {
        return label;
    }

    /** Returns the level as printed in phrases such as 区级财政: 中央, 省级, 市级, 区级, 县级. */
    public String levelWord() {
        return this == CENTRAL ? label : label + "级";
    }

    /** Finds the level written as 省, 省级, 市, 市级, 区, 区级, 县, 县级 or 中央. */
    public static Optional<GovernmentLevel> parse(String text) {
        for (GovernmentLevel level : values()) {
            if (level.label.equals(text) || level.levelWord().equals(text)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
