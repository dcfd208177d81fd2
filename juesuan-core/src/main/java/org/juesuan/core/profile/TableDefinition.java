package org.juesuan.core.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.source.SourceRef;

/**
 * One public table of a profile (公开表): its identity, title, sections, notes and print layout.
 *
 * <p>The id names the table's meaning across profiles ({@code T09} is the 三公 table everywhere, whether a region
 * prints it as table 9 or table 7); the number is what the region prints. Immutable and thread-safe.
 *
 * @param id the canonical id, {@code T01} … {@code T09} for the standard set
 * @param number the printed number, e.g. 公开01表, or empty
 * @param title the title without the year, e.g. 收入支出决算总表
 * @param sections the sections, printed side by side
 * @param panels how rows are laid out side by side; empty for one panel per section
 * @param lineNumbers whether 行次 are printed
 * @param totalFirst whether 合计 comes before the code rows in this table, or null to follow the profile
 * @param notes the notes printed under the table
 * @param emptyStatement the statement printed when the table has no data, with placeholders {@code {unit}},
 *     {@code {year}} and {@code {subject}} (本部门/本单位)
 * @param source where it is defined
 */
public record TableDefinition(
        String id,
        String number,
        String title,
        List<SectionDefinition> sections,
        List<Panel> panels,
        boolean lineNumbers,
        @Nullable Boolean totalFirst,
        List<String> notes,
        String emptyStatement,
        SourceRef source) {

    /** Creates a table definition. */
    public TableDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        panels = List.copyOf(panels);
        notes = List.copyOf(notes);
        Objects.requireNonNull(emptyStatement, "emptyStatement");
        Objects.requireNonNull(source, "source");
    }

    /** Returns the section with the given id. */
    public Optional<SectionDefinition> section(String sectionId) {
        for (SectionDefinition section : sections) {
            if (section.id().equals(sectionId)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /**
     * A vertical strip of the printed table: rows taken from sections or economic groups, and footer rows that
     * line up at the bottom across panels.
     *
     * @param section the section whose columns the panel shows
     * @param rows what the panel lists: a section id (its whole body) or an economic 类 code (that group)
     * @param footer the ids of the total rows shown in the footer
     */
    public record Panel(String section, List<String> rows, List<String> footer) {
        /** Creates a panel. */
        public Panel {
            Objects.requireNonNull(section, "section");
            rows = List.copyOf(rows);
            footer = List.copyOf(footer);
        }
    }
}
