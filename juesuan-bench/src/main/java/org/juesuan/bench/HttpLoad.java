package org.juesuan.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator (HTTP 压测工具) for a running portal: N connections, each kept alive by its own
 * thread that sends GET requests back to back, the next as soon as the last response is read. After a warm-up whose
 * requests are discarded, every request that starts and completes within the measured interval has its latency
 * (send to last byte of the body) recorded with {@link System#nanoTime()}; the summary is exact (see
 * {@link LoadSummary}). Any status other than 200 or a broken connection counts as an error and the connection is
 * opened again.
 *
 * <p>Plain sockets and HTTP/1.1 (Content-Length or chunked bodies), no client library, so that the client costs
 * little next to the server on the same machine. It needs nothing of the portal: point it at a served one.
 *
 * <pre>
 * java -cp juesuan-bench/target/benchmarks.jar org.juesuan.bench.HttpLoad \
 *     http://127.0.0.1:8080/disclosures/1 [connections=64] [warm-up seconds=10] [measured seconds=30]
 * </pre>
 */
public final class HttpLoad {

    private final URI uri;
    private final int connections;

    /** Creates a generator for one URL ({@code http} only) over a number of connections. */
    public HttpLoad(URI uri, int connections) {
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http:// URLs: " + uri);
        }
        if (connections < 1) {
            throw new IllegalArgumentException("at least one connection");
        }
        this.uri = uri;
        this.connections = connections;
    }

    /** Runs the load: warm-up, then the measured interval; returns what was measured. */
    public LoadSummary run(long warmUpMillis, long measureMillis) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUpMillis * 1_000_000L;
        long measureTo = measureFrom + measureMillis * 1_000_000L;
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections);
        Thread[] threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            int index = i;
            threads[i] = new Thread(
                    () -> {
                        try {
                            Worker worker = new Worker();
                            worker.loop(measureFrom, measureTo, errors);
                            latencies[index] = worker.latencies;
                            counts[index] = worker.count;
                        } finally {
                            done.countDown();
                        }
                    },
                    "load-" + i);
            threads[i].start();
        }
        done.await();
        for (Thread thread : threads) {
            thread.join();
        }
        return LoadSummary.of(latencies, counts, errors.get(), measureTo - measureFrom);
    }

    /** One connection and its thread's record of latencies. */
    private final class Worker {
        long[] latencies = new long[1 << 14];
        int count;
        private final byte[] request;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Worker() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                path += "?" + uri.getRawQuery();
            }
            int port = uri.getPort() < 0 ? 80 : uri.getPort();
            request = ("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port
                            + "\r\nAccept: */*\r\nUser-Agent: juesuan-httpload\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        void loop(long measureFrom, long measureTo, AtomicLong errors) {
            while (true) {
                long sent = System.nanoTime();
                if (sent >= measureTo) {
                    break;
                }
                boolean ok;
                try {
                    ok = exchange();
                } catch (IOException e) {
                    ok = false;
                    close();
                }
                long received = System.nanoTime();
                if (sent >= measureFrom && received <= measureTo) {
                    if (ok) {
                        record(received - sent);
                    } else {
                        errors.incrementAndGet();
                    }
                }
            }
            close();
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        /** Sends the request and reads the whole response; returns whether the status was 200. */
        private boolean exchange() throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()));
                in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            Response response = read(in);
            if (response.close()) {
                close();
            }
            return response.status() == 200;
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing a broken connection: nothing more to do
                }
                socket = null;
            }
        }
    }

    /**
     * A response as far as the load needs it.
     *
     * @param status the status code
     * @param bodyLength the length of the body read
     * @param close whether the server closes the connection after it
     */
    record Response(int status, long bodyLength, boolean close) {}

    /** Reads one HTTP/1.1 response: the status line, the headers and the body (Content-Length or chunked). */
    static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = parts[0].equals("HTTP/1.0");
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" ->
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {}
            }
        }
        long body = 0;
        if (chunked) {
            while (true) {
                String size = line(in);
                int extension = size.indexOf(';');
                long chunk = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (chunk == 0) {
                    // trailers, then the empty line
                    while (!line(in).isEmpty()) {
                        // skip
                    }
                    break;
                }
                skip(in, chunk);
                body += chunk;
                line(in);
            }
        } else if (length >= 0) {
            skip(in, length);
            body = length;
        } else if (status != 204 && status != 304) {
            // no length: the body runs to the end of the connection
            body = in.transferTo(OutputStream.nullOutputStream());
            close = true;
        }
        return new Response(status, body, close);
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed in a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Runs a load and prints its summary.
     *
     * @param args the URL, then optionally the connections (64), the warm-up seconds (10) and the measured seconds
     *     (30)
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: HttpLoad URL [connections=64] [warm-up seconds=10] [measured seconds=30]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int measure = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        System.out.printf(
                Locale.ROOT, "%s: %d connections, %d s warm-up, %d s measured%n", uri, connections, warmUp, measure);
        LoadSummary summary = new HttpLoad(uri, connections).run(warmUp * 1000L, measure * 1000L);
        System.out.println(summary.line());
    }
}
