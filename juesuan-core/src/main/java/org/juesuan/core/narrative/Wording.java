package org.juesuan.core.narrative;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.source.SourceRef;

/**
 * One template of a section as the profile wrote it (措辞): its variants' texts, how list items are joined, and the
 * decimals of its percentages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param spec what the template may say
 * @param variants the text of each variant ({@code text} for a template with one)
 * @param separator what is put between list items
 * @param lastSeparator what is put before the last list item
 * @param decimals the decimals of its percentages
 * @param source where the template is defined
 */
record Wording(
        TemplateSpec spec,
        Map<String, Template> variants,
        String separator,
        String lastSeparator,
        int decimals,
        SourceRef source) {

    /** Creates a wording. */
    Wording {
        Objects.requireNonNull(spec, "spec");
        variants = Map.copyOf(variants);
        Objects.requireNonNull(separator, "separator");
        Objects.requireNonNull(lastSeparator, "lastSeparator");
        Objects.requireNonNull(source, "source");
    }

    /** Returns the template of a variant. */
    Optional<Template> variant(String name) {
        return Optional.ofNullable(variants.get(name));
    }
}
