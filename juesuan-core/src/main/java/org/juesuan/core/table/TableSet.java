package org.juesuan.core.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.profile.Profile;

/**
 * The public tables of one unit under one profile (公开表套): the meeting point of derivation, validation and
 * rendering.
 *
 * <p>Immutable and thread-safe.
 *
 * @param profile the profile the tables follow
 * @param dataset the dataset they were derived from, with figures as displayed (rounded to the display unit)
 * @param tables the tables, in the profile's order
 */
public record TableSet(Profile profile, Dataset dataset, List<ReportTable> tables) {

    /** Creates a table set. */
    public TableSet {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(dataset, "dataset");
        tables = List.copyOf(tables);
    }

    /** Returns the table with the given id. */
    public Optional<ReportTable> table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }
}
