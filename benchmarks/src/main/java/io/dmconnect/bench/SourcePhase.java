package io.dmconnect.bench;

import io.dmconnect.harness.HarnessException;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * Writes the topics once, with dm-connect's source: creates each workload's table upstream, starts the source,
 * checks with a warm-up row that it streams, then runs each workload's statements and waits until its topic holds
 * every row event. The source connector is deleted at the end, so it uses no CPU while the sinks are measured.
 */
final class SourcePhase {
    static final String TOPIC_PREFIX = "up";
    private static final String CONNECTOR = "bench-source";
    private static final String SOURCE_CLASS = "io.dmconnect.source.mysql.MySqlSourceConnector";
    private static final String WARMUP = "warmup";

    private final BenchEnvironment env;
    private final BenchmarkConfig config;

    SourcePhase(BenchEnvironment env, BenchmarkConfig config) {
        this.env = env;
        this.config = config;
    }

    static String topic(String table) {
        return TOPIC_PREFIX + "." + BenchTable.SCHEMA + "." + table;
    }

    List<SourceStats> run(List<Workload> workloads) {
        MariaDbServer upstream = env.upstream();
        List<String> ddl = new ArrayList<>(List.of("CREATE DATABASE " + BenchTable.SCHEMA,
                "CREATE TABLE " + BenchTable.SCHEMA + "." + WARMUP + " (id INT PRIMARY KEY)"));
        workloads.forEach(w -> ddl.add(BenchTable.createTable(w.table())));
        upstream.execute(ddl.toArray(String[]::new));
        env.worker().rest().createOrUpdate(CONNECTOR, connectorConfig());
        env.worker().rest().awaitRunning(CONNECTOR, 1, config.timeout());
        warmUp();
        List<SourceStats> stats = new ArrayList<>();
        try (Admin admin = env.broker().admin()) {
            for (Workload w : workloads) {
                stats.add(fill(admin, w));
            }
        }
        env.worker().rest().deleteConnector(CONNECTOR);
        Wait.until(config.timeout(), Duration.ofMillis(200), () -> !env.worker().rest().connectors().contains(CONNECTOR),
                () -> "the source connector was not deleted");
        return stats;
    }

    private Map<String, String> connectorConfig() {
        MariaDbServer upstream = env.upstream();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", SOURCE_CLASS);
        c.put("database.hostname", upstream.host());
        c.put("database.port", String.valueOf(upstream.port()));
        c.put("database.user", upstream.sourceUser().user());
        c.put("database.password", upstream.sourceUser().password());
        c.put("database.server.id", "6201");
        c.put("topic.prefix", TOPIC_PREFIX);
        c.put("schema.history.kafka.bootstrap.servers", env.broker().bootstrapServers());
        c.put("block.allow.do.dbs", BenchTable.SCHEMA);
        c.putAll(config.converter().connectorSettings(env.registryUrl()));
        return c;
    }

    /** A row in its own table reaches its topic: the source reads the binlog, nothing after this point is missed. */
    private void warmUp() {
        env.upstream().execute("INSERT INTO " + BenchTable.SCHEMA + "." + WARMUP + " VALUES (1)");
        // DDL records have a null key, row records a key
        Wait.until(config.timeout(), Duration.ofMillis(200),
                () -> TopicReader.read(env.broker().bootstrapServers(), topic(WARMUP), 10, Duration.ofSeconds(2))
                        .stream().anyMatch(r -> r.key() != null),
                () -> "the warm-up row did not reach " + topic(WARMUP) + "; source status: "
                        + env.worker().rest().status(CONNECTOR).describe());
    }

    /**
     * Runs the workload upstream and waits for its topic: every row event plus the one CREATE TABLE record the
     * source publishes per table (and partition) on its first start.
     */
    private SourceStats fill(Admin admin, Workload w) {
        String topic = topic(w.table());
        long expected = w.changeEvents() + 1;
        long start = System.nanoTime();
        env.upstream().execute(w.statements().toArray(String[]::new));
        long[] records = new long[1];
        Wait.until(config.timeout(), Duration.ofMillis(100), () -> {
            records[0] = TopicOffsets.records(admin, topic);
            if (env.worker().rest().status(CONNECTOR).anyFailed()) {
                throw new HarnessException("the source failed: " + env.worker().rest().status(CONNECTOR).describe());
            }
            return records[0] >= expected;
        }, () -> topic + " holds " + records[0] + " records, expected " + expected);
        SourceStats stats = new SourceStats(w.kind(), w.changeEvents(), records[0], Duration.ofNanos(System.nanoTime() - start));
        System.out.printf("bench: source %-11s %,9d row events in %6.2f s (%,.0f/s)%n", w.kind().key(), stats.events(),
                Measurement.seconds(stats.elapsed()), stats.eventsPerSecond());
        return stats;
    }

    /** The upstream checksum of every workload table: what each sink must reach. */
    Map<WorkloadKind, String> checksums(List<Workload> workloads) {
        Map<WorkloadKind, String> sums = new HashMap<>();
        workloads.forEach(w -> sums.put(w.kind(), String.join(" ", env.upstream().query(BenchTable.checksum(w.table())).get(0))));
        return sums;
    }
}
