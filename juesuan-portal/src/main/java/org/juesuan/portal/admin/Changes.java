package org.juesuan.portal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator changed (变更内容), field by field, as the audit log records it: {@code 名称：甲 → 乙；…}.
 * Fields that stayed the same are left out.
 */
final class Changes {

    /** How an absent value is written. */
    static final String NONE = "（无）";

    private final List<String> lines = new ArrayList<>();

    /** Adds a field if its value changed. */
    Changes field(String label, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            lines.add(label + "：" + text(before) + " → " + text(after));
        }
        return this;
    }

    /** Returns whether nothing changed. */
    boolean isEmpty() {
        return lines.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("；", lines);
    }

    static String text(@Nullable Object value) {
        return value == null || value.toString().isEmpty() ? NONE : value.toString();
    }
}
