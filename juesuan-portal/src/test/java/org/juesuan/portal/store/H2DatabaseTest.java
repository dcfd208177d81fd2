package org.juesuan.portal.store;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The database contract on H2 in PostgreSQL mode, as the portal runs it without a configured database. */
class H2DatabaseTest extends DatabaseContract {

    private static final JdbcDataSource DATABASE = new JdbcDataSource();

    @BeforeAll
    static void migrate() {
        DATABASE.setURL("jdbc:h2:mem:contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        MigrateResult result = migrate(DATABASE, "h2");
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(7);
    }

    @Override
    DataSource database() {
        return DATABASE;
    }

    @Override
    String vendor() {
        return "h2";
    }
}
