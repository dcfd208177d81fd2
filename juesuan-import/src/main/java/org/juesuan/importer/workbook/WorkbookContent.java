package org.juesuan.importer.workbook;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.money.Amount;
import org.juesuan.core.table.TableSet;

/**
 * What a workbook being written shows (填报内容): a dataset and its derived tables, or nothing for a blank template.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataset the dataset; an empty one for a template
 * @param template whether this is a blank template: computed cells are left empty and entry rows are added
 * @param derived the tables derived from the dataset
 */
record WorkbookContent(Dataset dataset, boolean template, TableSet derived) {

    /** Creates content. */
    WorkbookContent {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(derived, "derived");
    }

    /** Returns the figure an input cell shows. */
    Optional<Figure> input(Slot slot, @Nullable ClassCode code) {
        if (slot instanceof LineSlot) {
            return code == null ? Optional.empty() : dataset.line(code).flatMap(((LineSlot) slot)::read);
        }
        if (slot instanceof Slot.Economic) {
            return code == null
                    ? Optional.empty()
                    : Optional.ofNullable(dataset.basicByEconomic().get(code));
        }
        return dataset.facts().amount(((Slot.Fact) slot).fact());
    }

    /** Returns the amount a computed cell shows; nothing in a template. */
    @Nullable
    Amount derived(String tableId, String rowId, String columnId) {
        if (template) {
            return null;
        }
        return derived.table(tableId)
                .flatMap(t -> t.cell(rowId, columnId).amount())
                .orElse(null);
    }
}
