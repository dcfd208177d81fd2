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

    /** Returns where the definition was read from. */
    public SourceRef source() {
        return source;
    }
}
