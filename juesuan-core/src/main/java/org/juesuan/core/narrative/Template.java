package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.juesuan.core.source.SourceRef;

/**
 * A phrasing template (措辞模板): literal text, named placeholders {@code {total}} and optional groups {@code [，主要原因是
 * {reason}]} that are printed only when every placeholder in them has a value.
 *
 * <p>Grammar: {@code template = part*; part = literal | "{" name "}" | "[" part* "]"}, where a name is an ASCII letter
 * followed by letters and digits. Braces and square brackets have no other use.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parts the parts, in order
 * @param source where the template's text starts
 */
record Template(List<Part> parts, SourceRef source) {

    /** Creates a template. */
    Template {
        parts = List.copyOf(parts);
        Objects.requireNonNull(source, "source");
    }

    /** A piece of a template. */
    sealed interface Part permits Literal, Placeholder, Group {}

    /**
     * Text printed as written.
     *
     * @param text the text
     */
    record Literal(String text) implements Part {}

    /**
     * A named value.
     *
     * @param name the name
     * @param where where the name is written
     */
    record Placeholder(String name, SourceRef where) implements Part {}

    /**
     * An optional group: printed only if every placeholder inside has a non-empty value.
     *
     * @param parts the parts of the group
     */
    record Group(List<Part> parts) implements Part {
        /** Creates a group. */
        Group {
            parts = List.copyOf(parts);
        }
    }

    /** Returns every placeholder, in order, with whether it stands inside an optional group. */
    List<Use> placeholders() {
        List<Use> uses = new ArrayList<>();
        collect(parts, false, uses);
        return uses;
    }

    private static void collect(List<Part> parts, boolean optional, List<Use> uses) {
        for (Part part : parts) {
            if (part instanceof Placeholder) {
                uses.add(new Use((Placeholder) part, optional));
            } else if (part instanceof Group) {
                collect(((Group) part).parts(), true, uses);
            }
        }
    }

    /**
     * A placeholder as used in a template.
     *
     * @param placeholder the placeholder
     * @param optional whether it stands inside an optional group
     */
    record Use(Placeholder placeholder, boolean optional) {}
}
