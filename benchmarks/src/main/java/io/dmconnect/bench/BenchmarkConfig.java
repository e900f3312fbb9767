package io.dmconnect.bench;

import io.dmconnect.common.config.InvalidConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The options of {@link SinkBenchmark}, each declared once in {@link #define(ConfigDef)} and read by
 * {@link #parse(Map, Map, Predicate)}, which reports every problem on its exact key.
 */
public record BenchmarkConfig(WorkloadSize size, int warmupRows, List<WorkloadKind> workloads,
        List<SinkUnderTest> sinks, ConverterChoice converter, Duration timeout, Duration pollInterval, String workerHeap,
        BenchPaths paths) {

    public static final String ROWS = "rows";
    public static final String STATEMENT_ROWS = "statement.rows";
    public static final String HOT_ROWS = "hot.rows";
    public static final String WARMUP_ROWS = "warmup.rows";
    public static final String WORKLOADS = "workloads";
    public static final String SINKS = "sinks";
    public static final String CONVERTER = "converter";
    public static final String TIMEOUT_SECONDS = "timeout.seconds";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String WORKER_HEAP = "worker.heap";
    public static final String PLUGIN_DIR = "plugin.dir";
    public static final String PEER_PLUGIN_DIR = "peer.plugin.dir";
    public static final String AVRO_PLUGIN_DIR = "avro.plugin.dir";
    public static final String APICURIO_APP_DIR = "apicurio.app.dir";
    public static final String WORK_DIR = "work.dir";
    public static final String REPORT_FILE = "report.file";

    static final int DEFAULT_ROWS = 50_000;
    static final int DEFAULT_STATEMENT_ROWS = 1_000;
    static final int DEFAULT_HOT_ROWS = 200;
    static final int DEFAULT_WARMUP_ROWS = 10_000;
    static final int DEFAULT_TIMEOUT_SECONDS = 900;
    static final int DEFAULT_POLL_INTERVAL_MS = 200;
    static final String DEFAULT_WORKER_HEAP = "2g";

    private static final String G_WORKLOADS = "Workloads";
    private static final String G_SINKS = "Sinks";
    private static final String G_MEASUREMENT = "Measurement";
    private static final String G_PATHS = "Paths";

    /** Declares every option (docs are rendered from it by {@code ConfigDocs}). */
    public static ConfigDef define(ConfigDef def) {
        def
                .define(ROWS, Type.INT, DEFAULT_ROWS, ConfigDef.Range.between(1, 10_000_000), Importance.HIGH,
                        "Row changes in the main phase of each workload: inserts for insert-only and mixed (which "
                                + "adds 10 % updates and 10 % deletes), updates for hot-key (after its hot.rows inserts).",
                        G_WORKLOADS, 1, Width.SHORT, "Rows per workload")
                .define(WORKLOADS, Type.LIST, Keyed.names(WorkloadKind.values()), Importance.HIGH,
                        "Workloads to run, in order, comma-separated: " + Keyed.names(WorkloadKind.values()) + ".",
                        G_WORKLOADS, 2, Width.MEDIUM, "Workloads")
                .define(STATEMENT_ROWS, Type.INT, DEFAULT_STATEMENT_ROWS, ConfigDef.Range.between(1, 1_000_000),
                        Importance.LOW, "Rows per upstream INSERT ... SELECT (one transaction each), and the id range "
                                + "one UPDATE or DELETE statement of the mixed workload covers.",
                        G_WORKLOADS, 3, Width.SHORT, "Rows per statement")
                .define(HOT_ROWS, Type.INT, DEFAULT_HOT_ROWS, ConfigDef.Range.between(1, 1_000_000), Importance.MEDIUM,
                        "Rows the hot-key workload inserts and then updates over and over (20 distinct rows per "
                                + "UPDATE statement).",
                        G_WORKLOADS, 4, Width.SHORT, "Hot rows")
                .define(WARMUP_ROWS, Type.INT, DEFAULT_WARMUP_ROWS, ConfigDef.Range.between(1, 10_000_000),
                        Importance.MEDIUM, "Inserts of the warm-up table that every sink applies once, unmeasured, "
                                + "before its measured runs, so that no sink pays for the JIT compilation of the "
                                + "worker code all sinks share (the converter, the consumer). 1 leaves the JIT cold.",
                        G_WORKLOADS, 5, Width.SHORT, "Warm-up rows")
                .define(SINKS, Type.LIST, Keyed.names(SinkUnderTest.values()), Importance.HIGH,
                        "Sinks to measure, each alone, in this order for every workload: dm-connect (DM's defaults), "
                                + "dm-connect-merged (multiple.rows and compact on), debezium-jdbc (the peer).",
                        G_SINKS, 1, Width.MEDIUM, "Sinks")
                .define(CONVERTER, Type.STRING, ConverterChoice.JSON.key(),
                        ConfigDef.ValidString.in(Keyed.names(ConverterChoice.values()).split(",")), Importance.MEDIUM,
                        "Converter of every connector: json (JsonConverter with schemas) or avro (Apicurio's "
                                + "AvroConverter and an in-memory Apicurio Registry started for the run).",
                        G_SINKS, 2, Width.SHORT, "Converter")
                .define(TIMEOUT_SECONDS, Type.INT, DEFAULT_TIMEOUT_SECONDS, ConfigDef.Range.between(10, 86_400),
                        Importance.LOW, "Longest wait for one phase (the source filling a topic, one sink converging) "
                                + "before the run records it as failed.",
                        G_MEASUREMENT, 1, Width.SHORT, "Timeout (s)")
                .define(POLL_INTERVAL_MS, Type.INT, DEFAULT_POLL_INTERVAL_MS, ConfigDef.Range.between(10, 10_000),
                        Importance.LOW, "How often the downstream table is probed while a sink applies: the "
                                + "resolution of the apply time.",
                        G_MEASUREMENT, 2, Width.SHORT, "Poll interval (ms)")
                .define(WORKER_HEAP, Type.STRING, DEFAULT_WORKER_HEAP, Importance.LOW,
                        "-Xmx of the Connect worker JVM, e.g. 2g or 1536m.",
                        G_MEASUREMENT, 3, Width.SHORT, "Worker heap");
        return PathOptions.define(def, G_PATHS, "Debezium's JDBC sink", "sink-benchmark.md");
    }

    /**
     * Reads the options; an empty or absent path takes its value from {@code buildPaths} (what the build recorded).
     * Folders the run needs must pass {@code isDirectory}.
     *
     * @throws InvalidConfigException with every problem, each on its exact key
     */
    public static BenchmarkConfig parse(Map<String, String> props, Map<String, String> buildPaths,
            Predicate<Path> isDirectory) {
        OptionReader in = new OptionReader(props);
        Set<String> known = define(new ConfigDef()).names();
        new TreeSet<>(props.keySet()).stream().filter(k -> !known.contains(k)).forEach(k -> in.problem(k,
                "is not an option of the benchmark: use one of " + String.join(", ", new TreeSet<>(known))));
        WorkloadSize size = size(in);
        int warmupRows = in.integer(WARMUP_ROWS, DEFAULT_WARMUP_ROWS, 1, 10_000_000);
        List<WorkloadKind> workloads = in.list(WORKLOADS, List.of(WorkloadKind.values()), WorkloadKind::byKey,
                Keyed.keys(WorkloadKind.values()));
        List<SinkUnderTest> sinks = in.list(SINKS, List.of(SinkUnderTest.values()), SinkUnderTest::byKey,
                Keyed.keys(SinkUnderTest.values()));
        ConverterChoice converter = in.choice(CONVERTER, ConverterChoice.JSON, ConverterChoice::byKey,
                Keyed.keys(ConverterChoice.values()));
        Duration timeout = Duration.ofSeconds(in.integer(TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS, 10, 86_400));
        Duration poll = Duration.ofMillis(in.integer(POLL_INTERVAL_MS, DEFAULT_POLL_INTERVAL_MS, 10, 10_000));
        String heap = in.heap(WORKER_HEAP, DEFAULT_WORKER_HEAP);
        BenchPaths paths = paths(in, buildPaths);
        PathOptions.requireFolder(in, PLUGIN_DIR, paths.pluginDir(), isDirectory);
        if (sinks.contains(SinkUnderTest.DEBEZIUM_JDBC)) {
            PathOptions.requireFolder(in, PEER_PLUGIN_DIR, paths.peerPluginDir(), isDirectory);
        }
        if (converter == ConverterChoice.AVRO) {
            PathOptions.requireFolder(in, AVRO_PLUGIN_DIR, paths.avroPluginDir(), isDirectory);
            PathOptions.requireFolder(in, APICURIO_APP_DIR, paths.apicurioAppDir(), isDirectory);
        }
        if (!in.problems().isEmpty()) {
            throw new InvalidConfigException(in.problems());
        }
        return new BenchmarkConfig(size, warmupRows, workloads, sinks, converter, timeout, poll, heap, paths);
    }

    /** The servers this run needs: both sink families' downstreams, and the peer's and Avro's plugin folders if used. */
    public EnvironmentSpec environment() {
        List<Path> pluginPath = new ArrayList<>(List.of(paths.pluginDir()));
        if (sinks.contains(SinkUnderTest.DEBEZIUM_JDBC)) {
            pluginPath.add(paths.peerPluginDir());
        }
        if (converter == ConverterChoice.AVRO) {
            pluginPath.add(paths.avroPluginDir());
        }
        return new EnvironmentSpec(Arrays.stream(Downstream.values()).map(Downstream::serverName).toList(), converter,
                workerHeap, paths.workDir(), pluginPath, paths.apicurioAppDir());
    }

    private static WorkloadSize size(OptionReader in) {
        return new WorkloadSize(in.integer(ROWS, DEFAULT_ROWS, 1, 10_000_000),
                in.integer(STATEMENT_ROWS, DEFAULT_STATEMENT_ROWS, 1, 1_000_000),
                in.integer(HOT_ROWS, DEFAULT_HOT_ROWS, 1, 1_000_000));
    }

    private static BenchPaths paths(OptionReader in, Map<String, String> buildPaths) {
        return new BenchPaths(PathOptions.path(in, PLUGIN_DIR, buildPaths), PathOptions.path(in, PEER_PLUGIN_DIR, buildPaths),
                PathOptions.path(in, AVRO_PLUGIN_DIR, buildPaths), PathOptions.path(in, APICURIO_APP_DIR, buildPaths),
                PathOptions.path(in, WORK_DIR, buildPaths), PathOptions.path(in, REPORT_FILE, buildPaths));
    }
}
