package org.juesuan.portal.admin;

import java.nio.file.Path;
import org.juesuan.portal.PortalApplication;
import org.juesuan.portal.TestDirectories;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The administration flows on H2 in PostgreSQL mode, in a data directory of its own, without examples. */
@SpringBootTest(classes = {PortalApplication.class, AdminFlows.FixedClock.class})
@AutoConfigureMockMvc
class AdminIT extends AdminFlows {

    private static final Path DATA = TestDirectories.fresh("admin-it", "data-");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("juesuan.data", DATA::toString);
        registry.add("juesuan.examples", () -> DATA.resolve("no-examples").toString());
    }
}
