package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoalCheckTest {
    static Measurement measured(SinkUnderTest sink, WorkloadKind workload, long events, long applyMs, long workerCpuMs) {
        return new Measurement(sink, workload, events, Duration.ofMillis(500), Duration.ofMillis(applyMs),
                Duration.ofMillis(workerCpuMs), Duration.ofMillis(applyMs / 4), Duration.ofMillis(300));
    }

    @ParameterizedTest(name = "{0} events in {1} ms with {2} ms CPU")
    @CsvSource({"50000, 10000, 20000, 5000, 400, 50", "1000, 200, 1000, 5000, 1000, 50", "3, 3000, 3, 1, 1000, 250000"})
    void figuresPerSecondAndPerThousandRows(long events, long applyMs, long cpuMs, double rowsPerSecond,
            double cpuPer1000, double downstreamPer1000) {
        Measurement m = measured(SinkUnderTest.DM_CONNECT, WorkloadKind.INSERT_ONLY, events, applyMs, cpuMs);
        assertThat(m.rowsPerSecond()).isCloseTo(rowsPerSecond, within(1e-9));
        assertThat(m.workerCpuMsPer1000Rows()).isCloseTo(cpuPer1000, within(1e-9));
        assertThat(m.downstreamCpuMsPer1000Rows()).isCloseTo(downstreamPer1000, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "10, 0", "10, -1"})
    void aMeasurementNeedsEventsAndTime(long events, long applyMs) {
        assertThatIllegalArgumentException().isThrownBy(
                () -> measured(SinkUnderTest.DM_CONNECT, WorkloadKind.MIXED, events, applyMs, 1));
    }

    @ParameterizedTest(name = "ours {0} ms/{1} ms CPU vs peer {2} ms/{3} ms CPU")
    @CsvSource({
        // exactly the goal: 10x the rows/s at 1/10 of the CPU per row
        "1000, 60, 10000, 600, 10.0, 0.1, true, true, 1.0, 1.0",
        // twice as fast, same CPU per row: 5x short on throughput, 10x over on CPU
        "5000, 600, 10000, 600, 2.0, 1.0, false, false, 5.0, 10.0",
        // faster than the goal but CPU just above a tenth
        "500, 606, 10000, 6000, 20.0, 0.101, true, false, 0.5, 1.01",
        // slower than the peer
        "20000, 1200, 10000, 600, 0.5, 2.0, false, false, 20.0, 20.0",
    })
    void eachDmConnectSinkIsComparedWithThePeerOnTheSameWorkload(long oursMs, long oursCpu, long peerMs, long peerCpu,
            double throughputRatio, double cpuRatio, boolean throughputMet, boolean cpuMet, double throughputShort,
            double cpuShort) {
        List<SinkResult> results = List.of(
                new SinkResult.Measured(measured(SinkUnderTest.DM_CONNECT, WorkloadKind.MIXED, 60_000, oursMs, oursCpu)),
                new SinkResult.Measured(measured(SinkUnderTest.DEBEZIUM_JDBC, WorkloadKind.MIXED, 60_000, peerMs, peerCpu)));
        assertThat(GoalCheck.of(results)).singleElement().satisfies(c -> {
            assertThat(c.sink()).isEqualTo(SinkUnderTest.DM_CONNECT);
            assertThat(c.workload()).isEqualTo(WorkloadKind.MIXED);
            assertThat(c.throughputRatio()).isCloseTo(throughputRatio, within(1e-9));
            assertThat(c.cpuRatio()).isCloseTo(cpuRatio, within(1e-9));
            assertThat(c.throughputMet()).isEqualTo(throughputMet);
            assertThat(c.cpuMet()).isEqualTo(cpuMet);
            assertThat(c.throughputShortfall()).isCloseTo(throughputShort, within(1e-9));
            assertThat(c.cpuShortfall()).isCloseTo(cpuShort, within(1e-9));
        });
    }

    @Test
    void onlyMeasuredResultsOfTheSameWorkloadArePaired() {
        List<SinkResult> results = List.of(
                new SinkResult.Measured(measured(SinkUnderTest.DM_CONNECT, WorkloadKind.INSERT_ONLY, 100, 100, 10)),
                new SinkResult.Measured(measured(SinkUnderTest.DM_CONNECT_MERGED, WorkloadKind.INSERT_ONLY, 100, 50, 10)),
                new SinkResult.Measured(measured(SinkUnderTest.DEBEZIUM_JDBC, WorkloadKind.INSERT_ONLY, 100, 200, 20)),
                // no peer figure for mixed: no check
                new SinkResult.Measured(measured(SinkUnderTest.DM_CONNECT, WorkloadKind.MIXED, 100, 100, 10)),
                new SinkResult.Failed(SinkUnderTest.DEBEZIUM_JDBC, WorkloadKind.MIXED, "boom"),
                // a failed dm-connect run has nothing to compare
                new SinkResult.Failed(SinkUnderTest.DM_CONNECT, WorkloadKind.HOT_KEY, "boom"),
                new SinkResult.Measured(measured(SinkUnderTest.DEBEZIUM_JDBC, WorkloadKind.HOT_KEY, 100, 200, 20)));
        assertThat(GoalCheck.of(results)).extracting(GoalCheck::sink, GoalCheck::workload, GoalCheck::throughputRatio)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SinkUnderTest.DM_CONNECT, WorkloadKind.INSERT_ONLY, 2.0),
                        org.assertj.core.groups.Tuple.tuple(SinkUnderTest.DM_CONNECT_MERGED, WorkloadKind.INSERT_ONLY, 4.0));
    }
}
