package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final BenchPaths PATHS = new BenchPaths(Path.of("p"), Path.of("q"), Path.of("a"), Path.of("r"),
            Path.of("w"), Path.of("f"));
    private static final BenchmarkConfig CONFIG = new BenchmarkConfig(new WorkloadSize(50_000, 1_000, 200), 10_000,
            List.of(WorkloadKind.MIXED), List.of(SinkUnderTest.DM_CONNECT, SinkUnderTest.DEBEZIUM_JDBC),
            ConverterChoice.JSON, Duration.ofSeconds(900), Duration.ofMillis(200), "2g", PATHS);
    private static final RunFacts RUN = new RunFacts("2026-11-21T15:00:00Z", "java -jar b.jar --rows 50000",
            "10.11.19-MariaDB", "4.3.1", Map.of(SinkUnderTest.DM_SINK_CLASS, "0.1.0-SNAPSHOT",
                    SinkUnderTest.DEBEZIUM_SINK_CLASS, "3.6.0.Final"), "1.50 1.20 1.00");
    private static final MachineFacts MACHINE = new MachineFacts("AMD EPYC", 2, 24105, "0.40 0.80 1.10", "OpenJDK 17",
            "Linux 6.1");

    @Test
    void theReportStatesTheRunTheFiguresAndTheDistanceToTheGoal() {
        List<SourceStats> source = List.of(new SourceStats(WorkloadKind.MIXED, 60_000, 60_001, Duration.ofMillis(20_000)));
        List<SinkResult> results = List.of(
                new SinkResult.Measured(new Measurement(SinkUnderTest.DM_CONNECT, WorkloadKind.MIXED, 60_000,
                        Duration.ofMillis(1_250), Duration.ofMillis(12_000), Duration.ofMillis(18_000),
                        Duration.ofMillis(6_000), Duration.ofMillis(900))),
                new SinkResult.Measured(new Measurement(SinkUnderTest.DEBEZIUM_JDBC, WorkloadKind.MIXED, 60_000,
                        Duration.ofMillis(2_000), Duration.ofMillis(24_000), Duration.ofMillis(30_000),
                        Duration.ofMillis(3_000), Duration.ofMillis(2_500))),
                new SinkResult.Failed(SinkUnderTest.DM_CONNECT, WorkloadKind.HOT_KEY, "connector failed: a|b\nc"));
        assertThat(Report.markdown(RUN, MACHINE, CONFIG, source, results)).isEqualTo("""
                ### Run of 2026-11-21T15:00:00Z

                - Command: `java -jar b.jar --rows 50000`
                - Machine: AMD EPYC, 2 logical CPUs, 24105 MB RAM; Linux 6.1; OpenJDK 17
                - Load average (1/5/15 min) before: 0.40 0.80 1.10; after: 1.50 1.20 1.00
                - Software: MariaDB 10.11.19-MariaDB, Kafka 4.3.1, dm-connect sink 0.1.0-SNAPSHOT, Debezium JDBC sink 3.6.0.Final; converter json
                - Sizes: rows=50000, statement.rows=1000, hot.rows=200, warmup.rows=10000 (applied by every sink first, not measured)

                Source (dm-connect's MySQL source, once per workload, upstream statements running meanwhile):

                | workload | row events | topic records | seconds | events/s |
                |---|---:|---:|---:|---:|
                | mixed | 60000 | 60001 | 20.00 | 3,000 |

                Sinks (each alone on the same topic; apply = last empty probe to checksum equal):

                | workload | sink | row changes | start-up s | apply s | rows/s | worker CPU s | worker CPU ms / 1000 rows | downstream CPU ms / 1000 rows |
                |---|---|---:|---:|---:|---:|---:|---:|---:|
                | mixed | dm-connect | 60000 | 1.25 | 12.00 | 5,000 | 18.00 | 300 | 100 |
                | mixed | debezium-jdbc | 60000 | 2.00 | 24.00 | 2,500 | 30.00 | 500 | 50 |
                | hot-key | dm-connect | failed: connector failed: a\\|b c | | | | | | |

                Against the goal (at least 10× Debezium's rows/s at most 1/10 of its worker CPU per row):

                | workload | sink | rows/s vs Debezium | worker CPU per row vs Debezium | throughput goal | CPU goal |
                |---|---|---:|---:|---|---|
                | mixed | dm-connect | 2.00× | 0.60× | missed: 5.00× short | missed: 6.00× too much |
                """);
    }
}
