package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotGoalTest {
    static final LegCpu CPU = new LegCpu(Duration.ofSeconds(4), Duration.ofSeconds(2), Duration.ofSeconds(1),
            Duration.ofSeconds(3), Duration.ZERO);

    static LegResult.Measured measured(SnapshotLeg leg, long rows, long millis) {
        return new LegResult.Measured(leg, rows, Duration.ofMillis(millis), CPU);
    }

    @ParameterizedTest(name = "dump {0} ms, debezium {1} ms, dm-connect {2} ms")
    @CsvSource({
        // exactly both goals: 10x Debezium, half the dump's rate
        "1000, 20000, 2000, 10.0, 2.0, true, true",
        // faster than the dump and 50x Debezium
        "3000, 100000, 2000, 50.0, 0.666666666667, true, true",
        // 4x Debezium, 3x slower than the dump
        "1000, 12000, 3000, 4.0, 3.0, false, false",
        // just short of 10x
        "1000, 19999, 2000, 9.9995, 2.0, false, true",
    })
    void dmConnectIsComparedWithDebeziumAndTheDump(long dumpMs, long debeziumMs, long dmMs, double overDebezium,
            double dumpOver, boolean peerMet, boolean dumpMet) {
        SnapshotGoal goal = SnapshotGoal.of(List.of(measured(SnapshotLeg.MARIADB_DUMP, 100_000, dumpMs),
                measured(SnapshotLeg.DEBEZIUM, 100_000, debeziumMs), measured(SnapshotLeg.DM_CONNECT, 100_000, dmMs)));
        assertThat(goal.dmOverDebezium().getAsDouble()).isCloseTo(overDebezium, within(1e-9));
        assertThat(goal.dumpOverDm().getAsDouble()).isCloseTo(dumpOver, within(1e-9));
        assertThat(goal.peerMet()).isEqualTo(peerMet);
        assertThat(goal.dumpMet()).isEqualTo(dumpMet);
    }

    @Test
    void aFailedOrMissingLegLeavesItsRatioUnmeasuredAndItsGoalUnmet() {
        SnapshotGoal goal = SnapshotGoal.of(List.of(measured(SnapshotLeg.MARIADB_DUMP, 100, 1000),
                new LegResult.Failed(SnapshotLeg.DM_CONNECT, "boom"), measured(SnapshotLeg.DEBEZIUM, 100, 100_000)));
        assertThat(goal.dmOverDebezium()).isEmpty();
        assertThat(goal.dumpOverDm()).isEmpty();
        assertThat(goal.peerMet()).isFalse();
        assertThat(goal.dumpMet()).isFalse();
        assertThat(SnapshotGoal.of(List.of(measured(SnapshotLeg.DM_CONNECT, 100, 1000))).dmOverDebezium()).isEmpty();
    }

    @Test
    void aLegsFiguresArePerSecondAndPerThousandRowsOfAllProcesses() {
        LegResult.Measured m = measured(SnapshotLeg.DM_CONNECT, 20_000, 4_000);
        assertThat(m.rowsPerSecond()).isCloseTo(5_000, within(1e-9));
        // 4 + 2 + 1 + 3 s of CPU for 20 000 rows
        assertThat(m.cpuMsPer1000Rows()).isCloseTo(500, within(1e-9));
        assertThat(CPU.since(new LegCpu(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO,
                Duration.ofSeconds(3), Duration.ZERO))).isEqualTo(new LegCpu(Duration.ofSeconds(3), Duration.ofSeconds(1),
                        Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO));
    }
}
