package org.juesuan.portal.admin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.store.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the audit log (操作日志查询): newest first, filtered by actor, action and object, one page at a time.
 *
 * <p>Thread-safe; reads only.
 */
@Component
public final class AuditSearch {

    private final JdbcClient jdbc;

    /** Creates the search over a JDBC client. */
    public AuditSearch(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /**
     * What to look for; a null or blank field matches everything.
     *
     * @param actor the actor, exactly
     * @param action the action, exactly
     * @param objectType the kind of object, exactly
     * @param objectId the object's id
     */
    public record Filter(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String objectType,
            @Nullable Long objectId) {}

    /**
     * One page of entries.
     *
     * @param entries the entries of the page, newest first
     * @param total how many entries match in all
     */
    public record Page(List<AuditEntry> entries, long total) {}

    /** Returns the page of entries that match, {@code size} entries after skipping {@code offset}. */
    public Page search(Filter filter, long offset, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, "actor", filter.actor());
        condition(where, params, "action", filter.action());
        condition(where, params, "object_type", filter.objectType());
        if (filter.objectId() != null) {
            where.append(" AND object_id = ?");
            params.add(filter.objectId());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add(offset);
        List<AuditEntry> entries = jdbc.sql(
                        "SELECT id, happened_at, actor, action, object_type, object_id, details FROM audit_log" + where
                                + " ORDER BY happened_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(paged)
                .query((row, n) -> new AuditEntry(
                        row.getLong("id"),
                        row.getObject("happened_at", OffsetDateTime.class),
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("object_type"),
                        row.getObject("object_id", Long.class),
                        row.getString("details")))
                .list();
        return new Page(entries, total);
    }

    /** Returns the actions recorded so far, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action")
                .query(String.class)
                .list();
    }

    /** Returns the kinds of object recorded so far, for the filter's choices. */
    public List<String> objectTypes() {
        return jdbc.sql("SELECT DISTINCT object_type FROM audit_log ORDER BY object_type")
                .query(String.class)
                .list();
    }

    private static void condition(StringBuilder where, List<Object> params, String column, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value.strip());
        }
    }
}
