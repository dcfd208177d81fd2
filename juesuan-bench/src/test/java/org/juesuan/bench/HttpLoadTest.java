package org.juesuan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The load generator (HTTP 压测工具) against the JDK's own HTTP server: bodies of both kinds, errors counted. */
class HttpLoadTest {

    @Test
    void readsChunkedAndSizedBodiesAndStopsAtTheirEnd() throws IOException {
        String responses = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n3;x=y\r\nabc\r\n0\r\n\r\n"
                + "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnone";
        ByteArrayInputStream in = new ByteArrayInputStream(responses.getBytes(StandardCharsets.US_ASCII));
        assertThat(HttpLoad.read(in)).isEqualTo(new HttpLoad.Response(200, 8, false));
        assertThat(HttpLoad.read(in)).isEqualTo(new HttpLoad.Response(404, 4, true));
        assertThat(in.available()).isZero();
    }

    @Test
    void countsRequestsAndErrorsOfARunningServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger served = new AtomicInteger();
        byte[] page = "<html>决算</html>".repeat(100).getBytes(StandardCharsets.UTF_8);
        server.createContext("/page", exchange -> {
            served.incrementAndGet();
            // length 0: a chunked body
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            LoadSummary ok = new HttpLoad(URI.create(base + "/page"), 4).run(200, 800);
            assertThat(ok.requests()).isPositive();
            assertThat(ok.errors()).isZero();
            assertThat(served.get())
                    .as("warm-up requests are served but not counted")
                    .isGreaterThan((int) ok.requests());
            assertThat(ok.p50()).isPositive().isLessThanOrEqualTo(ok.p99());
            assertThat(ok.p99()).isLessThanOrEqualTo(ok.max());

            LoadSummary missing = new HttpLoad(URI.create(base + "/missing"), 2).run(0, 500);
            assertThat(missing.requests()).isZero();
            assertThat(missing.errors()).isPositive();
        } finally {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
