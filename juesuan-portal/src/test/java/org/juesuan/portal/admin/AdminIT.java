package org.juesuan.portal.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.juesuan.portal.PortalApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The administration flows on H2 in PostgreSQL mode, in a data directory of its own, without examples. */
@SpringBootTest(classes = {PortalApplication.class, AdminFlows.FixedClock.class})
@AutoConfigureMockMvc
class AdminIT extends AdminFlows {

    private static final Path DATA = dataDirectory();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("juesuan.data", DATA::toString);
        registry.add("juesuan.examples", () -> DATA.resolve("no-examples").toString());
    }

    private static Path dataDirectory() {
        try {
            Path target = Files.createDirectories(Path.of("target", "admin-it"));
            return Files.createTempDirectory(target.toAbsolutePath(), "data-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
