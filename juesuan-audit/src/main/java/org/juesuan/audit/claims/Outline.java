package org.juesuan.audit.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The headings open at a point of the document (当前所在章节), read paragraph by paragraph: a heading closes the
 * open headings of its level and below, a part heading (第四部分 …) closes all of them.
 *
 * <p>Not thread-safe; one per reading of a document.
 */
final class Outline {

    private final ClaimPatterns patterns;
    private final List<Open> open = new ArrayList<>();

    private record Open(int level, String printed, ClaimPatterns.@Nullable Section section) {}

    Outline(ClaimPatterns patterns) {
        this.patterns = patterns;
    }

    /** Returns whether a paragraph's compact text is a heading: numbered as one, or a known section's name. */
    boolean isHeading(String compact) {
        return Headings.heading(compact).isPresent()
                || patterns.section(Headings.name(compact)).isPresent();
    }

    /**
     * Takes a heading (one {@link #isHeading} accepts): it closes the open headings of its level and below.
     *
     * @param compact the heading's compact text
     * @param printed the heading as printed
     */
    void take(String compact, String printed) {
        Optional<Headings.Numbered> numbered = Headings.heading(compact);
        Optional<ClaimPatterns.Section> section;
        int level;
        if (numbered.isPresent()) {
            level = numbered.get().level();
            section = level == Headings.PART
                    ? Optional.empty()
                    : patterns.section(numbered.get().name());
        } else {
            // a known heading printed without numbering is taken as a top heading
            section = patterns.section(Headings.name(compact));
            if (section.isEmpty()) {
                return;
            }
            level = 1;
        }
        while (!open.isEmpty() && open.get(open.size() - 1).level() >= level) {
            open.remove(open.size() - 1);
        }
        if (level != Headings.PART) {
            open.add(new Open(level, printed.strip(), section.orElse(null)));
        }
    }

    /** Returns the known sections open, outermost first. */
    List<ClaimPatterns.Section> sections() {
        List<ClaimPatterns.Section> sections = new ArrayList<>();
        for (Open o : open) {
            if (o.section() != null) {
                sections.add(o.section());
            }
        }
        return sections;
    }

    /** Returns the headings open, outermost first, as printed. */
    List<String> headings() {
        List<String> headings = new ArrayList<>();
        for (Open o : open) {
            headings.add(o.printed());
        }
        return List.copyOf(headings);
    }
}
