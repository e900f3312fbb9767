package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmconnect.harness.Closing;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.DatabaseServer;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.Wait;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Upstream, downstream, broker and one worker (offsets flushed every second) for the snapshot ITs. */
final class SnapshotCluster implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    static final String SOURCE = "io.dmconnect.source.mysql.MySqlSourceConnector";
    static final String SINK = "io.dmconnect.sink.tidb.TiDbSinkConnector";

    final MariaDbServer upstream;
    final MariaDbServer downstream;
    final KafkaBroker broker;
    final ConnectWorker worker;

    SnapshotCluster(String name, int serverId) {
        this(name, serverId, 1000);
    }

    /** With the worker's offset.flush.interval.ms: how long a fresh snapshot plan stays uncommitted. */
    SnapshotCluster(String name, int serverId, long offsetFlushMs) {
        Path work = ItPaths.workDir();
        long pid = ProcessHandle.current().pid();
        upstream = MariaDbServer.builder(name + "-up").baseDir(work).serverId(serverId).start();
        downstream = MariaDbServer.builder(name + "-down").baseDir(work).serverId(serverId + 1).start();
        broker = KafkaBroker.builder(work.resolve(name + "-kafka-" + pid)).start();
        worker = ConnectWorker.builder(broker.bootstrapServers(), ItPaths.pluginDir(), work.resolve(name + "-connect-" + pid))
                .property("offset.flush.interval.ms", String.valueOf(offsetFlushMs)).jmxPort(0).start();
    }

    Map<String, String> source(String prefix, long serverId, String database, int tasks) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", SOURCE);
        c.put("tasks.max", String.valueOf(tasks));
        c.put("database.hostname", upstream.host());
        c.put("database.port", String.valueOf(upstream.port()));
        c.put("database.user", upstream.sourceUser().user());
        c.put("database.password", upstream.sourceUser().password());
        c.put("database.server.id", String.valueOf(serverId));
        c.put("topic.prefix", prefix);
        c.put("schema.history.kafka.bootstrap.servers", broker.bootstrapServers());
        c.put("block.allow.do.dbs", database);
        c.put("heartbeat.interval.ms", "1000");
        c.put("snapshot.chunk.size", "200");
        c.put("snapshot.progress.interval.ms", "1000");
        return c;
    }

    Map<String, String> sink(String topicsRegex) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", SINK);
        c.put("tasks.max", "1");
        c.put("topics.regex", topicsRegex);
        c.put("consumer.override.metadata.max.age.ms", "1000");
        c.put("consumer.override.auto.offset.reset", "earliest");
        c.put("connection.url", "jdbc:mysql://" + downstream.host() + ":" + downstream.port() + "/");
        c.put("connection.username", downstream.targetUser().user());
        c.put("connection.password", downstream.targetUser().password());
        c.put("worker.count", "4");
        c.put("safe.mode.duration", "0");
        return c;
    }

    /** The connector's committed source offsets (Connect's REST offsets API), by partition. */
    Map<JsonNode, JsonNode> offsets(String connector) {
        Map<JsonNode, JsonNode> all = new HashMap<>();
        worker.rest().get("/connectors/" + connector + "/offsets").get("offsets")
                .forEach(o -> all.put(o.get("partition"), o.get("offset")));
        return all;
    }

    /** Waits until the downstream answers the query exactly as the upstream does (both sides the same SQL). */
    void awaitEqual(String sql, String... connectors) {
        List<List<String>>[] last = new List[2];
        Wait.until(TIMEOUT, Duration.ofMillis(500), () -> {
            for (String c : connectors) {
                assertThat(worker.rest().status(c).anyFailed()).as(() -> worker.rest().status(c).describe()).isFalse();
            }
            last[0] = upstream.query(sql);
            last[1] = query(downstream, sql);
            return last[0].equals(last[1]);
        }, () -> "downstream " + last[1] + " != upstream " + last[0] + " for " + sql);
    }

    private static List<List<String>> query(DatabaseServer db, String sql) {
        try {
            return db.query(sql);
        } catch (RuntimeException e) {
            return List.of(List.of("error: " + e.getMessage()));
        }
    }

    /** A row-level checksum of a table: count and XOR of each row's CRC32. */
    static String checksum(String table, String columns) {
        return "SELECT COUNT(*), BIT_XOR(CRC32(CONCAT_WS('#', " + columns + "))) FROM " + table;
    }

    @Override
    public void close() {
        Closing.all(worker, broker, downstream, upstream);
    }
}
