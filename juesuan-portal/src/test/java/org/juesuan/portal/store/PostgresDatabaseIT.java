package org.juesuan.portal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database contract on a real PostgreSQL server (17, from Maven artifacts), the portal's production target: the
 * same migrations, with the PL/pgSQL triggers.
 */
class PostgresDatabaseIT extends DatabaseContract {

    private static EmbeddedPostgres server;
    private static DataSource database;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
        database = server.getPostgresDatabase();
        MigrateResult result = migrate(database, "postgresql");
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(7);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    DataSource database() {
        return database;
    }

    @Override
    String vendor() {
        return "postgresql";
    }

    @Test
    void runsOnPostgreSql() throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet version = connection.createStatement().executeQuery("SHOW server_version_num")) {
            version.next();
            assertThat(version.getInt(1)).isGreaterThanOrEqualTo(170000);
        }
    }

    @Test
    void refusesWithTheSqlStateOfARestrictViolation() {
        VersionRecord version = draft(newDocument());
        assertThat(documents.publish(version.id(), "reviewer", OffsetDateTime.now()))
                .isTrue();
        try {
            execute("DELETE FROM versions WHERE id = ?", version.id());
        } catch (SQLException refused) {
            assertThat(refused.getSQLState()).isEqualTo(PublishedGuard.SQL_STATE);
            return;
        }
        throw new AssertionError("the delete of a published version went through");
    }

    @Test
    void refusesToTruncateTheAuditLog() {
        audit.record(OffsetDateTime.now(), "系统", "示例导入", AuditLogRepository.VERSION, 1L, "原记录");
        try {
            execute("TRUNCATE audit_log");
        } catch (SQLException refused) {
            assertThat(refused.getMessage()).contains("操作日志只能追加");
            return;
        }
        throw new AssertionError("the audit log was truncated");
    }
}
