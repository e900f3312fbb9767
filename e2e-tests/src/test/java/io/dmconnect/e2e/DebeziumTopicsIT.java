package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.ApicurioRegistry;
import io.dmconnect.harness.Closing;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.DatabaseServer;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Topics written by Debezium's own MariaDB source connector, applied by the TiDB sink: rows that existed before the
 * connector started (snapshot, op {@code r}), then inserts, updates (one changes the primary key), deletes and a
 * multi-row transaction, on a table with a representative set of types. The downstream must end up equal to the
 * upstream, through the JSON converter with schemas and through Apicurio's Avro converter on both connectors.
 */
class DebeziumTopicsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String DEBEZIUM = "io.debezium.connector.mariadb.MariaDbConnector";
    private static final String SINK = "io.dmconnect.sink.tidb.TiDbSinkConnector";
    private static final String AVRO = "io.apicurio.registry.utils.converter.AvroConverter";
    private static final String U64_MAX = "18446744073709551615";

    /** The same DDL on both sides: Debezium writes no in-band DDL, and the sink needs the target table. */
    private static final String TABLE = "CREATE TABLE %s.types (id INT NOT NULL, ti TINYINT, si SMALLINT UNSIGNED, "
            + "i INT, iu INT UNSIGNED, bi BIGINT, bu BIGINT UNSIGNED, amount DECIMAL(20,6), big DECIMAL(65,30), "
            + "name VARCHAR(32), dt DATETIME(6), dt0 DATETIME, dt3 DATETIME(3), ts TIMESTAMP(6) NULL DEFAULT NULL, "
            + "ts0 TIMESTAMP NULL DEFAULT NULL, d DATE, t TIME(6), t0 TIME, t3 TIME(3), y YEAR, j JSON, "
            + "e ENUM('new','paid','shipped'), st SET('a','b','c'), b1 BIT(1), b12 BIT(12), f DOUBLE, "
            + "vb VARBINARY(8), PRIMARY KEY (id)) DEFAULT CHARSET=utf8mb4";
    /** Binary and BIT columns as hex, so that both sides compare as text. */
    private static final String SELECT = "SELECT id, ti, si, i, iu, bi, bu, amount, big, name, dt, dt0, dt3, ts, ts0, d, "
            + "t, t0, t3, y, j, e, st, b1 + 0, HEX(b12), f, HEX(vb) FROM %s.types ORDER BY id";

    private static MariaDbServer upstream;
    private static MariaDbServer downstream;
    private static KafkaBroker broker;
    private static ApicurioRegistry registry;
    private static ConnectWorker worker;

    @BeforeAll
    static void start() {
        Path work = ItPaths.workDir();
        long pid = ProcessHandle.current().pid();
        CompletableFuture<ApicurioRegistry> registryStart = CompletableFuture.supplyAsync(() -> ApicurioRegistry
                .builder(Path.of(required("dmconnect.apicurio.dir")), work.resolve("dbz-registry-" + pid)).start());
        try {
            upstream = MariaDbServer.builder("dbz-up").baseDir(work).serverId(141).start();
            downstream = MariaDbServer.builder("dbz-down").baseDir(work).serverId(142).start();
            broker = KafkaBroker.builder(work.resolve("dbz-kafka-" + pid)).start();
            // Debezium's plugin folder is on this worker's plugin.path only: no other IT sees its jars
            String pluginPath = String.join(",", ItPaths.pluginDir().toString(), required("dmconnect.debezium.plugins.dir"),
                    required("dmconnect.avro.plugins.dir"));
            worker = ConnectWorker.builder(broker.bootstrapServers(), ItPaths.pluginDir(), work.resolve("dbz-connect-" + pid))
                    .property("plugin.path", pluginPath)
                    .start();
        } finally {
            registry = registryStart.join();
        }
    }

    @AfterAll
    static void stop() {
        Closing.all(worker, registry, broker, downstream, upstream);
    }

    @Test
    void jsonConverterWithSchemas() {
        Pipeline p = new Pipeline("dbzjson", "dbz_json", 7101, false);
        p.run();
        List<ConsumerRecord<String, String>> written = TopicReader.read(broker.bootstrapServers(), p.topic(), 1, TIMEOUT);
        assertThat(written).first().satisfies(r -> assertThat(r.value()).startsWith("{\"schema\":"));
    }

    @Test
    void apicurioAvroOnBothConnectors() {
        Pipeline p = new Pipeline("dbzavro", "dbz_avro", 7102, true);
        p.run();
        List<ConsumerRecord<String, String>> written = TopicReader.read(broker.bootstrapServers(), p.topic(), 1, TIMEOUT);
        assertThat(written).first().satisfies(r -> assertThat(r.headers().lastHeader("apicurio.value.globalId")).isNotNull());
        assertThat(registry.get("/search/artifacts?limit=500")).contains(p.topic() + "-key", p.topic() + "-value");
    }

    /** One Debezium source and one sink over one database, with the JSON or the Avro converter. */
    private record Pipeline(String prefix, String db, int serverId, boolean avro) {
        String topic() {
            return prefix + "." + db + ".types";
        }

        void run() {
            upstream.execute("CREATE DATABASE " + db, TABLE.formatted(db));
            downstream.execute("CREATE DATABASE " + db, TABLE.formatted(db));
            upstream.execute(
                    "INSERT INTO " + db + ".types VALUES (1, -128, 65535, -2147483648, 4294967295, -9223372036854775808, "
                            + U64_MAX + ", -99999999999999.999999, " + "9".repeat(35) + "." + "9".repeat(30) + ", "
                            + "'Zoë 🦊 中文', '2026-11-21 10:00:00.123456', '1000-01-01 00:00:00', '2026-11-21 10:00:00.5', "
                            + "'2038-01-19 03:14:07.999999', '1970-01-01 00:00:01', '1000-01-01', '-838:59:59.000000', "
                            + "'838:59:59', '-00:00:01.250', 1901, '{\"a\": [1, 2.5, \"ü\"]}', 'paid', 'a,c', b'1', "
                            + "b'100000000001', -1.5E300, x'00ff')",
                    "INSERT INTO " + db + ".types (id) VALUES (2)",
                    "INSERT INTO " + db + ".types (id, name, dt, e) VALUES (3, 'three', '2020-02-29 23:59:59.999999', 'new')");
            worker.rest().createOrUpdate(prefix, converters(debezium()));
            worker.rest().awaitRunning(prefix, 1, TIMEOUT);
            worker.rest().createOrUpdate(prefix + "-sink", converters(sink()));
            worker.rest().awaitRunning(prefix + "-sink", 1, TIMEOUT);
            awaitEqual(); // the snapshot

            upstream.execute(
                    "INSERT INTO " + db + ".types VALUES (4, 127, 0, 2147483647, 0, 9223372036854775807, 0, "
                            + "0.000001, -0.000000000000000000000000000001, '', '9999-12-31 23:59:59.999999', "
                            + "'9999-12-31 23:59:59', '1970-01-01 00:00:00.001', '2026-11-21 10:00:00.000001', "
                            + "'2038-01-19 03:14:07', '9999-12-31', '838:59:59.999999', '-00:00:01', '23:59:59.999', "
                            + "2155, '[]', 'shipped', '', b'0', b'000000000000', 4.9E-324, '')",
                    "INSERT INTO " + db + ".types (id, bu, name, ts, t) VALUES (5, 9223372036854775808, 'x', "
                            + "'2000-01-01 00:00:00', '00:00:00')",
                    "UPDATE " + db + ".types SET name = 'changed ✓', amount = 11.5, dt = '2026-11-22 00:00:00.000001', "
                            + "t = '-12:30:00.5', st = 'b', j = '{\"k\": null}' WHERE id = 1",
                    "UPDATE " + db + ".types SET id = 30, e = 'paid' WHERE id = 3", // primary key change
                    "DELETE FROM " + db + ".types WHERE id = 2",
                    "UPDATE " + db + ".types SET ti = NULL, si = NULL, i = NULL, iu = NULL, bi = NULL, bu = NULL, "
                            + "amount = NULL, big = NULL, name = NULL, dt = NULL, dt0 = NULL, dt3 = NULL, ts = NULL, "
                            + "ts0 = NULL, d = NULL, t = NULL, t0 = NULL, t3 = NULL, y = NULL, j = NULL, e = NULL, "
                            + "st = NULL, b1 = NULL, b12 = NULL, f = NULL, vb = NULL WHERE id = 4");
            // one transaction with several rows and kinds
            upstream.execute("BEGIN", "INSERT INTO " + db + ".types (id, name) VALUES (6, 'six'), (7, 'seven')",
                    "UPDATE " + db + ".types SET name = 'SIX' WHERE id = 6", "DELETE FROM " + db + ".types WHERE id = 7",
                    "COMMIT");
            awaitEqual();
        }

        private Map<String, String> debezium() {
            Map<String, String> c = new LinkedHashMap<>();
            c.put("connector.class", DEBEZIUM);
            c.put("tasks.max", "1");
            c.put("database.hostname", upstream.host());
            c.put("database.port", String.valueOf(upstream.port()));
            c.put("database.user", upstream.sourceUser().user());
            c.put("database.password", upstream.sourceUser().password());
            c.put("database.server.id", String.valueOf(serverId));
            c.put("topic.prefix", prefix);
            c.put("database.include.list", db);
            c.put("schema.history.internal.kafka.bootstrap.servers", broker.bootstrapServers());
            c.put("schema.history.internal.kafka.topic", "schema-history." + prefix);
            c.put("include.schema.changes", "false");
            c.put("snapshot.mode", "initial");
            // BIGINT UNSIGNED: Debezium's default INT64 wraps above 2^63-1; either remedy lets the sink read it back
            if (avro) {
                c.put("schema.name.adjustment.mode", "avro");
                c.put("bigint.unsigned.handling.mode", "precise");
            } else {
                c.put("column.propagate.source.type", ".*");
            }
            return c;
        }

        private Map<String, String> sink() {
            Map<String, String> c = new LinkedHashMap<>();
            c.put("connector.class", SINK);
            c.put("tasks.max", "1");
            c.put("topics.regex", prefix + "\\." + db + "\\..*");
            c.put("consumer.override.metadata.max.age.ms", "1000");
            c.put("consumer.override.auto.offset.reset", "earliest");
            c.put("connection.url", "jdbc:mysql://" + downstream.host() + ":" + downstream.port() + "/");
            c.put("connection.username", downstream.targetUser().user());
            c.put("connection.password", downstream.targetUser().password());
            c.put("safe.mode.duration", "0");
            return c;
        }

        /** Connector-level overrides to Apicurio's Avro converter; the worker's default is JSON with schemas. */
        private Map<String, String> converters(Map<String, String> config) {
            if (avro) {
                config.put("key.converter", AVRO);
                config.put("value.converter", AVRO);
                config.putAll(registry.converterConfig("key.converter."));
                config.putAll(registry.converterConfig("value.converter."));
            }
            return config;
        }

        /** Waits until the downstream table holds exactly the upstream rows; fails at once when a task FAILED. */
        private void awaitEqual() {
            String sql = SELECT.formatted(db);
            List<List<String>>[] last = new List[2];
            Wait.until(TIMEOUT, Duration.ofMillis(500), () -> {
                for (String connector : List.of(prefix, prefix + "-sink")) {
                    assertThat(worker.rest().status(connector).anyFailed())
                            .as(() -> worker.rest().status(connector).describe()).isFalse();
                }
                last[0] = upstream.query(sql);
                last[1] = query(downstream, sql);
                return last[0].equals(last[1]);
            }, () -> "downstream " + last[1] + "\n!= upstream " + last[0] + "\n" + worker.rest().status(prefix + "-sink").describe());
        }
    }

    private static List<List<String>> query(DatabaseServer db, String sql) {
        try {
            return db.query(sql);
        } catch (RuntimeException e) {
            return List.of(List.of("error: " + e.getMessage()));
        }
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not set: run the integration tests through Maven (mvn verify)");
        }
        return value;
    }
}
