package org.juesuan.core.narrative;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A profile's narrative phrasing (情况说明措辞), as read and checked from its {@code narrative.yaml}: the sections in
 * order, their headings, sentence templates and options.
 *
 * <p>Obtain one from {@link NarrativeLoader}; pass it to {@link NarrativeWriter#write(NarrativeDefinition,
 * org.juesuan.core.table.TableSet)} to write many units without reading the file again.
 *
 * <p>Immutable and thread-safe.
 */
public final class NarrativeDefinition {

    private final List<NarrativeSection> sections;
    private final SourceRef source;

    NarrativeDefinition(List<NarrativeSection> sections, SourceRef source) {
        this.sections = List.copyOf(sections);
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Returns the sections in printing order. */
    List<NarrativeSection> sections() {
        return sections;
    }

    /**
     * Returns the headings the narrative prints (标题), in order, with where each is defined: what a published
     * narrative of this profile must contain.
     */
    public List<Heading> headings() {
        return sections.stream()
                .filter(s -> !s.heading().isEmpty())
                .map(s -> new Heading(s.heading(), s.level(), s.source()))
                .toList();
    }

    /**
     * A heading of the narrative (情况说明标题).
     *
     * @param text the heading as printed, with its ordinal (五、 （一）)
     * @param level 1 for a section, 2 for a sub-section
     * @param source where the phrasing defines it
     */
    public record Heading(String text, int level, SourceRef source) {
        /** Creates a heading. */
        public Heading {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Returns where the definition was read from. */
    public SourceRef source() {
        return source;
    }
}
