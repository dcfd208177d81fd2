package org.juesuan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The arithmetic of a load summary (压测结果计算): exact nearest-rank percentiles over every connection. */
class LoadSummaryTest {

    @Test
    void percentilesAreNearestRankOverAllConnections() {
        // 1 … 100 ms spread over two connections, in no order, with unused room at the ends of the arrays
        long[][] latencies = new long[2][60];
        int[] counts = new int[2];
        for (int ms = 100; ms >= 1; ms--) {
            int connection = ms % 2;
            latencies[connection][counts[connection]++] = ms * 1_000_000L;
        }
        LoadSummary summary = LoadSummary.of(latencies, counts, 3, 2_000_000_000L);
        assertThat(summary.requests()).isEqualTo(100);
        assertThat(summary.errors()).isEqualTo(3);
        assertThat(summary.p50()).isEqualTo(50_000_000L);
        assertThat(summary.p90()).isEqualTo(90_000_000L);
        assertThat(summary.p99()).isEqualTo(99_000_000L);
        assertThat(summary.max()).isEqualTo(100_000_000L);
        assertThat(summary.requestsPerSecond()).isCloseTo(50.0, within(1e-9));
        assertThat(summary.line())
                .contains("50.0 requests/s")
                .contains("p99 99.00 ms")
                .contains("errors 3");
    }

    @Test
    void aRankIsRoundedUp() {
        long[] sorted = {10, 20, 30};
        assertThat(LoadSummary.percentile(sorted, 50)).as("ceil(1.5) = 2nd").isEqualTo(20);
        assertThat(LoadSummary.percentile(sorted, 99)).as("ceil(2.97) = 3rd").isEqualTo(30);
        assertThat(LoadSummary.percentile(sorted, 1)).as("ceil(0.03) = 1st").isEqualTo(10);
        assertThat(LoadSummary.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(LoadSummary.percentile(new long[0], 99)).isZero();
    }

    @Test
    void nothingMeasuredIsZero() {
        LoadSummary summary = LoadSummary.of(new long[][] {new long[4]}, new int[] {0}, 0, 1_000_000_000L);
        assertThat(summary.requests()).isZero();
        assertThat(summary.max()).isZero();
        assertThat(summary.requestsPerSecond()).isZero();
    }
}
