package org.juesuan.portal.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log (操作日志): every change of state is recorded with who, when and what. Entries are only ever added.
 *
 * <p>Thread-safe; runs in the caller's transaction, so an entry stands or falls with the change it records.
 */
@Component
public final class AuditLogRepository {

    /** The object type of a version. */
    public static final String VERSION = "version";

    /** The object type of a user. */
    public static final String USER = "user";

    private final JdbcClient jdbc;

    /** Creates the repository over a JDBC client. */
    public AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Records an entry and returns its id. */
    public long record(
            OffsetDateTime at,
            String actor,
            String action,
            String objectType,
            @Nullable Long objectId,
            String details) {
        return UnitRepository.insert(
                jdbc.sql("INSERT INTO audit_log (happened_at, actor, action, object_type, object_id, details)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(at, actor, action, objectType, objectId, details));
    }

    /** Returns the entries about one object, oldest first. */
    public List<AuditEntry> entries(String objectType, long objectId) {
        return jdbc.sql("SELECT id, happened_at, actor, action, object_type, object_id, details FROM audit_log"
                        + " WHERE object_type = ? AND object_id = ? ORDER BY happened_at, id")
                .params(objectType, objectId)
                .query((row, n) -> new AuditEntry(
                        row.getLong("id"),
                        row.getObject("happened_at", OffsetDateTime.class),
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("object_type"),
                        row.getObject("object_id", Long.class),
                        row.getString("details")))
                .list();
    }
}
