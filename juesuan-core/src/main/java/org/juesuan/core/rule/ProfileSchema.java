package org.juesuan.core.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.formula.Schema;
import org.juesuan.core.formula.Type;
import org.juesuan.core.profile.ColumnDefinition;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.RowDefinition;
import org.juesuan.core.profile.SectionDefinition;
import org.juesuan.core.profile.TableDefinition;

/**
 * The names a profile's rules may use (规则可引用的名称): the formula {@link Schema} of its tables as defined, the unit
 * facts, narrative claims and data values.
 *
 * <p>Immutable and thread-safe.
 */
final class ProfileSchema implements Schema {

    private final Map<String, TableShape> tables = new HashMap<>();

    ProfileSchema(Profile profile) {
        this(profile, false);
    }

    /** Creates the schema of the public tables and, for a consolidation, of its working tables too. */
    ProfileSchema(Profile profile, boolean consolidation) {
        List<TableDefinition> definitions = new ArrayList<>(profile.tables());
        if (consolidation) {
            definitions.addAll(profile.consolidation().tables());
        }
        for (TableDefinition table : definitions) {
            List<SectionShape> sections = new ArrayList<>();
            for (SectionDefinition section : table.sections()) {
                List<String> rows = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                boolean classLines = false;
                List<RowDefinition> all = new ArrayList<>(section.body());
                all.addAll(section.totals());
                for (RowDefinition row : all) {
                    if (row instanceof RowDefinition.Fixed) {
                        rows.add(((RowDefinition.Fixed) row).id());
                        labels.add(((RowDefinition.Fixed) row).label());
                    }
                    classLines |= row instanceof RowDefinition.ClassLines;
                }
                List<ColumnShape> columns = new ArrayList<>();
                for (ColumnDefinition column : section.columns()) {
                    columns.add(new ColumnShape(column.id(), column.number(), String.join("/", column.header())));
                }
                sections.add(new SectionShape(
                        section.id(),
                        rows,
                        labels,
                        section.hasFunctionRows(),
                        section.hasEconomicRows(),
                        classLines,
                        columns));
            }
            tables.put(table.id(), new TableShape(table.id(), sections));
        }
    }

    @Override
    public Optional<TableShape> table(String id) {
        return Optional.ofNullable(tables.get(id));
    }

    @Override
    public Optional<Type> name(String namespace, String path) {
        switch (namespace) {
            case "fact":
                return UnitFact.ofKey(path).map(fact -> {
                    switch (fact.type()) {
                        case AMOUNT:
                            return Type.AMOUNT;
                        case COUNT:
                            return Type.NUMBER;
                        case TEXT:
                        default:
                            return Type.TEXT;
                    }
                });
            case "claim":
                return NarrativeClaim.ofKey(path)
                        .map(claim -> claim.kind() == NarrativeClaim.Kind.AMOUNT ? Type.AMOUNT : Type.NUMBER);
            case "data":
                return DataName.ofKey(path).map(DataName::type);
            default:
                return Optional.empty();
        }
    }
}
