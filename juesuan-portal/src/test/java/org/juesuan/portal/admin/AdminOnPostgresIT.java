package org.juesuan.portal.admin;

import java.nio.file.Path;
import org.juesuan.portal.EmbeddedPostgresServer;
import org.juesuan.portal.PortalApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The administration flows on PostgreSQL (17, from Maven artifacts), migration V5 included. */
@SpringBootTest(classes = {PortalApplication.class, AdminFlows.FixedClock.class, EmbeddedPostgresServer.class})
@AutoConfigureMockMvc
@DirtiesContext
class AdminOnPostgresIT extends AdminFlows {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("juesuan.examples", () -> Path.of("target", "no-examples").toString());
    }
}
