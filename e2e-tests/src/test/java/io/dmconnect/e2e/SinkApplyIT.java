package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.Closing;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.DatabaseServer;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Source → Kafka → sink against real servers: the downstream must end up equal to the upstream. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SinkApplyIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String SOURCE = "io.dmconnect.source.mysql.MySqlSourceConnector";
    private static final String SINK = "io.dmconnect.sink.tidb.TiDbSinkConnector";

    private static MariaDbServer upstream;
    private static MariaDbServer downstream;
    private static KafkaBroker broker;
    private static ConnectWorker worker;

    @BeforeAll
    static void start() {
        Path work = ItPaths.workDir();
        upstream = MariaDbServer.builder("sink-up").baseDir(work).serverId(131).start();
        downstream = MariaDbServer.builder("sink-down").baseDir(work).serverId(132).start();
        broker = KafkaBroker.builder(work.resolve("sink-kafka-" + ProcessHandle.current().pid())).start();
        worker = ConnectWorker.builder(broker.bootstrapServers(), ItPaths.pluginDir(),
                work.resolve("sink-connect-" + ProcessHandle.current().pid())).start();
        upstream.execute("CREATE DATABASE shop",
                "CREATE TABLE shop.orders (id BIGINT PRIMARY KEY, code VARCHAR(16) NOT NULL, amount DECIMAL(12,2), "
                        + "note VARCHAR(64), created DATETIME(6), UNIQUE KEY uk_code (code))",
                "CREATE TABLE shop.nokey (a INT, b VARCHAR(8))",
                "CREATE DATABASE shop_01", "CREATE DATABASE shop_02",
                "CREATE TABLE shop_01.orders_07 (id INT PRIMARY KEY, v VARCHAR(16))",
                "CREATE TABLE shop_02.orders_03 (id INT PRIMARY KEY, v VARCHAR(16))");
        // the merged table exists downstream with DM's extract columns last, as strings
        downstream.execute("CREATE DATABASE merged",
                "CREATE TABLE merged.orders (id INT NOT NULL, v VARCHAR(16), c_table VARCHAR(8) NOT NULL, "
                        + "c_schema VARCHAR(8) NOT NULL, PRIMARY KEY (id, c_table, c_schema))");
        worker.rest().createOrUpdate("up", source());
        worker.rest().awaitRunning("up", 1, TIMEOUT);
        worker.rest().createOrUpdate("down", sink());
        worker.rest().awaitRunning("down", 1, TIMEOUT);
    }

    @AfterAll
    static void stop() {
        Closing.all(worker, broker, downstream, upstream);
    }

    private static Map<String, String> source() {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", SOURCE);
        c.put("database.hostname", upstream.host());
        c.put("database.port", String.valueOf(upstream.port()));
        c.put("database.user", upstream.sourceUser().user());
        c.put("database.password", upstream.sourceUser().password());
        c.put("database.server.id", "6001");
        c.put("topic.prefix", "up");
        c.put("schema.history.kafka.bootstrap.servers", broker.bootstrapServers());
        c.put("block.allow.do.dbs", "~^(shop|wide)");
        return c;
    }

    private static Map<String, String> sink() {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", SINK);
        c.put("tasks.max", "1");
        c.put("topics.regex", "up\\.shop.*");
        c.put("consumer.override.metadata.max.age.ms", "1000");
        c.put("consumer.override.auto.offset.reset", "earliest");
        c.put("connection.url", "jdbc:mysql://" + downstream.host() + ":" + downstream.port() + "/");
        c.put("connection.username", downstream.targetUser().user());
        c.put("connection.password", downstream.targetUser().password());
        c.put("worker.count", "4");
        c.put("safe.mode.duration", "0");
        c.put("routes", "merge");
        c.put("routes.merge.schema.pattern", "shop_0*");
        c.put("routes.merge.table.pattern", "orders_*");
        c.put("routes.merge.target.schema", "merged");
        c.put("routes.merge.target.table", "orders");
        c.put("routes.merge.extract.table.regexp", "^orders_(\\d+)$");
        c.put("routes.merge.extract.table.column", "c_table");
        c.put("routes.merge.extract.schema.regexp", "^shop_(\\d+)$");
        c.put("routes.merge.extract.schema.column", "c_schema");
        c.put("errors.tolerance", "all");
        c.put("errors.deadletterqueue.topic.name", "dlq-down");
        c.put("errors.deadletterqueue.topic.replication.factor", "1");
        c.put("errors.deadletterqueue.context.headers.enable", "true");
        return c;
    }

    /** Waits until the downstream table holds exactly the upstream rows (same query both sides). */
    private static void awaitEqual(String upstreamSql, String downstreamSql) {
        List<List<String>>[] last = new List[2];
        Wait.until(TIMEOUT, Duration.ofMillis(500), () -> {
            assertThat(worker.rest().status("down").anyFailed()).as(() -> worker.rest().status("down").describe()).isFalse();
            last[0] = upstream.query(upstreamSql);
            last[1] = query(downstream, downstreamSql);
            return last[0].equals(last[1]);
        }, () -> "downstream " + last[1] + " != upstream " + last[0] + "\n" + worker.rest().status("down").describe());
    }

    private static List<List<String>> query(DatabaseServer db, String sql) {
        try {
            return db.query(sql);
        } catch (RuntimeException e) {
            return List.of(List.of("error: " + e.getMessage()));
        }
    }

    @Test
    @Order(1)
    void everyDmlKindIncludingKeyChangesAndKeylessTablesLandsOnce() {
        upstream.execute("INSERT INTO shop.orders VALUES (1, 'A', 10.50, 'one', '2026-11-21 10:00:00.123456'), "
                        + "(2, 'B', 20.00, NULL, NULL), (3, 'C', 30.00, 'three', NULL)",
                "UPDATE shop.orders SET amount = 11.00, note = 'changed' WHERE id = 1",
                "UPDATE shop.orders SET id = 20 WHERE id = 2", // primary key change
                "UPDATE shop.orders SET code = 'X' WHERE id = 3",
                "UPDATE shop.orders SET code = 'C' WHERE id = 1", // unique value freed by 3 and taken by 1
                "DELETE FROM shop.orders WHERE id = 20",
                "INSERT INTO shop.nokey VALUES (1, 'a'), (1, 'a'), (2, NULL)",
                "DELETE FROM shop.nokey WHERE a = 1 LIMIT 1",
                "UPDATE shop.nokey SET b = 'z' WHERE a = 2");
        String orders = "SELECT id, code, amount, note, created FROM shop.orders ORDER BY id";
        awaitEqual(orders, orders);
        String nokey = "SELECT a, b FROM shop.nokey ORDER BY a, b";
        awaitEqual(nokey, nokey);
    }

    @Test
    @Order(2)
    void shardsMergeIntoOneTableWithExtractColumnsAndRoutedDdl() {
        upstream.execute("INSERT INTO shop_01.orders_07 VALUES (1, 'a'), (2, 'b')",
                "INSERT INTO shop_02.orders_03 VALUES (1, 'x')",
                "UPDATE shop_01.orders_07 SET v = 'bb' WHERE id = 2");
        awaitEqual("SELECT * FROM (SELECT 1 AS id, 'a' AS v, '07' AS t, '01' AS s UNION ALL SELECT 1, 'x', '03', '02' "
                        + "UNION ALL SELECT 2, 'bb', '07', '01') x ORDER BY s, id",
                "SELECT id, v, c_table, c_schema FROM merged.orders ORDER BY c_schema, id");

        // the same DDL from both shards reaches the merged table under its routed name; the second is "already done"
        upstream.execute("ALTER TABLE shop_01.orders_07 ADD COLUMN qty INT", "ALTER TABLE shop_02.orders_03 ADD COLUMN qty INT",
                "INSERT INTO shop_02.orders_03 VALUES (2, 'y', 5)");
        awaitEqual("SELECT 2, 'y', 5", "SELECT id, v, qty FROM merged.orders WHERE c_schema = '02' AND id = 2");
    }

    @Test
    @Order(3)
    void aTransientTidbErrorIsRetriedAndARejectedRowGoesToTheDeadLetterQueue() throws Exception {
        downstream.execute("CREATE TABLE shop.ctl (fail INT)", "INSERT INTO shop.ctl VALUES (1)",
                "CREATE TRIGGER shop.conflict BEFORE INSERT ON shop.orders FOR EACH ROW BEGIN "
                        + "IF (SELECT fail FROM shop.ctl) = 1 THEN "
                        + "SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 9007, MESSAGE_TEXT = 'Write conflict, txnStartTS=1'; END IF; END");
        upstream.execute("INSERT INTO shop.orders VALUES (40, 'R', 1.00, 'retried', NULL)");
        Wait.sleep(Duration.ofSeconds(5));
        assertThat(downstream.queryValue("SELECT COUNT(*) FROM shop.orders WHERE id = 40")).isEqualTo("0");
        assertThat(worker.rest().status("down").anyFailed()).isFalse();
        downstream.execute("UPDATE shop.ctl SET fail = 0");
        awaitEqual("SELECT id FROM shop.orders WHERE id = 40", "SELECT id FROM shop.orders WHERE id = 40");

        // a row the downstream already has (outside safe mode) is rejected with 1062: dead-letter queue, task goes on
        downstream.execute("INSERT INTO shop.orders VALUES (50, 'D', 9.99, 'already here', NULL)");
        upstream.execute("INSERT INTO shop.orders VALUES (50, 'E', 1.00, 'upstream', NULL)",
                "INSERT INTO shop.orders VALUES (51, 'F', 1.00, 'after', NULL)");
        awaitEqual("SELECT id FROM shop.orders WHERE id = 51", "SELECT id FROM shop.orders WHERE id = 51");
        assertThat(downstream.queryValue("SELECT note FROM shop.orders WHERE id = 50")).isEqualTo("already here");
        assertThat(TopicReader.read(broker.bootstrapServers(), "dlq-down", 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(worker.rest().status("down").anyFailed()).isFalse();
    }

    @Test
    @Order(4)
    void aKillMinus9MidStreamLeavesTheDownstreamEqualWithoutDuplicates() throws Exception {
        upstream.execute("CREATE TABLE shop.events (id INT PRIMARY KEY, n INT NOT NULL)");
        Thread writer = new Thread(() -> {
            for (int batch = 0; batch < 30; batch++) {
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < 40; i++) {
                    int id = batch * 40 + i;
                    values.append(i == 0 ? "" : ",").append("(").append(id).append(",").append(id).append(")");
                }
                upstream.execute("INSERT INTO shop.events VALUES " + values, "UPDATE shop.events SET n = n + 1 WHERE id % 7 = " + (batch % 7));
                Wait.sleep(Duration.ofMillis(60));
            }
        });
        writer.start();
        Wait.sleep(Duration.ofMillis(900));
        worker.kill9();
        Wait.sleep(Duration.ofSeconds(1));
        worker.restart();
        writer.join();
        String events = "SELECT COUNT(*), SUM(n), BIT_XOR(CRC32(CONCAT(id, ':', n))) FROM shop.events";
        awaitEqual(events, events);
    }

    @Test
    @Order(5)
    void aDdlBarrierWaitsForEveryPartitionBeforeRowsInTheNewShape() {
        broker.createTopic("up.shop.multi", 3);
        upstream.execute("CREATE TABLE shop.multi (id INT PRIMARY KEY, v INT)");
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            before.append(i == 0 ? "" : ",").append("(").append(i).append(",").append(i).append(")");
        }
        upstream.execute("INSERT INTO shop.multi VALUES " + before, "ALTER TABLE shop.multi ADD COLUMN w INT NOT NULL DEFAULT 7",
                "INSERT INTO shop.multi VALUES (100, 100, 8), (101, 101, 9), (102, 102, 10)", "UPDATE shop.multi SET w = 1 WHERE id < 10");
        String multi = "SELECT COUNT(*), SUM(v), SUM(w) FROM shop.multi";
        awaitEqual(multi, multi);
    }

    /**
     * Three sink tasks, one partition each: the DDL (a TRUNCATE) waits until every task applied its partition's
     * earlier rows, although one of them is held up by a slow downstream trigger. Run at the first copy, it would
     * empty the table before the slow partition's later rows arrive, and those would survive it.
     */
    @Test
    @Order(6)
    void aDdlBarrierSpansTasksThatReadDifferentPartitions() {
        broker.createTopic("up.wide.multi", 3);
        downstream.execute("CREATE DATABASE wide", "CREATE TABLE wide.multi (id INT PRIMARY KEY, v INT)",
                "CREATE TRIGGER wide.slow BEFORE INSERT ON wide.multi FOR EACH ROW BEGIN IF NEW.id = 5 THEN DO SLEEP(4); END IF; END");
        Map<String, String> sink = new HashMap<>(sink());
        sink.remove("topics.regex");
        sink.remove("routes");
        sink.keySet().removeIf(k -> k.startsWith("routes."));
        sink.put("topics", "up.wide.multi");
        sink.put("tasks.max", "3");
        sink.put("batch.size", "1");
        // one record per put: the slow partition's later rows reach the downstream after the sleeping one committed,
        // i.e. after a DDL that ran too early would have (metadata locks alone would otherwise order them)
        sink.put("consumer.override.max.poll.records", "1");
        sink.put("errors.deadletterqueue.topic.name", "dlq-down3");
        worker.rest().createOrUpdate("down3", sink);
        worker.rest().awaitRunning("down3", 3, TIMEOUT);

        upstream.execute("CREATE DATABASE wide", "CREATE TABLE wide.multi (id INT PRIMARY KEY, v INT)");
        String[] rows = new String[30];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "INSERT INTO wide.multi VALUES (" + i + ", " + i + ")"; // one transaction each
        }
        upstream.execute(rows);
        upstream.execute("TRUNCATE TABLE wide.multi", "INSERT INTO wide.multi VALUES (100, 1), (101, 1), (102, 1)",
                "ALTER TABLE wide.multi DROP COLUMN v", "DELETE FROM wide.multi WHERE id = 100");

        String table = "SELECT COUNT(*), SUM(id) FROM wide.multi";
        String columns = "SELECT GROUP_CONCAT(COLUMN_NAME) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'wide' AND TABLE_NAME = 'multi'";
        List<List<String>>[] last = new List[2];
        Wait.until(TIMEOUT, Duration.ofMillis(500), () -> {
            assertThat(worker.rest().status("down3").anyFailed()).as(() -> worker.rest().status("down3").describe()).isFalse();
            last[0] = List.of(upstream.query(table).get(0), upstream.query(columns).get(0));
            last[1] = List.of(query(downstream, table).get(0), query(downstream, columns).get(0));
            return last[0].equals(last[1]);
        }, () -> "downstream " + last[1] + " != upstream " + last[0] + "\n" + worker.rest().status("down3").describe());
        assertThat(TopicReader.read(broker.bootstrapServers(), "dlq-down3", 1, Duration.ofSeconds(3))).isEmpty();
        assertThat(downstream.queryValue("SELECT COUNT(*) FROM dm_meta.down3_ddl_applied WHERE done = 1")).isNotEqualTo("0");
        worker.rest().deleteConnector("down3");
    }

    /**
     * DM's binlog replace: an upstream ADD UNIQUE KEY fails downstream, where a downstream-only row duplicates a
     * value. The task fails with the hint of a ddl.replace rule for that statement at that position; the rule,
     * taken from the hint with a plain index as its statements, replaces the DDL after a restart, and the rows
     * after it apply.
     */
    @Test
    @Order(7)
    void aFailedDdlIsReplacedByTheRuleItsErrorSuggests() {
        downstream.execute("CREATE DATABASE wide_rep", "CREATE TABLE wide_rep.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO wide_rep.t VALUES (100, 1)");
        Map<String, String> sink = new HashMap<>(sink());
        sink.keySet().removeIf(k -> k.startsWith("routes"));
        sink.put("topics.regex", "up\\.wide_rep\\..*");
        sink.put("errors.deadletterqueue.topic.name", "dlq-down4");
        worker.rest().createOrUpdate("down4", sink);
        worker.rest().awaitRunning("down4", 1, TIMEOUT);
        upstream.execute("CREATE DATABASE wide_rep", "CREATE TABLE wide_rep.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO wide_rep.t VALUES (1, 1), (2, 2)", "ALTER TABLE wide_rep.t ADD UNIQUE KEY uk_v (v)",
                "INSERT INTO wide_rep.t VALUES (3, 3)");

        String trace = worker.rest().awaitFailed("down4", TIMEOUT).describe();
        assertThat(trace).contains("DMC-SINK-2002").contains("error 1062")
                .contains("or replace it: ddl.replace=fix, ddl.replace.fix.statement=^ALTER TABLE ");
        java.util.regex.Matcher hint = java.util.regex.Pattern.compile("ddl\\.replace\\.fix\\.statement=([^,]+), "
                + "ddl\\.replace\\.fix\\.position=([^,]+), ddl\\.replace\\.fix\\.with=<statements>").matcher(trace);
        assertThat(hint.find()).as(trace).isTrue();
        assertThat(hint.group(2)).matches(".+:\\d+");

        sink.put("ddl.replace", "fix");
        sink.put("ddl.replace.fix.statement", hint.group(1));
        sink.put("ddl.replace.fix.position", hint.group(2));
        sink.put("ddl.replace.fix.with", "ALTER TABLE wide_rep.t ADD KEY uk_v (v); ALTER TABLE wide_rep.t COMMENT = 'replaced'");
        worker.rest().createOrUpdate("down4", sink);
        upstream.execute("INSERT INTO wide_rep.t VALUES (4, 4)");
        String rows = "SELECT id, v FROM wide_rep.t WHERE id < 100 ORDER BY id";
        String index = "SELECT NON_UNIQUE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'wide_rep' AND INDEX_NAME = 'uk_v'";
        String comment = "SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'wide_rep'";
        Wait.until(TIMEOUT, Duration.ofSeconds(2), () -> {
            if (worker.rest().status("down4").anyFailed()) {
                worker.rest().restart("down4", true); // until the task runs with the new configuration
            }
            return upstream.query(rows).equals(query(downstream, rows));
        }, () -> "downstream " + query(downstream, rows) + "\n" + worker.rest().status("down4").describe());
        assertThat(downstream.query(index)).as("the replacement's plain index, not the unique one").containsExactly(List.of("1"));
        assertThat(downstream.queryValue(comment)).isEqualTo("replaced");
        assertThat(worker.rest().status("down4").anyFailed()).isFalse();
        worker.rest().deleteConnector("down4");
    }

    /**
     * Rows are held across puts (batch.linger.ms) and the apply of all of them fails with a retryable TiDB error
     * until the downstream lets it through: the held rows are neither lost (they are not in the batch Connect
     * delivers again) nor applied twice (the batch delivered again is already in hand; in safe mode a second REPLACE
     * is no error, so a downstream trigger logs every committed insert). Rows arrive while the apply fails, so the
     * batches Connect delivers again carry records.
     */
    @Test
    @Order(8)
    void rowsHeldAcrossPutsSurviveARetriedFailureAndLandOnce() {
        downstream.execute("CREATE DATABASE wide_held", "CREATE TABLE wide_held.t (id INT PRIMARY KEY, v INT)",
                "CREATE TABLE wide_held.ctl (fail INT)", "INSERT INTO wide_held.ctl VALUES (1)",
                "CREATE TRIGGER wide_held.conflict BEFORE INSERT ON wide_held.t FOR EACH ROW BEGIN "
                        + "IF NEW.id = 5 AND (SELECT fail FROM wide_held.ctl) = 1 THEN "
                        + "SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 9007, MESSAGE_TEXT = 'Write conflict, txnStartTS=2'; END IF; END",
                // every committed insert leaves a line: a row applied twice (REPLACE in safe mode) leaves two
                "CREATE TABLE wide_held.applied (id INT)",
                "CREATE TRIGGER wide_held.applied AFTER INSERT ON wide_held.t FOR EACH ROW INSERT INTO wide_held.applied VALUES (NEW.id)");
        Map<String, String> sink = new HashMap<>(sink());
        sink.keySet().removeIf(k -> k.startsWith("routes"));
        sink.put("topics.regex", "up\\.wide_held\\..*");
        sink.put("consumer.override.max.poll.records", "5");
        sink.put("batch.size", "1000");
        sink.put("worker.count", "1"); // every row on the failing connection: none is skipped as committed elsewhere
        sink.put("batch.linger.ms", "60000"); // only offset commits apply: every row is held over many puts
        sink.put("safe.mode", "true"); // REPLACE: a row applied twice is no error, only the trigger's log shows it
        sink.put("errors.deadletterqueue.topic.name", "dlq-down5");
        worker.rest().createOrUpdate("down5", sink);
        worker.rest().awaitRunning("down5", 1, TIMEOUT);
        upstream.execute("CREATE DATABASE wide_held", "CREATE TABLE wide_held.t (id INT PRIMARY KEY, v INT)");
        // one record every 150 ms: the puts that fail (and are delivered again) carry records
        for (int i = 0; i < 80; i++) {
            upstream.execute("INSERT INTO wide_held.t VALUES (" + i + ", " + (i * 7) + ")");
            Wait.sleep(Duration.ofMillis(150));
        }
        assertThat(downstream.queryValue("SELECT COUNT(*) FROM wide_held.t WHERE id = 5")).isEqualTo("0");
        assertThat(worker.rest().status("down5").anyFailed()).isFalse();
        downstream.execute("UPDATE wide_held.ctl SET fail = 0");
        String table = "SELECT COUNT(*), SUM(v), BIT_XOR(CRC32(CONCAT(id, ':', v))) FROM wide_held.t";
        awaitEqual(table, table);
        assertThat(downstream.query("SELECT COUNT(*), COUNT(DISTINCT id) FROM wide_held.applied"))
                .as("every row inserted once").containsExactly(List.of("80", "80"));
        assertThat(TopicReader.read(broker.bootstrapServers(), "dlq-down5", 1, Duration.ofSeconds(3))).isEmpty();
        worker.rest().deleteConnector("down5");
    }
}
