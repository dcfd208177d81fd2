package org.juesuan.core.dataset;

import java.util.Optional;

/** Whether a dataset is one unit's own accounts (本级) or a department's consolidation (汇总). */
public enum Scope {
    /** 本级: one unit. */
    OWN("本级"),
    /** 汇总: a department with its subordinate units. */
    CONSOLIDATED("汇总");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    /** Returns 本级 or 汇总. */
    public String label() {
        return label;
    }

    /** Finds the scope written as 本级 or 汇总. */
    public static Optional<Scope> parse(String text) {
        for (Scope scope : values()) {
            if (scope.label.equals(text)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
