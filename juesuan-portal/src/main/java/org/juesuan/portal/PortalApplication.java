package org.juesuan.portal;

import java.time.Clock;
import org.juesuan.app.prepare.Definitions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The publishing portal (决算公开平台): a Spring Boot application started by {@code ./juesuan serve}. Without a
 * database configured it keeps its data in an H2 database under {@code ./data/}; on first start it publishes the
 * bundled examples.
 */
@SpringBootApplication
public class PortalApplication {

    /** Starts the portal. */
    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** The catalogs, profiles and rules bundled with Juesuan, loaded once. */
    @Bean
    Definitions definitions() {
        return Definitions.bundled();
    }

    /** The clock that stamps versions and audit entries. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
