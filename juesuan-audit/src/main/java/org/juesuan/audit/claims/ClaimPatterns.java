package org.juesuan.audit.claims;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.source.SourceRef;

/**
 * A profile's phrasing of the narrative's figures, compiled (情况说明数字措辞): the sections of the 情况说明 by heading,
 * and in each the patterns that state a claim. Loaded by {@link ClaimPatternLoader} from the profile's {@code
 * claims.yaml}, once per profile.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimPatterns {

    private final List<Section> sections;
    private final Set<NarrativeClaim> claims;

    ClaimPatterns(List<Section> sections) {
        this.sections = List.copyOf(sections);
        EnumSet<NarrativeClaim> stated = EnumSet.noneOf(NarrativeClaim.class);
        for (Section section : sections) {
            for (ClaimPattern pattern : section.patterns()) {
                stated.add(pattern.claim());
            }
        }
        this.claims = Collections.unmodifiableSet(stated);
    }

    /** Returns the claims this phrasing can read: what a narrative in this profile's style states. */
    public Set<NarrativeClaim> claims() {
        return claims;
    }

    /** Returns the headings of the sections, as written in {@code claims.yaml}, in order. */
    public List<String> headings() {
        return sections.stream().map(Section::heading).toList();
    }

    List<Section> sections() {
        return sections;
    }

    /** Returns the section a heading's normalised name (see {@link Headings#name}) names, if any. */
    Optional<Section> section(String name) {
        for (Section section : sections) {
            if (section.names().contains(name)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /**
     * A section of the narrative (情况说明的一节) and the patterns of the claims it states.
     *
     * @param heading the heading as written first
     * @param names the names it is known by, normalised and without numbering
     * @param patterns the patterns, in file order
     * @param source where the section is written
     */
    record Section(String heading, Set<String> names, List<ClaimPattern> patterns, SourceRef source) {
        Section {
            Objects.requireNonNull(heading, "heading");
            names = Set.copyOf(names);
            patterns = List.copyOf(patterns);
            Objects.requireNonNull(source, "source");
        }
    }
}
