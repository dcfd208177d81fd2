package org.juesuan.portal.store;

import java.util.Objects;

/**
 * A disclosure document as the site names it (决算公开文件): whose, of which year, under which profile.
 *
 * @param id the document's id
 * @param unitName the unit's full name
 * @param level the unit's level of government (中央, 省, 市, 区, 县)
 * @param regionId the region's id
 * @param regionName the region's full name
 * @param fiscalYear the fiscal year
 * @param profile the regional profile id, e.g. {@code hubei-2024}
 */
public record DocumentInfo(
        long id, String unitName, String level, long regionId, String regionName, int fiscalYear, String profile) {

    /** Creates the information. */
    public DocumentInfo {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(profile, "profile");
    }

    /** Returns the title, e.g. 某局2024年度部门决算. */
    public String title() {
        return unitName + fiscalYear + "年度部门决算";
    }
}
