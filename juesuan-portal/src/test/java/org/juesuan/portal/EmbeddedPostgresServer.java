package org.juesuan.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A PostgreSQL server for a test's application context (嵌入式 PostgreSQL): version 17, started from Maven artifacts.
 * The server lives and dies with the context: the pool closes first, then the server stops. Tests that use it mark
 * themselves {@code @DirtiesContext} so that no later test reuses a stopped server.
 */
@TestConfiguration
public class EmbeddedPostgresServer {

    /** Starts the server. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres postgres() throws IOException {
        return EmbeddedPostgres.builder().start();
    }

    /** Returns the server's database as the application's data source. */
    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }
}
