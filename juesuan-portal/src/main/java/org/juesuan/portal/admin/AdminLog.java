package org.juesuan.portal.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.juesuan.portal.store.AuditLogRepository;
import org.springframework.stereotype.Component;

/**
 * The audit log as the administration pages write it (管理操作日志): who, now, what, on which region or unit.
 */
@Component
final class AdminLog {

    /** The object type of a region and of its settings (default profile, deadlines). */
    static final String REGION = "region";

    /** The object type of a unit. */
    static final String UNIT = "unit";

    private final AuditLogRepository audit;
    private final Clock clock;

    AdminLog(AuditLogRepository audit, Clock clock) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns the time to stamp a change with. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Records a change, in the caller's transaction. */
    void record(String actor, String action, String objectType, long objectId, String details) {
        audit.record(now(), actor, action, objectType, objectId, details);
    }
}
