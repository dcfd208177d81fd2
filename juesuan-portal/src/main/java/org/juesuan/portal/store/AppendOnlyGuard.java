package org.juesuan.portal.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * The H2 trigger that keeps the audit log append-only (操作日志只增不改): attached to UPDATE and DELETE of
 * {@code audit_log} by the migration {@code db/migration/h2}, it refuses every such change. PostgreSQL has the same
 * rule in PL/pgSQL ({@code db/migration/postgresql}).
 *
 * <p>Stateless; thread-safe.
 */
public final class AppendOnlyGuard implements Trigger {

    /** Creates the trigger; H2 calls this. */
    public AppendOnlyGuard() {}

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow)
            throws SQLException {
        throw new SQLException("操作日志只能追加，不可修改或删除", PublishedGuard.SQL_STATE);
    }
}
