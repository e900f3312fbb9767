package io.dmconnect.bench;

import io.dmconnect.harness.HarnessException;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.Wait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * Writes the topics once, with dm-connect's source: creates the warm-up table and each workload's table upstream,
 * starts the source, then runs the warm-up's and each workload's statements and waits until its topic holds every
 * row event. The source connector is deleted at the end, so it uses no CPU while the sinks are measured.
 */
final class SourcePhase {
    static final String TOPIC_PREFIX = "up";
    private static final String CONNECTOR = "bench-source";

    private final BenchEnvironment env;
    private final BenchmarkConfig config;

    SourcePhase(BenchEnvironment env, BenchmarkConfig config) {
        this.env = env;
        this.config = config;
    }

    static String topic(String table) {
        return TOPIC_PREFIX + "." + BenchTable.SCHEMA + "." + table;
    }

    /** Fills the warm-up's topic, then each workload's; returns the figures of the workloads. */
    List<SourceStats> run(Workload warmup, List<Workload> workloads) {
        List<String> ddl = new ArrayList<>(List.of("CREATE DATABASE " + BenchTable.SCHEMA,
                BenchTable.createTable(warmup.table())));
        workloads.forEach(w -> ddl.add(BenchTable.createTable(w.table())));
        env.upstream().execute(ddl.toArray(String[]::new));
        env.worker().rest().createOrUpdate(CONNECTOR, connectorConfig());
        env.worker().rest().awaitRunning(CONNECTOR, 1, config.timeout());
        List<SourceStats> stats = new ArrayList<>();
        try (Admin admin = env.broker().admin()) {
            fill(admin, warmup);
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
        Map<String, String> c = ConnectorConfigs.dmSource(
                new Endpoint(upstream.host(), upstream.port(), upstream.sourceUser()),
                env.broker().bootstrapServers(), TOPIC_PREFIX, BenchTable.SCHEMA, 6201);
        c.putAll(config.converter().connectorSettings(env.registryUrl()));
        return c;
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
        System.out.printf("bench: source %-11s %,9d row events in %6.2f s (%,.0f/s)%n", w.table(), stats.events(),
                Measurement.seconds(stats.elapsed()), stats.eventsPerSecond());
        return stats;
    }

    /** The upstream checksum of a workload's table: what each sink must reach. */
    String checksum(Workload w) {
        return String.join(" ", env.upstream().query(BenchTable.checksum(w.table())).get(0));
    }
}
