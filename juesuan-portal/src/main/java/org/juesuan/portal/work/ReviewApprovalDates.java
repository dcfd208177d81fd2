package org.juesuan.portal.work;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.portal.site.UnitApprovalDates;
import org.juesuan.portal.store.WorkflowRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The approval dates the review records (审核批复日期): a unit's final accounts count as approved on the day, in
 * Beijing time, a reviewer of its region first approved a version of them. The coverage tracker then gives that unit
 * its own deadline, 20 days later, instead of its region's.
 *
 * <p>Thread-safe.
 */
@Component
final class ReviewApprovalDates implements UnitApprovalDates {

    private final WorkflowRepository workflow;
    private final ZoneId zone;

    ReviewApprovalDates(WorkflowRepository workflow, @Value("${juesuan.zone:Asia/Shanghai}") String zone) {
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.zone = ZoneId.of(zone);
    }

    @Override
    public Optional<LocalDate> approvedOn(long unitId, int fiscalYear) {
        return workflow.firstApproval(unitId, fiscalYear)
                .map(at -> at.atZoneSameInstant(zone).toLocalDate());
    }
}
