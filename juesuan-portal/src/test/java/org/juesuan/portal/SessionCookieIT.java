package org.juesuan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The session cookie as a browser gets it from the real server (会话Cookie): HttpOnly, SameSite=Lax, and Secure once
 * {@code juesuan.secure-cookie} says the site is served over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "cookie-it")).toAbsolutePath(), "data-");
        registry.add("juesuan.data", data::toString);
        registry.add("juesuan.examples", () -> data.resolve("no-examples").toString());
        registry.add("juesuan.secure-cookie", () -> "true");
    }

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndSecure() throws Exception {
        // the login form carries a CSRF token, which lives in the session: the page starts one
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax")
                .containsIgnoringCase("; Secure"));
        assertThat(login.body()).contains("name=\"_csrf\"");
    }
}
