package org.juesuan.core.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.formula.Tolerance;
import org.juesuan.core.source.SourceRef;

/**
 * A regional profile (地区口径): everything that varies by region and fiscal year, as data — the tables and their
 * order, the class lines of table 01, presentation, and the catalogs it uses.
 *
 * <p>Code never branches on a region's name; a new region is a new profile directory. Immutable and thread-safe.
 *
 * @param id the id, e.g. {@code hubei-2024}
 * @param name the Chinese name
 * @param fiscalYear the fiscal year the profile is for
 * @param functions the function catalog of that year
 * @param economics the economic catalog of that year
 * @param classLines the function classes printed as fixed lines in tables 01 and 04, in order
 * @param presentation how tables are printed
 * @param tables the tables, in printed order
 * @param ruleSets the names of the rule sets (勾稽规则) that check data under this profile
 * @param tolerance how much rounding difference figures transcribed in 万元 may show
 * @param source where the profile file starts
 * @param files the profile's directory, for the other files read for it (narrative phrasing, document layout)
 * @param narrative what the narrative must explain (the change that needs a stated reason)
 * @param consolidation the working tables and rule sets a department's consolidation (汇总) adds
 */
public record Profile(
        String id,
        String name,
        int fiscalYear,
        Catalog functions,
        Catalog economics,
        List<ClassCode> classLines,
        Presentation presentation,
        List<TableDefinition> tables,
        List<String> ruleSets,
        Tolerance tolerance,
        SourceRef source,
        ProfileFiles files,
        NarrativeSettings narrative,
        ConsolidationSettings consolidation) {

    /** Creates a profile. */
    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(functions, "functions");
        Objects.requireNonNull(economics, "economics");
        classLines = List.copyOf(classLines);
        Objects.requireNonNull(presentation, "presentation");
        tables = List.copyOf(tables);
        ruleSets = List.copyOf(ruleSets);
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(consolidation, "consolidation");
    }

    /** Creates a profile without consolidation tables or rules ({@link ConsolidationSettings#NONE}). */
    public Profile(
            String id,
            String name,
            int fiscalYear,
            Catalog functions,
            Catalog economics,
            List<ClassCode> classLines,
            Presentation presentation,
            List<TableDefinition> tables,
            List<String> ruleSets,
            Tolerance tolerance,
            SourceRef source,
            ProfileFiles files,
            NarrativeSettings narrative) {
        this(
                id,
                name,
                fiscalYear,
                functions,
                economics,
                classLines,
                presentation,
                tables,
                ruleSets,
                tolerance,
                source,
                files,
                narrative,
                ConsolidationSettings.NONE);
    }

    /** Returns the table with the given id. */
    public Optional<TableDefinition> table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }
}
