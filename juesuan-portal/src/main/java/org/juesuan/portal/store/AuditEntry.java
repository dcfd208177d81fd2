package org.juesuan.portal.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log (操作日志): who did what to which object, and when.
 *
 * @param id the entry's id
 * @param at when it happened
 * @param actor who did it: a user name, or 系统 for the portal itself
 * @param action what was done, in Chinese, e.g. 示例导入
 * @param objectType the kind of object, e.g. {@code version}
 * @param objectId the object's id, if any
 * @param details what a reader needs to know, in Chinese
 */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String actor,
        String action,
        String objectType,
        @Nullable Long objectId,
        String details) {

    /** Creates an entry. */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(details, "details");
    }
}
