package org.juesuan.core.narrative;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a template of a section may say (模板规格): its key, how it is used, its variants and the placeholders it may
 * name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the key under {@code templates:}
 * @param role how the template is used
 * @param family its variants
 * @param placeholders the names it may use besides the common ones; a name that is another template's key of the
 *     section inserts that template
 * @param maybe the placeholders that may have no value (a reason, a count not stated): they must stand inside an
 *     optional group {@code [ ]}, so that a missing value leaves the clause out instead of a gap
 * @param required whether the section must define it
 */
record TemplateSpec(
        String key, Role role, Family family, Set<String> placeholders, Set<String> maybe, boolean required) {

    /** The placeholders every template may use. */
    static final Set<String> COMMON = Set.of("year", "priorYear", "unit", "subject");

    /** Creates a spec. */
    TemplateSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(family, "family");
        placeholders = Set.copyOf(placeholders);
        maybe = Set.copyOf(maybe);
    }

    /** How a template is used. */
    enum Role {
        /** A paragraph of its own, unless another template of the section inserts it. */
        SLOT,
        /** A heading one level below the section's, printed only if something follows it. */
        HEADING,
        /** A heading two levels below the section's, before each group of items (e.g. the 类 of 项 lines). */
        GROUP_HEADING,
        /** Only inserted into other templates. */
        CLAUSE,
        /** Repeated for each item: one paragraph each, or joined with separators where another template inserts it. */
        LIST,
        /** Repeated for each item and joined with separators; only inserted into other templates. */
        NESTED_LIST;

        /** Returns whether items are joined with separators (so the template may define them). */
        boolean isList() {
            return this == LIST || this == NESTED_LIST;
        }
    }

    /** Returns a builder of a template spec. */
    static Builder of(String key, Role role) {
        return new Builder(key, role);
    }

    /** Builds a spec. Not thread-safe. */
    static final class Builder {
        private final String key;
        private final Role role;
        private Family family = Family.SINGLE;
        private final Set<String> placeholders = new LinkedHashSet<>();
        private final Set<String> maybe = new LinkedHashSet<>();
        private boolean required;

        private Builder(String key, Role role) {
            this.key = key;
            this.role = role;
        }

        Builder family(Family value) {
            family = value;
            return this;
        }

        /** Adds placeholders that always have a value. */
        Builder with(String... names) {
            placeholders.addAll(List.of(names));
            return this;
        }

        /** Adds placeholders that may have none. */
        Builder maybe(String... names) {
            placeholders.addAll(List.of(names));
            maybe.addAll(List.of(names));
            return this;
        }

        Builder required() {
            required = true;
            return this;
        }

        TemplateSpec build() {
            return new TemplateSpec(key, role, family, placeholders, maybe, required);
        }
    }
}
