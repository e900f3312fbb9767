package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.harness.ConnectRestClient;
import io.dmconnect.harness.ConnectRestClient.ConnectorStatus;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.Ports;
import io.dmconnect.harness.TopicReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The foundation's proof: two MariaDB upstreams, one downstream, a KRaft broker and a Connect worker, all real
 * child processes on 127.0.0.1, with the dm-connect plugin loaded from the built plugin folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String SOURCE = "io.dmconnect.source.mysql.MySqlSourceConnector";
    private static final String SINK = "io.dmconnect.sink.tidb.TiDbSinkConnector";

    private static MariaDbServer upstream1;
    private static MariaDbServer upstream2;
    private static MariaDbServer downstream;
    private static KafkaBroker broker;
    private static ConnectWorker worker;
    private static final List<Long> pids = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();

    @BeforeAll
    static void startEverything() {
        Path work = ItPaths.workDir();
        upstream1 = timed("mariadb upstream1", () -> MariaDbServer.builder("upstream1").baseDir(work).serverId(101).gtidDomainId(1).start());
        upstream2 = timed("mariadb upstream2", () -> MariaDbServer.builder("upstream2").baseDir(work).serverId(102).gtidDomainId(2).start());
        downstream = timed("mariadb downstream", () -> MariaDbServer.builder("downstream").baseDir(work).serverId(201).start());
        broker = timed("kafka broker", () -> KafkaBroker.builder(work.resolve("kafka-" + ProcessHandle.current().pid())).start());
        worker = timed("connect worker", () -> ConnectWorker.builder(broker.bootstrapServers(),
                        ItPaths.pluginDir(), work.resolve("connect-" + ProcessHandle.current().pid()))
                .property("plugin.path", ItPaths.pluginDir() + "," + ItPaths.testPluginsDir())
                .start());
        for (MariaDbServer db : List.of(upstream1, upstream2, downstream)) {
            pids.add(db.pid());
            ports.add(db.port());
        }
        pids.add(broker.pid());
        ports.add(broker.port());
    }

    /** Start-up times go to the test output; docs/testing.md quotes them. */
    private static <T> T timed(String what, java.util.function.Supplier<T> start) {
        long t0 = System.nanoTime();
        T started = start.get();
        System.out.printf("harness: %s ready in %d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
        return started;
    }

    @AfterAll
    static void stopEverythingAndLeaveNothingBehind() {
        List<AutoCloseable> all = Arrays.asList(worker, broker, downstream, upstream2, upstream1);
        for (AutoCloseable c : all) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // keep closing the others; the assertions below report what survived
                }
            }
        }
        if (worker != null) {
            pids.add(worker.pid());
            ports.add(worker.restPort());
        }
        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("process %d is still running", pid).isFalse());
        assertThat(ports).allSatisfy(port -> assertThat(Ports.isListening(port)).as("port %d still open", port).isFalse());
        for (MariaDbServer db : Arrays.asList(upstream1, upstream2, downstream)) {
            if (db != null) {
                assertThat(db.dir()).doesNotExist();
            }
        }
    }

    @Test
    @Order(1)
    void upstreamsWriteRowBinlogWithFullImageMetadataAndGtids() {
        for (MariaDbServer db : List.of(upstream1, upstream2)) {
            List<String> vars = db.query("SELECT @@log_bin, @@binlog_format, @@binlog_row_image, @@binlog_row_metadata, "
                    + "@@server_id, @@gtid_domain_id, @@bind_address").get(0);
            assertThat(vars.subList(0, 4)).as(db.name()).containsExactly("1", "ROW", "FULL", "FULL");
            assertThat(vars.get(6)).isEqualTo("127.0.0.1");

            db.execute("CREATE DATABASE probe", "CREATE TABLE probe.t (id INT PRIMARY KEY, v VARCHAR(10))",
                    "INSERT INTO probe.t VALUES (1, 'a')");
            String gtid = db.queryValue("SELECT @@gtid_binlog_pos");
            assertThat(gtid).as("GTID of the last write on %s", db.name())
                    .matches(vars.get(5) + "-" + vars.get(4) + "-\\d+");
            assertThat(db.query("SHOW BINARY LOGS")).isNotEmpty();
            List<List<String>> events = db.query("SHOW BINLOG EVENTS IN '" + db.query("SHOW BINARY LOGS").get(0).get(0) + "'");
            assertThat(events).extracting(e -> e.get(2)).contains("Gtid", "Write_rows_v1", "Table_map");
        }
        assertThat(upstream1.queryValue("SELECT @@server_id")).isNotEqualTo(upstream2.queryValue("SELECT @@server_id"));
    }

    @Test
    @Order(2)
    void accountsHaveExactlyDmsPrivileges() throws SQLException {
        // MariaDB 10.5+ shows REPLICATION CLIENT under its new name, BINLOG MONITOR
        assertThat(globalPrivileges(upstream1, "dm_source"))
                .containsExactlyInAnyOrder("SELECT", "RELOAD", "LOCK TABLES", "REPLICATION SLAVE", "BINLOG MONITOR");
        assertThat(globalPrivileges(downstream, "dm_target"))
                .containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "INDEX", "ALTER");

        try (Connection source = upstream1.connect(upstream1.sourceUser()); var s = source.createStatement()) {
            assertThat(s.executeQuery("SHOW MASTER STATUS").next()).isTrue();
            assertThatThrownBy(() -> s.execute("CREATE DATABASE not_allowed")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
        try (Connection target = downstream.connect(downstream.targetUser()); var s = target.createStatement()) {
            s.execute("CREATE DATABASE shop");
            s.execute("CREATE TABLE shop.orders (id BIGINT PRIMARY KEY, amount DECIMAL(12,2))");
            s.execute("ALTER TABLE shop.orders ADD INDEX idx_amount (amount)");
            s.execute("INSERT INTO shop.orders VALUES (1, 9.99)");
            assertThatThrownBy(() -> s.execute("GRANT SELECT ON shop.* TO 'dm_source'@'%'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
        }
    }

    private static Set<String> globalPrivileges(MariaDbServer db, String user) {
        String grant = db.query("SHOW GRANTS FOR '" + user + "'@'%'").stream().map(r -> r.get(0))
                .filter(g -> g.contains(" ON *.* ")).findFirst().orElseThrow();
        String list = grant.substring("GRANT ".length(), grant.indexOf(" ON *.* "));
        return Arrays.stream(list.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    @Test
    @Order(3)
    void workerLoadsBothPluginsFromThePluginFolder() {
        ConnectRestClient rest = worker.rest();
        assertThat(rest.connectorPluginClasses()).contains(SOURCE, SINK);
        // the plugin came through plugin.path isolation: its jars are not on the worker's own classpath
        assertThat(Logs.read(worker.logFile())).contains("Loading plugin from: " + ItPaths.pluginDir());

        List<String> sourceErrors = ConnectRestClient.validationErrors(rest.validate(SOURCE,
                Map.of("connector.class", SOURCE, "database.port", "0")));
        assertThat(sourceErrors).anyMatch(e -> e.startsWith("database.hostname:"))
                .anyMatch(e -> e.startsWith("database.port:"))
                .anyMatch(e -> e.startsWith("topic.prefix:"));
        List<String> sinkErrors = ConnectRestClient.validationErrors(rest.validate(SINK,
                Map.of("connector.class", SINK, "topics", "t", "connection.url", "jdbc:postgresql://x/")));
        assertThat(sinkErrors).anyMatch(e -> e.startsWith("connection.url:") && e.contains("jdbc:mysql://"));

        // rule problems, named-group keys included, arrive on their exact keys through the REST API
        List<String> ruleErrors = ConnectRestClient.validationErrors(rest.validate(SINK, Map.of(
                "connector.class", SINK, "topics", "t", "connection.url", "jdbc:mysql://127.0.0.1:4000/",
                "connection.username", "u", "filters", "f1", "filters.f1.schema.pattern", "shop",
                "filters.f1.events", "insert", "filters.f1.action", "Skip",
                "block.allow.do.tables", "no_dot_here")));
        assertThat(ruleErrors).anyMatch(e -> e.startsWith("filters.f1.action:"))
                .anyMatch(e -> e.startsWith("block.allow.do.tables:"))
                .noneMatch(e -> e.startsWith("connection.url:"));
    }

    @Test
    @Order(4)
    void restHelpersDriveAConnectorThroughItsLifecycle() throws Exception {
        Path input = Files.createTempFile(Files.createDirectories(ItPaths.workDir()), "lines", ".txt");
        Files.write(input, List.of("one", "two", "three"));
        ConnectRestClient rest = worker.rest();
        rest.createOrUpdate("file-source", Map.of(
                "connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector",
                "file", input.toString(), "topic", "lines", "tasks.max", "1"));
        rest.awaitRunning("file-source", 1, TIMEOUT);

        var records = TopicReader.read(broker.bootstrapServers(), "lines", 3, TIMEOUT);
        assertThat(records).extracting(r -> r.value()).allMatch(v -> v.contains("\"payload\":\""));
        assertThat(records).extracting(r -> r.value()).anyMatch(v -> v.contains("\"payload\":\"three\""));

        rest.pause("file-source");
        rest.awaitState("file-source", "PAUSED", TIMEOUT);
        rest.resume("file-source");
        rest.awaitRunning("file-source", 1, TIMEOUT);
        rest.deleteConnector("file-source");
        assertThat(rest.connectors()).doesNotContain("file-source");
        Files.delete(input);
    }

    @Test
    @Order(5)
    void aFailedTaskIsReportedWithItsTrace() {
        ConnectRestClient rest = worker.rest();
        // a start position the server does not have: the task must fail, naming the file and the way out
        Map<String, String> config = new java.util.HashMap<>(Map.of("connector.class", SOURCE,
                "database.hostname", upstream1.host(), "database.port", String.valueOf(upstream1.port()),
                "database.user", upstream1.sourceUser().user(), "database.password", upstream1.sourceUser().password(),
                "database.server.id", "9001", "topic.prefix", "up1", "binlog.start.file", "mysql-bin.999999"));
        config.put("schema.history.kafka.bootstrap.servers", broker.bootstrapServers());
        rest.createOrUpdate("mysql-up1", config);
        ConnectorStatus failed = rest.awaitFailed("mysql-up1", TIMEOUT);
        assertThat(failed.tasks()).singleElement().satisfies(t -> assertThat(t.trace())
                .contains("binlog file mysql-bin.999999", "It was purged"));
        assertThatThrownBy(() -> rest.awaitRunning("mysql-up1", 1, Duration.ofSeconds(5)))
                .hasMessageContaining("connector failed").hasMessageContaining("mysql-bin.999999");
    }

    @Test
    @Order(6)
    void aKilledWorkerRestartsAndKeepsItsConnectors() {
        long before = worker.pid();
        worker.kill9();
        assertThat(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(worker.rest().isReady()).isFalse();

        worker.restart();
        assertThat(worker.pid()).isNotEqualTo(before);
        assertThat(worker.rest().connectorPluginClasses()).contains(SOURCE, SINK);
        assertThat(worker.rest().connectors()).contains("mysql-up1"); // configs live in Kafka, not in the worker
        pids.add(before);
    }

    /** Reads a whole log file; kept here to avoid widening the harness's API for one assertion. */
    private static final class Logs {
        static String read(Path file) {
            try {
                return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
