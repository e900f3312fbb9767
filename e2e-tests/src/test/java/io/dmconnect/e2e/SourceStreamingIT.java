package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmconnect.harness.Closing;
import io.dmconnect.harness.ConnectRestClient;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The source connector against a real MariaDB, broker and Connect worker: rows, DDL, crashes, restarts. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourceStreamingIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String SOURCE = "io.dmconnect.source.mysql.MySqlSourceConnector";

    private static MariaDbServer upstream;
    private static KafkaBroker broker;
    private static ConnectWorker worker;

    @BeforeAll
    static void start() {
        Path work = ItPaths.workDir();
        upstream = MariaDbServer.builder("stream-up").baseDir(work).serverId(111).start();
        broker = KafkaBroker.builder(work.resolve("stream-kafka-" + ProcessHandle.current().pid())).start();
        worker = ConnectWorker.builder(broker.bootstrapServers(), ItPaths.pluginDir(),
                work.resolve("stream-connect-" + ProcessHandle.current().pid())).start();
        upstream.execute("CREATE DATABASE shop",
                "CREATE TABLE shop.orders (id BIGINT PRIMARY KEY, amount DECIMAL(12,2) NOT NULL, note VARCHAR(32), "
                        + "created DATETIME(6))",
                "CREATE TABLE shop.customers (id INT PRIMARY KEY, name VARCHAR(64) CHARACTER SET utf8mb4)",
                "CREATE DATABASE scratch", "CREATE TABLE scratch.t (id INT PRIMARY KEY)");
        worker.rest().createOrUpdate("up1", config("up1", 5001));
        worker.rest().awaitRunning("up1", 1, TIMEOUT);
    }

    @AfterAll
    static void stop() {
        Closing.all(worker, broker, upstream);
    }

    private static Map<String, String> config(String prefix, int serverId) {
        Map<String, String> c = new HashMap<>();
        c.put("name", prefix);
        c.put("connector.class", SOURCE);
        c.put("tasks.max", "1");
        c.put("database.hostname", upstream.host());
        c.put("database.port", String.valueOf(upstream.port()));
        c.put("database.user", upstream.sourceUser().user());
        c.put("database.password", upstream.sourceUser().password());
        c.put("database.server.id", String.valueOf(serverId));
        c.put("snapshot.mode", "no_data"); // these tests are about streaming: every change as its binlog event
        c.put("topic.prefix", prefix);
        c.put("schema.history.kafka.bootstrap.servers", broker.bootstrapServers());
        c.put("block.allow.do.dbs", "shop");
        c.put("heartbeat.interval.ms", "1000");
        return c;
    }

    private static List<ConsumerRecord<String, String>> topic(String name, int atLeast) {
        List<ConsumerRecord<String, String>>[] last = new List[1];
        Wait.until(TIMEOUT, Duration.ofMillis(500), () -> {
            last[0] = TopicReader.read(broker.bootstrapServers(), name, atLeast, Duration.ofSeconds(5));
            return last[0].size() >= atLeast;
        }, () -> name + " has " + (last[0] == null ? 0 : last[0].size()) + " records, expected " + atLeast
                + "; status: " + worker.rest().status("up1").describe());
        return last[0];
    }

    @Test
    @Order(1)
    void insertsUpdatesAndDeletesBecomeEnvelopesWithTheirBinlogCoordinates() {
        upstream.execute("INSERT INTO shop.orders VALUES (1, 10.50, 'first', '2026-11-21 10:00:00.123456'), (2, 20.00, NULL, NULL)",
                "UPDATE shop.orders SET amount = 11.00, note = 'changed' WHERE id = 1",
                "DELETE FROM shop.orders WHERE id = 2",
                "INSERT INTO shop.customers VALUES (7, 'Zoë 🦊')",
                "INSERT INTO scratch.t VALUES (1)");

        List<ConsumerRecord<String, String>> orders = topic("up1.shop.orders", 5);
        // a first start publishes every captured table's CREATE TABLE before its rows
        assertThat(Records.ddls(orders)).singleElement().satisfies(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("CREATE_TABLE");
            assertThat(d.get("ddl").asText()).startsWith("CREATE TABLE IF NOT EXISTS `shop`.`orders`");
            assertThat(d.get("schema_after").asText()).contains("\"amount\"");
        });
        List<JsonNode> rows = Records.rows(orders);
        assertThat(rows).extracting(r -> r.get("op").asText()).containsExactly("c", "c", "u", "d");
        assertThat(rows.get(0).at("/after/id").asLong()).isEqualTo(1);
        assertThat(rows.get(0).at("/after/note").asText()).isEqualTo("first");
        assertThat(rows.get(2).at("/before/note").asText()).isEqualTo("first");
        assertThat(rows.get(2).at("/after/note").asText()).isEqualTo("changed");
        assertThat(rows.get(3).at("/before/id").asLong()).isEqualTo(2);
        assertThat(rows.get(3).get("after").isNull()).isTrue();
        JsonNode source = rows.get(0).get("source");
        assertThat(source.get("file").asText()).startsWith("mysql-bin.");
        assertThat(source.get("gtid").asText()).matches("0-111-\\d+");
        assertThat(source.get("source_id").asText()).isEqualTo("up1");
        assertThat(rows.get(1).at("/source/row").asInt()).isEqualTo(1); // second row of the same rows event
        assertThat(rows.get(0).at("/source/pos").asLong()).isEqualTo(rows.get(1).at("/source/pos").asLong());

        List<JsonNode> customers = Records.rows(topic("up1.shop.customers", 2));
        assertThat(customers.get(0).at("/after/name").asText()).isEqualTo("Zoë 🦊");
        assertThat(TopicReader.read(broker.bootstrapServers(), "up1.scratch.t", 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    @Order(2)
    void ddlTravelsInBandAndLaterRowsUseTheNewSchema() {
        upstream.execute("ALTER TABLE shop.orders ADD COLUMN qty INT NOT NULL DEFAULT 1 AFTER amount, ADD INDEX idx_note (note)",
                "INSERT INTO shop.orders (id, amount, qty, note) VALUES (3, 30.00, 5, 'with qty')",
                "ALTER TABLE shop.orders DROP COLUMN note",
                "ALTER TABLE shop.orders MODIFY amount DECIMAL(14,3) NOT NULL",
                "ALTER TABLE shop.orders RENAME COLUMN qty TO quantity",
                "INSERT INTO shop.orders (id, amount, quantity) VALUES (4, 40.125, 9)");

        List<ConsumerRecord<String, String>> all = topic("up1.shop.orders", 1 + 4 + 2 + 5);
        List<JsonNode> ddls = Records.ddls(all).stream().filter(d -> !d.get("kind").asText().equals("CREATE_TABLE")).toList();
        assertThat(ddls).extracting(d -> d.get("ddl").asText()).containsExactly(
                ddls.get(0).get("ddl").asText(), ddls.get(1).get("ddl").asText(), ddls.get(2).get("ddl").asText(),
                ddls.get(3).get("ddl").asText(), ddls.get(4).get("ddl").asText());
        assertThat(ddls.get(0).get("ddl").asText()).containsIgnoringCase("ADD COLUMN").contains("qty");
        assertThat(ddls.get(1).get("ddl").asText()).containsIgnoringCase("ADD INDEX").contains("idx_note");
        assertThat(ddls).extracting(d -> d.get("kind").asText()).containsOnly("ALTER_TABLE");
        assertThat(ddls.get(2).get("schema_before").asText()).contains("\"note\"");
        assertThat(ddls.get(2).get("schema_after").asText()).doesNotContain("\"note\"");

        List<JsonNode> rows = Records.rows(all);
        JsonNode withQty = rows.get(4).get("after");
        assertThat(withQty.get("qty").asInt()).isEqualTo(5);
        JsonNode last = rows.get(5).get("after");
        assertThat(last.get("quantity").asInt()).isEqualTo(9);
        assertThat(last.has("note")).isFalse();
    }

    @Test
    @Order(3)
    void aRenamedTableContinuesInItsNewTopic() {
        upstream.execute("RENAME TABLE shop.customers TO shop.clients", "INSERT INTO shop.clients VALUES (8, 'Ada')");
        List<ConsumerRecord<String, String>> customers = topic("up1.shop.customers", 3);
        assertThat(Records.ddls(customers)).filteredOn(d -> d.get("kind").asText().equals("RENAME_TABLE")).singleElement().satisfies(d -> {
            assertThat(d.get("new_table").asText()).isEqualTo("clients");
        });
        assertThat(Records.rows(topic("up1.shop.clients", 1)).get(0).at("/after/name").asText()).isEqualTo("Ada");
    }

    @Test
    @Order(4)
    void aDdlWhileTheWorkerIsDownIsReplayedOnTheSchemaFromTheHistory() {
        worker.stop();
        // the tracker must resume from the history (schema as of the offset) and apply this DDL from the binlog;
        // a fresh read of the server's schema would already have 'extra' and fail to apply it again
        upstream.execute("ALTER TABLE shop.orders ADD COLUMN extra VARCHAR(8)",
                "INSERT INTO shop.orders (id, amount, quantity, extra) VALUES (5, 5.000, 1, 'x')");
        worker.restart();
        worker.rest().awaitRunning("up1", 1, TIMEOUT);
        List<JsonNode> rows = Records.rows(topic("up1.shop.orders", 14));
        assertThat(rows.get(rows.size() - 1).at("/after/extra").asText()).isEqualTo("x");
        assertThat(worker.rest().status("up1").anyFailed()).isFalse();
    }

    @Test
    @Order(5)
    void aKillMinus9MidStreamLosesNoCommittedRow() throws Exception {
        upstream.execute("CREATE TABLE shop.events (id INT PRIMARY KEY, payload VARCHAR(64))");
        Thread writer = new Thread(() -> {
            for (int batch = 0; batch < 40; batch++) {
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < 50; i++) {
                    int id = batch * 50 + i;
                    values.append(i == 0 ? "" : ",").append("(").append(id).append(",'p").append(id).append("')");
                }
                upstream.execute("INSERT INTO shop.events VALUES " + values);
                Wait.sleep(Duration.ofMillis(50));
            }
        });
        writer.start();
        Wait.sleep(Duration.ofMillis(700));
        worker.kill9();
        Wait.sleep(Duration.ofSeconds(1));
        worker.restart();
        writer.join();
        worker.rest().awaitRunning("up1", 1, TIMEOUT);

        // after a kill -9 the source may publish a row twice (offsets not yet committed): count distinct rows
        Set<Long> ids = new TreeSet<>();
        Wait.until(TIMEOUT, Duration.ofSeconds(1), () -> {
            ids.clear();
            Records.rows(TopicReader.read(broker.bootstrapServers(), "up1.shop.events", 5000, Duration.ofSeconds(5)))
                    .forEach(r -> ids.add(r.at("/after/id").asLong()));
            return ids.size() >= 2000;
        }, () -> "only " + ids.size() + " of 2000 rows arrived; status: " + worker.rest().status("up1").describe());
        assertThat(ids).hasSize(2000).first().isEqualTo(0L);
        assertThat(ids).last().isEqualTo(1999L);
        assertThat(upstream.queryValue("SELECT COUNT(*) FROM shop.events")).isEqualTo("2000");
    }

    @Test
    @Order(6)
    void validateRunsDmsPrecheckAgainstTheServer() {
        Path work = ItPaths.workDir();
        try (MariaDbServer noBinlog = MariaDbServer.builder("no-binlog").baseDir(work).serverId(121).binlog(false).start();
             MariaDbServer statement = MariaDbServer.builder("statement").baseDir(work).serverId(122)
                     .arg("--binlog-format=STATEMENT").start()) {
            ConnectRestClient rest = worker.rest();
            List<String> off = ConnectRestClient.validationErrors(rest.validate(SOURCE, against(noBinlog)));
            assertThat(off).anyMatch(e -> e.startsWith("database.hostname:") && e.contains("binlog_enable"));
            List<String> stmt = ConnectRestClient.validationErrors(rest.validate(SOURCE, against(statement)));
            assertThat(stmt).anyMatch(e -> e.startsWith("database.hostname:") && e.contains("binlog_format is STATEMENT"));
            Map<String, String> ignored = against(statement);
            ignored.put("precheck.ignore.items", "binlog_format");
            assertThat(ConnectRestClient.validationErrors(rest.validate(SOURCE, ignored))).isEmpty();
            assertThat(ConnectRestClient.validationErrors(rest.validate(SOURCE, config("ok", 5002)))).isEmpty();
        }
    }

    @Test
    @Order(7)
    void aDdlBarrierReachesEveryPartitionOfTheTopic() {
        broker.createTopic("up1.shop.multi", 3);
        upstream.execute("CREATE TABLE shop.multi (id INT PRIMARY KEY)", "ALTER TABLE shop.multi ADD COLUMN v INT");
        List<JsonNode> ddls = Records.ddls(topic("up1.shop.multi", 6));
        assertThat(ddls).hasSize(6);
        assertThat(ddls).extracting(d -> d.get("partitions").asInt()).containsOnly(3);
        assertThat(ddls).extracting(d -> d.get("kind").asText() + "@" + d.get("partition").asInt())
                .containsExactlyInAnyOrder("CREATE_TABLE@0", "CREATE_TABLE@1", "CREATE_TABLE@2",
                        "ALTER_TABLE@0", "ALTER_TABLE@1", "ALTER_TABLE@2");
    }

    @Test
    @Order(8)
    void binlogStartTimeStartsAtTheFirstTransactionFromThatMoment() {
        upstream.execute("INSERT INTO shop.orders (id, amount, quantity) VALUES (100, 1, 1)");
        long before = Long.parseLong(upstream.queryValue("SELECT UNIX_TIMESTAMP()"));
        Wait.until(TIMEOUT, Duration.ofMillis(100),
                () -> Long.parseLong(upstream.queryValue("SELECT UNIX_TIMESTAMP()")) >= before + 2, () -> "clock");
        String start = java.time.Instant.ofEpochSecond(before + 1).toString(); // binlog times have whole seconds
        upstream.execute("INSERT INTO shop.orders (id, amount, quantity) VALUES (101, 1, 1)");

        Map<String, String> c = config("up2", 5004);
        c.put("binlog.start.time", start);
        worker.rest().createOrUpdate("up2", c);
        worker.rest().awaitRunning("up2", 1, TIMEOUT);
        List<JsonNode> rows = Records.rows(topic("up2.shop.orders", 2));
        assertThat(rows).extracting(r -> r.at("/after/id").asLong()).containsExactly(101L);
        worker.rest().deleteConnector("up2");
    }

    @Test
    @Order(9)
    void binlogStartGtidStartsAfterTheGivenSet() {
        upstream.execute("INSERT INTO shop.orders (id, amount, quantity) VALUES (200, 1, 1)");
        String after = upstream.queryValue("SELECT @@gtid_binlog_pos");
        upstream.execute("INSERT INTO shop.orders (id, amount, quantity) VALUES (201, 1, 1)");
        Map<String, String> c = config("up3", 5005);
        c.put("binlog.start.gtid", after);
        worker.rest().createOrUpdate("up3", c);
        worker.rest().awaitRunning("up3", 1, TIMEOUT);
        List<JsonNode> rows = Records.rows(topic("up3.shop.orders", 2));
        assertThat(rows).extracting(r -> r.at("/after/id").asLong()).containsExactly(201L);
        assertThat(rows.get(0).at("/source/file").asText()).startsWith("mysql-bin.");
        worker.rest().deleteConnector("up3");
    }

    private static Map<String, String> against(MariaDbServer server) {
        Map<String, String> c = config("pre", 5003);
        c.put("database.port", String.valueOf(server.port()));
        return c;
    }
}
