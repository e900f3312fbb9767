package io.dmconnect.bench;

import io.dmconnect.common.config.InvalidConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
    private static final String BUILD_PATHS = "/io/dmconnect/bench/build-paths.properties";

    private SinkBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkConfig config;
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.help()) {
                System.out.println(usage());
                return;
            }
            config = BenchmarkConfig.parse(line.options(), buildPaths(), Files::isDirectory);
        } catch (InvalidConfigException e) {
            e.problems().forEach(p -> System.err.println("--" + p));
            System.err.println("(--help lists the options)");
            System.exit(2);
            return;
        }
        System.exit(run(config, "java -jar benchmarks/target/dm-connect-benchmarks.jar " + String.join(" ", args)) ? 0 : 1);
    }

    /** Runs the whole benchmark; true when every sink converged on every workload. */
    static boolean run(BenchmarkConfig config, String command) {
        MachineFacts machine = MachineFacts.read();
        String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        System.out.println("bench: load average before the run " + machine.loadBefore() + " on "
                + machine.logicalCpus() + " CPUs");
        List<Workload> workloads = config.workloads().stream().map(k -> k.create(config.size())).toList();
        Workload warmup = InsertOnlyWorkload.warmup(config.warmupRows(), config.size().statementRows());
        try (BenchEnvironment env = BenchEnvironment.start(config)) {
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
            write(config, report);
            return results.stream().allMatch(r -> r instanceof SinkResult.Measured);
        }
    }

    private static Map<String, String> pluginVersions(BenchEnvironment env) {
        Map<String, String> versions = new HashMap<>();
        env.worker().rest().get("/connector-plugins")
                .forEach(p -> versions.put(p.path("class").asText(), p.path("version").asText()));
        return versions;
    }

    private static void write(BenchmarkConfig config, String report) {
        try {
            Files.createDirectories(config.paths().reportFile().toAbsolutePath().getParent());
            Files.writeString(config.paths().reportFile(), report);
            System.out.println("bench: report written to " + config.paths().reportFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config.paths().reportFile(), e);
        }
    }

    /** The paths the build recorded (resource filtering); empty when run from an unfiltered classpath. */
    static Map<String, String> buildPaths() {
        Properties props = new Properties();
        try (InputStream in = SinkBenchmark.class.getResourceAsStream(BUILD_PATHS)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD_PATHS, e);
        }
        Map<String, String> paths = new HashMap<>();
        props.stringPropertyNames().forEach(k -> paths.put(k, props.getProperty(k)));
        return paths;
    }

    /** One line per option: key, default and what it does. */
    static String usage() {
        StringBuilder sb = new StringBuilder("java -jar benchmarks/target/dm-connect-benchmarks.jar [--<option> <value>]...\n");
        for (ConfigDef.ConfigKey key : BenchmarkConfig.define(new ConfigDef()).configKeys().values()) {
            Object def = key.defaultValue instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                    : key.defaultValue;
            sb.append("\n  --").append(key.name).append(" (default: ").append(def == null || "".equals(def) ? "\"\"" : def)
                    .append(")\n      ").append(key.documentation).append('\n');
        }
        return sb.toString();
    }
}
