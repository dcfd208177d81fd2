package org.juesuan.portal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * The H2 trigger that keeps published versions immutable (已公开版本不可修改): on {@code versions} it refuses any
 * UPDATE or DELETE of a row whose state is {@code PUBLISHED}; on {@code version_files} and {@code version_findings}
 * it refuses any INSERT, UPDATE or DELETE of a file or finding whose version is published. PostgreSQL has the same
 * rules in PL/pgSQL ({@code db/migration/postgresql}); the migrations {@code db/migration/h2} attach this class to
 * the three tables.
 *
 * <p>H2 creates one instance per trigger and table. Stateless after {@link #init}; thread-safe.
 */
public final class PublishedGuard implements Trigger {

    /** The SQL state of the refusal, as PostgreSQL's {@code restrict_violation}. */
    static final String SQL_STATE = "23001";

    private boolean files;
    private String what = "文件";
    private int column = -1;

    /** Creates the trigger; H2 calls this, then {@link #init}. */
    public PublishedGuard() {}

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        boolean findings = table.equalsIgnoreCase("version_findings");
        files = findings || table.equalsIgnoreCase("version_files");
        what = findings ? "校验发现" : "文件";
        if (!files && !table.equalsIgnoreCase("versions")) {
            throw new SQLException("PublishedGuard guards versions, version_files and version_findings, not " + table);
        }
        String wanted = files ? "version_id" : "state";
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).equals(wanted)) {
                    column = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        if (column < 0) {
            throw new SQLException("no column " + wanted + " in " + table);
        }
    }

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow)
            throws SQLException {
        if (files) {
            if (oldRow != null && isPublished(connection, oldRow[column])) {
                throw refusal("已公开版本的" + what + "不可修改或删除（版本 " + oldRow[column] + "）");
            }
            if (newRow != null && isPublished(connection, newRow[column])) {
                throw refusal("已公开版本的" + what + "不可修改或删除（版本 " + newRow[column] + "）");
            }
        } else if (oldRow != null && "PUBLISHED".equals(oldRow[column])) {
            throw refusal("已公开的版本不可修改或删除（版本 " + oldRow[0] + "）");
        }
    }

    private static boolean isPublished(Connection connection, @Nullable Object versionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT state FROM versions WHERE id = ?")) {
            query.setObject(1, versionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && "PUBLISHED".equals(row.getString(1));
            }
        }
    }

    private static SQLException refusal(String message) {
        return new SQLException(message, SQL_STATE);
    }
}
