package org.juesuan.portal.admin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.juesuan.portal.PortalApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The administration flows on PostgreSQL (17, from Maven artifacts), migration V5 included. */
@SpringBootTest(classes = {PortalApplication.class, AdminFlows.FixedClock.class, AdminOnPostgresIT.Server.class})
@AutoConfigureMockMvc
@DirtiesContext
class AdminOnPostgresIT extends AdminFlows {

    /** The server lives and dies with the application context. */
    @TestConfiguration
    static class Server {
        @Bean(destroyMethod = "close")
        EmbeddedPostgres postgres() throws IOException {
            return EmbeddedPostgres.builder().start();
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            return postgres.getPostgresDatabase();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("juesuan.examples", () -> Path.of("target", "no-examples").toString());
    }
}
