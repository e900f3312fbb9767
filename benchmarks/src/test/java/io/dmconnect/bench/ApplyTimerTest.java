package io.dmconnect.bench;

import static io.dmconnect.bench.DownstreamState.CHANGED;
import static io.dmconnect.bench.DownstreamState.CONVERGED;
import static io.dmconnect.bench.DownstreamState.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplyTimerTest {
    /** A probe at {@code ms} after creation; the worker burns 1 ms CPU per ms, the downstream 0.5. */
    private static Sample at(long ms) {
        return new Sample(ms * 1_000_000L, Duration.ofMillis(1000 + ms), Duration.ofMillis(500 + ms / 2));
    }

    private record Probe(long ms, DownstreamState state) {
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                // empty at 200 and 400, first rows at 600, equal at 1400: start-up 400, apply 1000
                Arguments.of(List.of(new Probe(200, UNCHANGED), new Probe(400, UNCHANGED), new Probe(600, CHANGED),
                        new Probe(1000, CHANGED), new Probe(1400, CONVERGED)), 400, 1000),
                // converged at the first probe: the window opens at creation
                Arguments.of(List.of(new Probe(300, CONVERGED)), 0, 300),
                // an empty probe after rows were seen does not move the window's start
                Arguments.of(List.of(new Probe(200, UNCHANGED), new Probe(400, CHANGED), new Probe(600, UNCHANGED),
                        new Probe(800, CONVERGED)), 200, 600),
                // probes after convergence change nothing
                Arguments.of(List.of(new Probe(200, CHANGED), new Probe(400, CONVERGED), new Probe(600, CHANGED),
                        new Probe(800, CONVERGED)), 0, 400));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void theWindowRunsFromTheLastEmptyProbeToTheFirstEqualOne(List<Probe> probes, long startupMs, long applyMs) {
        ApplyTimer timer = new ApplyTimer(SinkUnderTest.DM_CONNECT, WorkloadKind.MIXED, 60_000, at(0));
        for (Probe p : probes) {
            timer.observe(at(p.ms()), p.state());
        }
        Measurement m = timer.measurement();
        assertThat(m.startup()).isEqualTo(Duration.ofMillis(startupMs));
        assertThat(m.apply()).isEqualTo(Duration.ofMillis(applyMs));
        // CPU is read at the same probes as the time
        assertThat(m.workerCpu()).isEqualTo(Duration.ofMillis(applyMs));
        assertThat(m.downstreamCpu()).isEqualTo(Duration.ofMillis((startupMs + applyMs) / 2 - startupMs / 2));
        assertThat(m.startupWorkerCpu()).isEqualTo(Duration.ofMillis(startupMs));
        assertThat(m.events()).isEqualTo(60_000);
        assertThat(m.sink()).isEqualTo(SinkUnderTest.DM_CONNECT);
        assertThat(m.workload()).isEqualTo(WorkloadKind.MIXED);
    }

    @Test
    void noMeasurementBeforeConvergence() {
        ApplyTimer timer = new ApplyTimer(SinkUnderTest.DEBEZIUM_JDBC, WorkloadKind.HOT_KEY, 10, at(0));
        timer.observe(at(100), UNCHANGED);
        timer.observe(at(200), CHANGED);
        assertThat(timer.done()).isFalse();
        assertThatIllegalStateException().isThrownBy(timer::measurement);
        timer.observe(at(300), CONVERGED);
        assertThat(timer.done()).isTrue();
    }
}
