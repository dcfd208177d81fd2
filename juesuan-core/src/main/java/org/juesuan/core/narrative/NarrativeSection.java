package org.juesuan.core.narrative;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * One section of a profile's narrative (情况说明的一部分): its heading and, unless it is a heading only, its kind and
 * wording.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the section states; null for a heading that only groups the sections after it
 * @param heading the heading text, numbering included, e.g. 一、收入支出决算总体情况说明
 * @param level the heading level, 1 or 2
 * @param templates the templates by key
 * @param inserted the keys of the templates another template of the section inserts (they are not paragraphs)
 * @param names the labels of the section's items, in the order they are listed
 * @param zeroItems whether items of 0.00 are listed
 * @param basis what 机关运行经费 is compared with: {@code budget} or {@code prior}; empty for other sections
 * @param chart the chart's texts by key, empty for none
 * @param source where the section is defined
 */
record NarrativeSection(
        @Nullable SectionKind kind,
        String heading,
        int level,
        Map<String, Wording> templates,
        Set<String> inserted,
        Map<String, String> names,
        ZeroItems zeroItems,
        String basis,
        Map<String, Template> chart,
        SourceRef source) {

    /** Creates a section. */
    NarrativeSection {
        Objects.requireNonNull(heading, "heading");
        templates = Map.copyOf(templates);
        inserted = Set.copyOf(inserted);
        // names keep the file's order: it is the order items are listed in
        names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
        Objects.requireNonNull(zeroItems, "zeroItems");
        Objects.requireNonNull(basis, "basis");
        chart = Map.copyOf(chart);
        Objects.requireNonNull(source, "source");
    }

    /** Returns the template with the given key, if the section defines it. */
    Optional<Wording> template(String key) {
        return Optional.ofNullable(templates.get(key));
    }

    /** Whether items of 0.00 are listed (湖北样式) or left out (“不涉及的不列”). */
    enum ZeroItems implements org.juesuan.core.source.Keyed {
        /** Listed, with 0.00. */
        LIST("list"),
        /** Left out. */
        OMIT("omit");

        private final String key;

        ZeroItems(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }
}
