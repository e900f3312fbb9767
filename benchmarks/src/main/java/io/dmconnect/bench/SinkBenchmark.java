package io.dmconnect.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The sink benchmark: dm-connect's sink beside Debezium's JDBC sink on the same topics in the same run, for the
 * insert-only, mixed and hot-key workloads. Prints a Markdown report and writes it to {@code report.file}.
 *
 * <pre>
 * mvn -B -q -Pbenchmark -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/dm-connect-benchmarks.jar --rows 50000
 * </pre>
 *
 * <p>Exit status: 0 when every sink converged on every workload, 1 when one did not, 2 for bad options.
 */
public final class SinkBenchmark {
    static final String COMMAND = "java -jar benchmarks/target/dm-connect-benchmarks.jar";

    private SinkBenchmark() {
    }

    public static void main(String[] args) {
        BenchMain.options(args, BenchmarkConfig::parse, BenchMain.usage(COMMAND, BenchmarkConfig.define(new ConfigDef())))
                .ifPresent(config -> System.exit(run(config, COMMAND + " " + String.join(" ", args)) ? 0 : 1));
    }

    /** Runs the whole benchmark; true when every sink converged on every workload. */
    static boolean run(BenchmarkConfig config, String command) {
        MachineFacts machine = MachineFacts.read();
        String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        System.out.println("bench: load average before the run " + machine.loadBefore() + " on "
                + machine.logicalCpus() + " CPUs");
        List<Workload> workloads = config.workloads().stream().map(k -> k.create(config.size())).toList();
        Workload warmup = InsertOnlyWorkload.warmup(config.warmupRows(), config.size().statementRows());
        try (BenchEnvironment env = BenchEnvironment.start(config.environment())) {
            SourcePhase source = new SourcePhase(env, config);
            List<SourceStats> sourceStats = source.run(warmup, workloads);
            SinkRun sinkRun = new SinkRun(env, config);
            for (SinkUnderTest sink : config.sinks()) {
                System.out.println("bench: warm-up of " + sink.key() + " (not measured)");
                sinkRun.run(sink, warmup, source.checksum(warmup));
            }
            List<SinkResult> results = new ArrayList<>();
            for (Workload w : workloads) {
                String checksum = source.checksum(w);
                for (SinkUnderTest sink : config.sinks()) {
                    results.add(sinkRun.run(sink, w, checksum));
                }
            }
            RunFacts facts = new RunFacts(started, command, env.upstream().queryValue("SELECT VERSION()"),
                    env.worker().rest().get("/").path("version").asText("?"), pluginVersions(env),
                    MachineFacts.loadNow());
            String report = Report.markdown(facts, machine, config, sourceStats, results);
            System.out.println();
            System.out.println(report);
            BenchMain.write(config.paths().reportFile(), report);
            return results.stream().allMatch(r -> r instanceof SinkResult.Measured);
        }
    }

    static Map<String, String> pluginVersions(BenchEnvironment env) {
        Map<String, String> versions = new HashMap<>();
        env.worker().rest().get("/connector-plugins")
                .forEach(p -> versions.put(p.path("class").asText(), p.path("version").asText()));
        return versions;
    }
}
