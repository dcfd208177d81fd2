package org.juesuan.core.table;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.source.SourceRef;

/**
 * A row of a derived table: its id, label, classification code if any, and whether its values were read from the
 * dataset or computed from other rows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, unique in the table: a definition id ({@code I27}), a code ({@code 2010301}) or {@code total}
 * @param section the id of the section the row belongs to
 * @param label the printed label (the 科目名称 for code rows)
 * @param code the classification code, for code rows and class lines
 * @param level the depth of a code row (1 类, 2 款, 3 项), 0 for other rows
 * @param derived whether the row adds up other rows
 * @param total whether the row is one of the section's totals (printed after the body)
 * @param group the economic 类 a row belongs to, for table 06 layouts; empty otherwise
 * @param definition where the row's definition is
 */
public record ReportRow(
        String id,
        String section,
        String label,
        @Nullable ClassCode code,
        int level,
        boolean derived,
        boolean total,
        String group,
        SourceRef definition) {

    /** Creates a row. */
    public ReportRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(definition, "definition");
    }

    /** Returns the code, if the row has one. */
    public Optional<ClassCode> classCode() {
        return Optional.ofNullable(code);
    }
}
