package io.dmconnect.bench;

import io.dmconnect.common.config.InvalidConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The options of {@link SnapshotBenchmark}, each declared once in {@link #define(ConfigDef)} and read by
 * {@link #parse(Map, Map, Predicate)}, which reports every problem on its exact key.
 */
public record SnapshotConfig(int rows, int statementRows, List<SnapshotLeg> legs, DmTuning dm, boolean peerProducer,
        ConverterChoice converter, Duration timeout, Duration pollInterval, String workerHeap, BenchPaths paths) {

    public static final String ROWS = "rows";
    public static final String STATEMENT_ROWS = "statement.rows";
    public static final String LEGS = "legs";
    public static final String SOURCE_TASKS = "source.tasks";
    public static final String CHUNK_SIZE = "snapshot.chunk.size";
    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String SINK_TASKS = "sink.tasks";
    public static final String WORKER_COUNT = "sink.worker.count";
    public static final String BATCH_SIZE = "sink.batch.size";
    public static final String MULTIPLE_ROWS = "sink.multiple.rows";
    public static final String SOURCE_PRODUCER = "source.producer.overrides";
    public static final String PEER_PRODUCER = "debezium.producer.overrides";
    /** The report's default path is the build's {@code snapshot.report.file}: the sink benchmark has its own. */
    static final String BUILD_REPORT_FILE = "snapshot.report.file";

    static final List<SnapshotLeg> DEFAULT_LEGS = List.of(SnapshotLeg.MARIADB_DUMP, SnapshotLeg.DM_CONNECT,
            SnapshotLeg.DEBEZIUM);
    static final DmTuning DEFAULT_DM = new DmTuning(2, 8192, 1, 1, 16, 500, true, Map.of());
    static final int DEFAULT_ROWS = 1_000_000;
    static final int DEFAULT_STATEMENT_ROWS = 10_000;
    static final int DEFAULT_TIMEOUT_SECONDS = 3_600;
    static final int DEFAULT_POLL_INTERVAL_MS = 200;

    private static final String G_DATA = "Data";
    private static final String G_DM = "dm-connect (leg c)";
    private static final String G_RUN = "Run";
    private static final String G_PATHS = "Paths";

    /** Declares every option; the shared ones (converter, measurement, paths) as the sink benchmark does. */
    public static ConfigDef define(ConfigDef def) {
        def.define(ROWS, Type.INT, DEFAULT_ROWS, Range.between(1, 100_000_000), Importance.HIGH,
                        "Rows of sbtest.sbtest1, loaded upstream before any leg runs; every leg copies all of them.",
                        G_DATA, 1, Width.SHORT, "Rows")
                .define(STATEMENT_ROWS, Type.INT, DEFAULT_STATEMENT_ROWS, Range.between(1, 1_000_000), Importance.LOW,
                        "Rows per upstream INSERT ... SELECT while loading (not measured).",
                        G_DATA, 2, Width.SHORT, "Rows per load statement")
                .define(LEGS, Type.LIST, names(DEFAULT_LEGS), Importance.HIGH,
                        "Legs to run, one at a time, in this order: mariadb-dump (a: mariadb-dump | mariadb), "
                                + "debezium (b: Debezium's MariaDB source and JDBC sink), dm-connect (c). A leg "
                                + "after another runs on a warmer worker JVM: the default runs dm-connect first.",
                        G_DATA, 3, Width.MEDIUM, "Legs")
                .define(SOURCE_TASKS, Type.INT, DEFAULT_DM.sourceTasks(), Range.between(1, 64), Importance.HIGH,
                        "tasks.max of dm-connect's source: the snapshot's chunks are spread over its tasks.",
                        G_DM, 1, Width.SHORT, "Source tasks")
                .define(CHUNK_SIZE, Type.INT, DEFAULT_DM.chunkSize(), Range.between(1, 10_000_000), Importance.MEDIUM,
                        "snapshot.chunk.size of dm-connect's source: rows per primary-key chunk.",
                        G_DM, 2, Width.SHORT, "Chunk size")
                .define(TOPIC_PARTITIONS, Type.INT, DEFAULT_DM.topicPartitions(), Range.between(1, 64),
                        Importance.MEDIUM, "Partitions of dm-connect's topic for the table, created before the "
                                + "connectors (Debezium's topic has one: its source has one task).",
                        G_DM, 3, Width.SHORT, "Topic partitions")
                .define(SINK_TASKS, Type.INT, DEFAULT_DM.sinkTasks(), Range.between(1, 64), Importance.MEDIUM,
                        "tasks.max of dm-connect's sink; at most topic.partitions.", G_DM, 4, Width.SHORT, "Sink tasks")
                .define(WORKER_COUNT, Type.INT, DEFAULT_DM.workerCount(), Range.between(1, 1024), Importance.MEDIUM,
                        "worker.count of dm-connect's sink (DM's default 16).", G_DM, 5, Width.SHORT, "Sink workers")
                .define(BATCH_SIZE, Type.INT, DEFAULT_DM.batchSize(), Range.between(1, 100_000), Importance.MEDIUM,
                        "batch.size of dm-connect's sink. The default, 500, is Debezium's JDBC sink's default "
                                + "batch.size (DM's is 100).", G_DM, 6, Width.SHORT, "Sink batch size")
                .define(MULTIPLE_ROWS, Type.BOOLEAN, DEFAULT_DM.multipleRows(), Importance.MEDIUM,
                        "multiple.rows of dm-connect's sink: multi-row statements, as DM's full import loads.",
                        G_DM, 7, Width.SHORT, "Sink multi-row statements")
                .define(SOURCE_PRODUCER, Type.LIST, "", Importance.MEDIUM,
                        "Producer settings of dm-connect's source, as key=value pairs, each set on the connector as "
                                + "producer.override.<key> (the worker allows them: connector.client.config.override"
                                + ".policy=All). Empty: Connect's default producer. docs/operations.md recommends "
                                + "linger.ms=20,batch.size=524288,compression.type=lz4 for snapshots.",
                        G_DM, 8, Width.LONG, "Source producer overrides")
                .define(PEER_PRODUCER, Type.BOOLEAN, false, Importance.MEDIUM,
                        "true: Debezium's source gets the same producer.override.* settings as dm-connect's ("
                                + SOURCE_PRODUCER + "), to tell what the producer settings give any connector "
                                + "from what dm-connect's own code gives.", G_DM, 9, Width.SHORT,
                        "Same producer settings for Debezium")
                .define(BenchmarkConfig.CONVERTER, Type.STRING, ConverterChoice.JSON.key(),
                        ConfigDef.ValidString.in(Keyed.keys(ConverterChoice.values()).toArray(String[]::new)),
                        Importance.MEDIUM, "Converter of every connector of legs (b) and (c): json (JsonConverter "
                                + "with schemas) or avro (Apicurio's AvroConverter and a registry started for the run).",
                        G_RUN, 1, Width.SHORT, "Converter")
                .define(BenchmarkConfig.TIMEOUT_SECONDS, Type.INT, DEFAULT_TIMEOUT_SECONDS, Range.between(10, 86_400),
                        Importance.LOW, "Longest wait for one leg before it is recorded as failed and the run goes on.",
                        G_RUN, 2, Width.SHORT, "Timeout (s)")
                .define(BenchmarkConfig.POLL_INTERVAL_MS, Type.INT, DEFAULT_POLL_INTERVAL_MS, Range.between(10, 10_000),
                        Importance.LOW, "How often a Connect leg's downstream is probed: the resolution of its time.",
                        G_RUN, 3, Width.SHORT, "Poll interval (ms)")
                .define(BenchmarkConfig.WORKER_HEAP, Type.STRING, BenchmarkConfig.DEFAULT_WORKER_HEAP, Importance.LOW,
                        "-Xmx of the Connect worker JVM, e.g. 2g or 1536m.", G_RUN, 4, Width.SHORT, "Worker heap");
        return PathOptions.define(def, G_PATHS, "Debezium's MariaDB source and JDBC sink (leg debezium)",
                "snapshot-benchmark.md");
    }

    /**
     * Reads the options; an empty or absent path takes its value from {@code buildPaths}. Folders the run needs must
     * pass {@code isDirectory}.
     *
     * @throws InvalidConfigException with every problem, each on its exact key
     */
    public static SnapshotConfig parse(Map<String, String> props, Map<String, String> buildPaths,
            Predicate<Path> isDirectory) {
        OptionReader in = new OptionReader(props);
        Set<String> known = define(new ConfigDef()).names();
        new TreeSet<>(props.keySet()).stream().filter(k -> !known.contains(k)).forEach(k -> in.problem(k,
                "is not an option of the snapshot benchmark: use one of " + String.join(", ", new TreeSet<>(known))));
        int rows = in.integer(ROWS, DEFAULT_ROWS, 1, 100_000_000);
        int statementRows = in.integer(STATEMENT_ROWS, DEFAULT_STATEMENT_ROWS, 1, 1_000_000);
        List<SnapshotLeg> legs = in.list(LEGS, DEFAULT_LEGS, SnapshotLeg::byKey, Keyed.keys(SnapshotLeg.values()));
        DmTuning dm = dmTuning(in);
        boolean peerProducer = in.bool(PEER_PRODUCER, false);
        ConverterChoice converter = in.choice(BenchmarkConfig.CONVERTER, ConverterChoice.JSON, ConverterChoice::byKey,
                Keyed.keys(ConverterChoice.values()));
        Duration timeout = Duration.ofSeconds(in.integer(BenchmarkConfig.TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS, 10,
                86_400));
        Duration poll = Duration.ofMillis(in.integer(BenchmarkConfig.POLL_INTERVAL_MS, DEFAULT_POLL_INTERVAL_MS, 10,
                10_000));
        String heap = in.heap(BenchmarkConfig.WORKER_HEAP, BenchmarkConfig.DEFAULT_WORKER_HEAP);
        BenchPaths paths = paths(in, buildPaths, legs, converter, isDirectory);
        if (!in.problems().isEmpty()) {
            throw new InvalidConfigException(in.problems());
        }
        return new SnapshotConfig(rows, statementRows, legs, dm, peerProducer, converter, timeout, poll, heap, paths);
    }

    private static DmTuning dmTuning(OptionReader in) {
        DmTuning d = DEFAULT_DM;
        DmTuning dm = new DmTuning(in.integer(SOURCE_TASKS, d.sourceTasks(), 1, 64),
                in.integer(CHUNK_SIZE, d.chunkSize(), 1, 10_000_000), in.integer(TOPIC_PARTITIONS, d.topicPartitions(), 1, 64),
                in.integer(SINK_TASKS, d.sinkTasks(), 1, 64), in.integer(WORKER_COUNT, d.workerCount(), 1, 1024),
                in.integer(BATCH_SIZE, d.batchSize(), 1, 100_000), in.bool(MULTIPLE_ROWS, d.multipleRows()),
                in.pairs(SOURCE_PRODUCER, d.sourceProducer()));
        if (dm.sinkTasks() > dm.topicPartitions()) {
            in.problem(SINK_TASKS, dm.sinkTasks() + " sink tasks on " + dm.topicPartitions() + " topic partitions leave "
                    + (dm.sinkTasks() - dm.topicPartitions()) + " idle: raise " + TOPIC_PARTITIONS + " or lower "
                    + SINK_TASKS);
        }
        return dm;
    }

    private static BenchPaths paths(OptionReader in, Map<String, String> buildPaths, List<SnapshotLeg> legs,
            ConverterChoice converter, Predicate<Path> isDirectory) {
        BenchPaths paths = new BenchPaths(PathOptions.path(in, BenchmarkConfig.PLUGIN_DIR, buildPaths),
                PathOptions.path(in, BenchmarkConfig.PEER_PLUGIN_DIR, buildPaths),
                PathOptions.path(in, BenchmarkConfig.AVRO_PLUGIN_DIR, buildPaths),
                PathOptions.path(in, BenchmarkConfig.APICURIO_APP_DIR, buildPaths),
                PathOptions.path(in, BenchmarkConfig.WORK_DIR, buildPaths),
                PathOptions.path(in, BenchmarkConfig.REPORT_FILE, BUILD_REPORT_FILE, buildPaths));
        PathOptions.requireFolder(in, BenchmarkConfig.PLUGIN_DIR, paths.pluginDir(), isDirectory);
        if (legs.contains(SnapshotLeg.DEBEZIUM)) {
            PathOptions.requireFolder(in, BenchmarkConfig.PEER_PLUGIN_DIR, paths.peerPluginDir(), isDirectory);
        }
        if (converter == ConverterChoice.AVRO) {
            PathOptions.requireFolder(in, BenchmarkConfig.AVRO_PLUGIN_DIR, paths.avroPluginDir(), isDirectory);
            PathOptions.requireFolder(in, BenchmarkConfig.APICURIO_APP_DIR, paths.apicurioAppDir(), isDirectory);
        }
        return paths;
    }

    /** The servers the run needs: one downstream per leg; Debezium's and Avro's plugin folders when used. */
    public EnvironmentSpec environment() {
        List<Path> pluginPath = new ArrayList<>(List.of(paths.pluginDir()));
        if (legs.contains(SnapshotLeg.DEBEZIUM)) {
            pluginPath.add(paths.peerPluginDir());
        }
        if (converter == ConverterChoice.AVRO) {
            pluginPath.add(paths.avroPluginDir());
        }
        return new EnvironmentSpec(legs.stream().map(SnapshotLeg::serverName).toList(), converter, workerHeap,
                paths.workDir(), pluginPath, paths.apicurioAppDir());
    }

    private static String names(List<SnapshotLeg> legs) {
        return String.join(",", legs.stream().map(SnapshotLeg::key).toList());
    }
}
