package org.juesuan.core.profile;

import java.util.List;

/**
 * What a department's consolidation adds under a profile (汇总设置): the working tables it fills besides the public
 * tables, such as the working paper of the offsets (抵销工作底稿), and the rule sets that check them. No document
 * prints these tables; only the rules of a consolidated view read them.
 *
 * <p>Written in {@code profile.yaml} as {@code consolidation: {tables: [C01], ruleSets: [consolidation-2024]}}, each
 * table defined in {@code tables/<id>.yaml} like the public ones. Immutable and thread-safe.
 *
 * @param tables the working tables, in order
 * @param ruleSets the rule sets that apply to a consolidated view besides the profile's own
 */
public record ConsolidationSettings(List<TableDefinition> tables, List<String> ruleSets) {

    /** A profile without consolidation tables or rules. */
    public static final ConsolidationSettings NONE = new ConsolidationSettings(List.of(), List.of());

    /** Creates the settings. */
    public ConsolidationSettings {
        tables = List.copyOf(tables);
        ruleSets = List.copyOf(ruleSets);
    }
}
