package org.juesuan.core.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who the accounts belong to (单位信息): the unit, its government, the year and the scope.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the full name, e.g. 武汉市青山区人民政府国有资产监督管理局
 * @param shortName the short name the unit uses in forms, or the full name
 * @param region the region, e.g. 湖北省武汉市青山区
 * @param level the level of government
 * @param unitKind the kind of unit (行政单位, 参照公务员法管理事业单位, 事业单位 …) as written, or empty
 * @param scope 本级 or 汇总
 * @param fiscalYear the fiscal year of the accounts
 * @param publishedOn the publication date, if known
 * @param duties the unit's main duties (部门主要职责), one item each
 * @param organization the 机构设置 statement
 * @param subordinates the units consolidated, for 汇总 (部门决算单位构成), 本级 first
 */
public record UnitInfo(
        String name,
        String shortName,
        String region,
        GovernmentLevel level,
        String unitKind,
        Scope scope,
        int fiscalYear,
        @Nullable LocalDate publishedOn,
        List<String> duties,
        String organization,
        List<String> subordinates) {

    /** Creates unit information. */
    public UnitInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(unitKind, "unitKind");
        Objects.requireNonNull(scope, "scope");
        duties = List.copyOf(duties);
        Objects.requireNonNull(organization, "organization");
        subordinates = List.copyOf(subordinates);
    }

    /** Returns the publication date, if known. */
    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(publishedOn);
    }
}
