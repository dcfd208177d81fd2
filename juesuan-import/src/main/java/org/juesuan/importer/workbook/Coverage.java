package org.juesuan.importer.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Measure;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.RowDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;

/**
 * Which table cell holds each slot as an input (填报口径): computed from the profile alone.
 *
 * <p>Every slot belongs to at most one table, the first in the profile's order whose cells select it; in a later
 * table a cell selecting the same slot is computed, so that no figure is typed in two sheets. Within the owning
 * table, code rows keep a figure in one row (the importer rejects a code given twice in a sheet section), so several
 * sections may list the same slot for different codes, as the 人员经费 and 公用经费 halves of the economic table do.
 * Slots no table holds go to the supplement sheets. Immutable and thread-safe.
 */
final class Coverage {

    private static final Measure ECONOMIC = new Measure(Measure.Kind.ECONOMIC, null, null, null, null);

    private final Map<String, Slot> codeInputs = new HashMap<>();
    private final Map<String, Slot> fixedInputs = new HashMap<>();
    private final Map<Slot, String> owners = new HashMap<>();

    private Coverage() {}

    /** Computes the coverage of a profile's tables. */
    static Coverage of(Profile profile) {
        Coverage coverage = new Coverage();
        for (TableDefinition table : profile.tables()) {
            for (SectionDefinition section : table.sections()) {
                for (ColumnDefinition column : section.columns()) {
                    if (column.isDerived()) {
                        continue;
                    }
                    if (section.hasFunctionRows()) {
                        coverage.claim(
                                coverage.codeInputs,
                                key(table, section.id() + '\u0000' + column.id()),
                                Slot.of(null, column.measure(), Slot.Place.FUNCTION_ITEM));
                    } else if (section.hasEconomicRows()) {
                        coverage.claim(
                                coverage.codeInputs,
                                key(table, section.id() + '\u0000' + column.id()),
                                Slot.of(ECONOMIC, column.measure(), Slot.Place.ECONOMIC_ITEM));
                    }
                }
                for (List<RowDefinition> rows : List.of(section.body(), section.totals())) {
                    for (RowDefinition row : rows) {
                        if (!(row instanceof RowDefinition.Fixed) || ((RowDefinition.Fixed) row).isDerived()) {
                            continue;
                        }
                        RowDefinition.Fixed fixed = (RowDefinition.Fixed) row;
                        for (ColumnDefinition column : section.columns()) {
                            if (!column.isDerived()) {
                                coverage.claim(
                                        coverage.fixedInputs,
                                        key(table, fixed.id() + '\u0000' + column.id()),
                                        Slot.of(fixed.measure(), column.measure(), Slot.Place.OTHER));
                            }
                        }
                    }
                }
            }
        }
        return coverage;
    }

    private void claim(Map<String, Slot> inputs, String key, Optional<Slot> slot) {
        if (slot.isEmpty()) {
            return;
        }
        String table = key.substring(0, key.indexOf('\u0000'));
        String owner = owners.putIfAbsent(slot.get(), table);
        if (owner == null || owner.equals(table)) {
            inputs.put(key, slot.get());
        }
    }

    private static String key(TableDefinition table, String rest) {
        return table.id() + '\u0000' + rest;
    }

    /** Returns the slot a code row's cell holds as input in a column of a table's section, if it is an input cell. */
    Optional<Slot> codeInput(String tableId, String sectionId, String columnId) {
        return Optional.ofNullable(codeInputs.get(tableId + '\u0000' + sectionId + '\u0000' + columnId));
    }

    /** Returns the slot a fixed row's cell holds as input, if it is an input cell. */
    Optional<Slot> fixedInput(String tableId, String rowId, String columnId) {
        return Optional.ofNullable(fixedInputs.get(tableId + '\u0000' + rowId + '\u0000' + columnId));
    }

    /** Returns whether some table cell holds the slot as input. */
    boolean owns(Slot slot) {
        return owners.containsKey(slot);
    }
}
