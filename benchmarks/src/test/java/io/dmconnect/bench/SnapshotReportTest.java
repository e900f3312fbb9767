package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotReportTest {
    private static final BenchPaths PATHS = new BenchPaths(Path.of("p"), Path.of("q"), Path.of("a"), Path.of("r"),
            Path.of("w"), Path.of("f"));
    private static final SnapshotConfig CONFIG = new SnapshotConfig(100_000, 10_000, SnapshotConfig.DEFAULT_LEGS,
            SnapshotConfig.DEFAULT_DM, false, ConverterChoice.JSON, Duration.ofHours(1), Duration.ofMillis(200), "2g", PATHS);
    private static final RunFacts RUN = new RunFacts("2026-11-21T17:00:00Z", "java -cp b.jar S --rows 100000",
            "10.11.19-MariaDB", "4.3.1", Map.of(ConnectorConfigs.DM_SOURCE_CLASS, "0.1.0", ConnectorConfigs.DM_SINK_CLASS,
                    "0.1.0", ConnectorConfigs.DEBEZIUM_SOURCE_CLASS, "3.5.0.Final"), "3.00 2.00 1.00");
    private static final MachineFacts MACHINE = new MachineFacts("AMD EPYC", 2, 24105, "0.40 0.80 1.10", "OpenJDK 17",
            "Linux 6.1");

    private static LegCpu cpu(long worker, long downstream, long clients) {
        return new LegCpu(Duration.ofMillis(worker), Duration.ofMillis(500), Duration.ofMillis(250),
                Duration.ofMillis(downstream), Duration.ofMillis(clients));
    }

    @Test
    void theReportStatesTheRunEachLegAndTheGoalVerdicts() {
        List<LegResult> results = List.of(
                new LegResult.Measured(SnapshotLeg.MARIADB_DUMP, 100_000, Duration.ofSeconds(2), cpu(0, 1_500, 750)),
                new LegResult.Measured(SnapshotLeg.DM_CONNECT, 100_000, Duration.ofSeconds(5), cpu(6_000, 2_000, 0)),
                new LegResult.Measured(SnapshotLeg.DEBEZIUM, 100_000, Duration.ofSeconds(40), cpu(50_000, 1_250, 0)));
        assertThat(SnapshotReport.markdown(RUN, MACHINE, CONFIG, Duration.ofMillis(3_210), results)).isEqualTo("""
                ### Run of 2026-11-21T17:00:00Z

                - Command: `java -cp b.jar S --rows 100000`
                - Machine: AMD EPYC, 2 logical CPUs, 24105 MB RAM; Linux 6.1; OpenJDK 17
                - Load average (1/5/15 min) before: 0.40 0.80 1.10; after: 3.00 2.00 1.00
                - Software: MariaDB 10.11.19-MariaDB, Kafka 4.3.1, dm-connect source 0.1.0 and sink 0.1.0, Debezium MariaDB source 3.5.0.Final and JDBC sink ?; converter json
                - Data: sbtest.sbtest1, 100000 rows (sysbench's table), loaded upstream in 3.21 s (not measured)
                - dm-connect (c): source tasks.max=2, snapshot.chunk.size=8192; topic partitions 1; sink tasks.max=1, worker.count=16, batch.size=500, multiple.rows=true; source producer overrides: none (Connect's default producer) (Debezium's source: Connect's default)

                Each leg alone, in this order, into its own empty downstream; seconds from the pipe's start or the connectors' creation to the downstream holding every row (checksum verified afterwards). CPU seconds during that time:

                | leg | rows | seconds | rows/s | worker CPU s | broker CPU s | upstream CPU s | downstream CPU s | dump + client CPU s | all CPU ms / 1000 rows |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | (a) mariadb-dump | 100000 | 2.00 | 50,000 | 0.00 | 0.50 | 0.25 | 1.50 | 0.75 | 30 |
                | (c) dm-connect | 100000 | 5.00 | 20,000 | 6.00 | 0.50 | 0.25 | 2.00 | 0.00 | 88 |
                | (b) debezium | 100000 | 40.00 | 2,500 | 50.00 | 0.50 | 0.25 | 1.25 | 0.00 | 520 |

                Against the goal:

                | goal | ratio | verdict |
                |---|---:|---|
                | (c) at least 10× (b)'s rows/s | 8.00× | MISS: (c) must get 1.25× faster |
                | (c) within 2× of (a): (a)'s rows/s / (c)'s at most 2 | 2.50× | MISS: (c) must get 1.25× faster |
                """);
    }

    @Test
    void aFailedLegIsReportedWithItsReasonAndLeavesItsGoalsUnmeasured() {
        List<LegResult> results = List.of(
                new LegResult.Measured(SnapshotLeg.MARIADB_DUMP, 100_000, Duration.ofSeconds(2), cpu(0, 1_500, 750)),
                new LegResult.Failed(SnapshotLeg.DM_CONNECT, "not complete | after\n60 s"),
                new LegResult.Measured(SnapshotLeg.DEBEZIUM, 100_000, Duration.ofSeconds(40), cpu(50_000, 1_250, 0)));
        String md = SnapshotReport.markdown(RUN, MACHINE, CONFIG, Duration.ofSeconds(3), results);
        assertThat(md).contains("| (c) dm-connect | failed: not complete \\| after 60 s | | | | | | | | |\n")
                .contains("| (c) at least 10× (b)'s rows/s | – | not measured: a leg failed or did not run |")
                .doesNotContain("PASS");
    }

    @Test
    void aGoalMetSaysPass() {
        List<LegResult> results = List.of(
                new LegResult.Measured(SnapshotLeg.MARIADB_DUMP, 100_000, Duration.ofSeconds(2), cpu(0, 1_500, 750)),
                new LegResult.Measured(SnapshotLeg.DM_CONNECT, 100_000, Duration.ofSeconds(3), cpu(6_000, 2_000, 0)),
                new LegResult.Measured(SnapshotLeg.DEBEZIUM, 100_000, Duration.ofSeconds(40), cpu(50_000, 1_250, 0)));
        assertThat(SnapshotReport.markdown(RUN, MACHINE, CONFIG, Duration.ofSeconds(3), results))
                .contains("| (c) at least 10× (b)'s rows/s | 13.33× | PASS |")
                .contains("| (c) within 2× of (a): (a)'s rows/s / (c)'s at most 2 | 1.50× | PASS |");
    }
}
