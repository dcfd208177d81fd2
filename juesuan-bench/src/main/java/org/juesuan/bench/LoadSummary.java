package org.juesuan.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a load run measured (压测结果): requests completed per second and the latency distribution, with exact
 * percentiles (every latency kept and sorted, nearest-rank method: the p-th percentile is the smallest latency such
 * that at least p % of the requests took no longer).
 *
 * @param requests requests completed within the measured interval
 * @param errors requests that failed (an error status or a broken connection)
 * @param seconds the length of the measured interval
 * @param p50 the median latency, in nanoseconds
 * @param p90 the 90th percentile, in nanoseconds
 * @param p99 the 99th percentile, in nanoseconds
 * @param max the longest latency, in nanoseconds
 */
public record LoadSummary(long requests, long errors, double seconds, long p50, long p90, long p99, long max) {

    /**
     * Summarises the latencies of every connection.
     *
     * @param latencies per connection, the latencies of its completed requests in nanoseconds
     * @param counts per connection, how many entries of its array are used
     * @param errors failed requests
     * @param nanos the length of the measured interval in nanoseconds
     */
    public static LoadSummary of(long[][] latencies, int[] counts, long errors, long nanos) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < latencies.length; i++) {
            System.arraycopy(latencies[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new LoadSummary(
                total,
                errors,
                nanos / 1e9,
                percentile(all, 50),
                percentile(all, 90),
                percentile(all, 99),
                total == 0 ? 0 : all[total - 1]);
    }

    /** Returns the nearest-rank percentile of sorted values, 0 if there are none. */
    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        // rank = ceil(percent / 100 * n), in integers
        long rank = ((long) percent * sorted.length + 99) / 100;
        return sorted[(int) Math.max(rank, 1) - 1];
    }

    /** Returns the requests completed per second. */
    public double requestsPerSecond() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    /** Returns one line for the report: requests/s, percentiles and maximum in milliseconds, errors. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "requests %d in %.1f s = %.1f requests/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms; errors %d",
                requests,
                seconds,
                requestsPerSecond(),
                p50 / 1e6,
                p90 / 1e6,
                p99 / 1e6,
                max / 1e6,
                errors);
    }
}
