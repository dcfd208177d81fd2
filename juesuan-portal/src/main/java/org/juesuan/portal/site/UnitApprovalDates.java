package org.juesuan.portal.site;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A unit's own approval date (单位批复日期), where one is known, which then overrides its region's for the coverage
 * tracker: the unit's deadline is that date plus 20 days. Without such a bean every unit takes its region's approval
 * date and deadline. The review offers the day a reviewer first approved a version of
 * the unit's accounts ({@code org.juesuan.portal.work.ReviewApprovalDates}).
 */
public interface UnitApprovalDates {

    /** Returns the approval date of a unit's final accounts of a fiscal year, if known. */
    Optional<LocalDate> approvedOn(long unitId, int fiscalYear);

    /** Returns the dates of no unit: every unit takes its region's. */
    static UnitApprovalDates none() {
        return (unitId, fiscalYear) -> Optional.empty();
    }
}
