package io.dmconnect.bench;

import io.dmconnect.harness.MariaDbServer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The snapshot benchmark (issue 5): a sysbench-like table copied from the upstream into an empty downstream by (a)
 * {@code mariadb-dump | mariadb}, (b) Debezium's MariaDB source and JDBC sink and (c) dm-connect's source and sink,
 * same data, same run, one leg at a time. Prints a Markdown report and writes it to {@code report.file}.
 *
 * <pre>
 * mvn -B -q -Pbenchmark -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/dm-connect-benchmarks.jar io.dmconnect.bench.SnapshotBenchmark --rows 1000000
 * </pre>
 *
 * <p>Exit status: 0 when every leg copied every row with the upstream's checksum (whatever the goal check says), 1
 * when one did not, 2 for bad options.
 */
public final class SnapshotBenchmark {
    static final String COMMAND = "java -cp benchmarks/target/dm-connect-benchmarks.jar "
            + SnapshotBenchmark.class.getName();

    private SnapshotBenchmark() {
    }

    public static void main(String[] args) {
        BenchMain.options(args, SnapshotConfig::parse, BenchMain.usage(COMMAND, SnapshotConfig.define(new ConfigDef())))
                .ifPresent(config -> System.exit(run(config, COMMAND + " " + String.join(" ", args)) ? 0 : 1));
    }

    /** Runs every leg; true when every leg was measured. */
    static boolean run(SnapshotConfig config, String command) {
        MachineFacts machine = MachineFacts.read();
        String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        System.out.println("bench: load average before the run " + machine.loadBefore() + " on "
                + machine.logicalCpus() + " CPUs");
        try (BenchEnvironment env = BenchEnvironment.start(config.environment())) {
            Duration load = loadUpstream(env.upstream(), config);
            String checksum = String.join(" ", env.upstream().query(SbTable.checksum()).get(0));
            LegRunner runner = new LegRunner(env, config, checksum);
            List<LegResult> results = new ArrayList<>();
            for (SnapshotLeg leg : config.legs()) {
                results.add(runner.run(leg));
            }
            RunFacts facts = new RunFacts(started, command, env.upstream().queryValue("SELECT VERSION()"),
                    env.worker().rest().get("/").path("version").asText("?"), SinkBenchmark.pluginVersions(env),
                    MachineFacts.loadNow());
            String report = SnapshotReport.markdown(facts, machine, config, load, results);
            System.out.println();
            System.out.println(report);
            BenchMain.write(config.paths().reportFile(), report);
            return results.stream().allMatch(r -> r instanceof LegResult.Measured);
        }
    }

    /** Creates and fills sbtest.sbtest1 as sysbench's prepare does: rows first, then the secondary index. */
    private static Duration loadUpstream(MariaDbServer upstream, SnapshotConfig config) {
        long start = System.nanoTime();
        upstream.execute("CREATE DATABASE " + SbTable.SCHEMA, SbTable.createTableWithoutIndex());
        upstream.execute(SbTable.load(config.rows(), config.statementRows()).toArray(String[]::new));
        upstream.execute(SbTable.createIndex());
        Duration load = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("bench: %,d rows loaded upstream in %.2f s%n", config.rows(), Measurement.seconds(load));
        return load;
    }
}
