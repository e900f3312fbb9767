package io.dmconnect.e2e;

import static io.dmconnect.e2e.SnapshotCluster.TIMEOUT;
import static io.dmconnect.e2e.SnapshotCluster.checksum;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The source's snapshot against real servers: several tables (int, composite, _ci varchar and no key) snapshotted
 * by three tasks while a writer changes them, then streamed, into a real downstream through the sink; and a
 * kill -9 of the worker mid-snapshot, after which finished chunks are not read again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnapshotIT {
    private static SnapshotCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new SnapshotCluster("snap", 141);
        cluster.upstream.execute("CREATE DATABASE snap", "CREATE DATABASE seq",
                "CREATE TABLE snap.ints (id INT PRIMARY KEY, v INT NOT NULL, s VARCHAR(20))",
                "CREATE TABLE snap.comp (a INT NOT NULL, b VARCHAR(10) NOT NULL, v INT, PRIMARY KEY (a, b))",
                "CREATE TABLE snap.names (name VARCHAR(32) COLLATE utf8mb4_general_ci PRIMARY KEY, v INT) "
                        + "DEFAULT CHARSET=utf8mb4",
                "CREATE TABLE snap.nokey (a INT, b VARCHAR(10))",
                "INSERT INTO snap.ints SELECT seq, seq * 2, CONCAT('s', seq) FROM seq.seq_1_to_3000",
                "INSERT INTO snap.comp SELECT seq DIV 10, CONCAT('b', seq MOD 10), seq FROM seq.seq_1_to_1500",
                "INSERT INTO snap.names SELECT CONCAT(IF(seq MOD 2, 'N', 'n'), seq), seq FROM seq.seq_1_to_1000",
                "INSERT INTO snap.nokey SELECT seq MOD 50, CONCAT('k', seq MOD 7) FROM seq.seq_1_to_700",
                "CREATE DATABASE big", "CREATE TABLE big.t (id INT PRIMARY KEY, v VARCHAR(40))",
                "INSERT INTO big.t SELECT seq, REPEAT('x', 40) FROM seq.seq_1_to_100000");
        cluster.worker.rest().createOrUpdate("down", cluster.sink("snap1\\.snap\\..*|k1\\.big\\..*"));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void threeTasksSnapshotUnderConcurrentWritesAndTheDownstreamEndsEqual() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> write(writing));
        writer.start();
        cluster.worker.rest().createOrUpdate("snap1", cluster.source("snap1", 7001, "snap", 3));
        cluster.worker.rest().awaitRunning("snap1", 3, TIMEOUT);
        Wait.sleep(Duration.ofSeconds(4));
        writing.set(false);
        writer.join();
        cluster.awaitEqual(checksum("snap.ints", "id, v, s"), "snap1", "down");
        cluster.awaitEqual(checksum("snap.comp", "a, b, v"), "snap1", "down");
        cluster.awaitEqual(checksum("snap.names", "name, v"), "snap1", "down");
        cluster.awaitEqual(checksum("snap.nokey", "a, b"), "snap1", "down");
        List<JsonNode> rows = Records.rows(TopicReader.read(cluster.broker.bootstrapServers(), "snap1.snap.ints", 3000,
                Duration.ofSeconds(30)));
        assertThat(rows).filteredOn(r -> r.get("op").asText().equals("r")).hasSizeGreaterThanOrEqualTo(2900)
                .allSatisfy(r -> assertThat(r.at("/source/snapshot").asText()).isEqualTo("true"));
        assertProgressWasVisible();
    }

    /** The progress MBeans, read over JMX from the worker as `bin/dm-connect run` reads them, and the task log. */
    private static void assertProgressWasVisible() throws Exception {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + cluster.worker.jmxPort() + "/jmxrmi");
        try (JMXConnector jmx = JMXConnectorFactory.connect(url)) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            Set<ObjectName> beans = server.queryNames(new ObjectName("io.dmconnect:type=source-snapshot,source="
                    + ObjectName.quote("snap1") + ",task=*"), null);
            assertThat(beans).hasSize(3);
            long rows = 0;
            for (ObjectName bean : beans) {
                assertThat(((Number) server.getAttribute(bean, "ChunksRemaining")).longValue()).as(bean.toString()).isZero();
                assertThat((String) server.getAttribute(bean, "Phase")).as(bean.toString())
                        .isEqualTo(bean.getKeyProperty("task").equals("0") ? "streaming" : "finished");
                assertThat((String) server.getAttribute(bean, "TableProgressJson")).contains("\"rows_done\"");
                rows += ((Number) server.getAttribute(bean, "RowsDone")).longValue();
            }
            // 6 200 rows before the writer started; it inserts and deletes about equally while the chunks are read
            assertThat(rows).isBetween(5_500L, 8_000L);
        }
        assertThat(Files.readString(cluster.worker.logFile())).contains("snapshot: this task read all its chunks");
    }

    /** Inserts, updates (one moves a primary key), deletes on every table, one statement at a time. */
    private static void write(AtomicBoolean writing) {
        Random random = new Random(7);
        int next = 10_000;
        while (writing.get()) {
            int id = 1 + random.nextInt(3000);
            cluster.upstream.execute("UPDATE snap.ints SET v = v + 1, s = 'u' WHERE id = " + id,
                    "INSERT INTO snap.ints VALUES (" + next + ", 0, 'new')",
                    "DELETE FROM snap.ints WHERE id = " + (1 + random.nextInt(3000)),
                    "UPDATE snap.ints SET id = " + (next + 50_000) + " WHERE id = " + (1 + random.nextInt(3000)),
                    "UPDATE snap.comp SET v = -v WHERE a = " + random.nextInt(150),
                    "INSERT INTO snap.comp VALUES (" + next + ", 'x', 1)",
                    "UPDATE snap.names SET v = v + 1 WHERE name = 'n" + (2 * (1 + random.nextInt(400))) + "'",
                    "DELETE FROM snap.names WHERE name = 'N" + (2 * random.nextInt(400) + 1) + "'",
                    "INSERT INTO snap.nokey VALUES (" + next + ", 'w')",
                    "DELETE FROM snap.nokey WHERE a = " + random.nextInt(50) + " LIMIT 1");
            next++;
            Wait.sleep(Duration.ofMillis(20));
        }
    }

    @Test
    @Order(2)
    void aKillMinus9MidSnapshotResumesFromFinishedChunks() throws Exception {
        cluster.worker.rest().createOrUpdate("k1", cluster.source("k1", 7101, "big", 3));
        Map<JsonNode, JsonNode>[] seen = new Map[1];
        Wait.until(TIMEOUT, Duration.ofMillis(200), () -> {
            seen[0] = cluster.offsets("k1");
            return doneChunks(seen[0]).size() >= 6;
        }, () -> "no chunk of big.t finished: " + seen[0]);
        cluster.worker.kill9();
        Set<Integer> doneBeforeKill = doneChunks(seen[0]);
        List<Integer> boundaries = boundaries(seen[0]);
        assertThat(doneBeforeKill.size()).as("the kill came mid-snapshot").isLessThan(boundaries.size() + 1);
        cluster.worker.restart();
        try {
            cluster.awaitEqual(checksum("big.t", "id, v"), "k1", "down");
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(missingRows(doneBeforeKill, boundaries), e); // seen once in CI: 125 rows short
        }

        Map<Integer, Integer> reads = new HashMap<>();
        for (ConsumerRecord<String, String> r : TopicReader.read(cluster.broker.bootstrapServers(), "k1.big.t", 200_000,
                Duration.ofSeconds(12))) {
            JsonNode p = Records.payload(r);
            if (p != null && !Records.isDdl(r) && p.get("op").asText().equals("r")) {
                reads.merge(p.at("/after/id").asInt(), 1, Integer::sum);
            }
        }
        assertThat(reads).hasSize(100_000);
        List<Integer> readTwice = new ArrayList<>();
        reads.forEach((id, n) -> {
            if (n > 1) {
                readTwice.add(id);
            }
        });
        for (int id : readTwice) {
            assertThat(doneBeforeKill).as("key %d was read again although its chunk had finished", id)
                    .doesNotContain(chunkOf(boundaries, id));
        }
        assertThat(readTwice.size()).as("re-read rows").isLessThan(100_000 - doneBeforeKill.size() * 200 + 1);
    }

    /** Which keys the downstream lacks, with the chunk state, for a failure that is hard to reproduce. */
    private static String missingRows(Set<Integer> doneBeforeKill, List<Integer> boundaries) {
        Set<Integer> missing = new java.util.TreeSet<>();
        cluster.upstream.query("SELECT id FROM big.t").forEach(r -> missing.add(Integer.parseInt(r.get(0))));
        cluster.downstream.query("SELECT id FROM big.t").forEach(r -> missing.remove(Integer.parseInt(r.get(0))));
        Set<Integer> chunks = new java.util.TreeSet<>();
        missing.forEach(id -> chunks.add(chunkOf(boundaries, id)));
        return missing.size() + " rows missing downstream, in chunks " + chunks + " (done before the kill: "
                + doneBeforeKill + "), e.g. " + missing.stream().limit(20).toList() + "; offsets now: " + cluster.offsets("k1");
    }

    private static Set<Integer> doneChunks(Map<JsonNode, JsonNode> offsets) {
        Set<Integer> done = new HashSet<>();
        offsets.forEach((partition, offset) -> {
            JsonNode chunk = partition.get("snapshot_chunk");
            if (chunk != null && chunk.asText().contains("/big.t/") && offset.path("done").asBoolean()) {
                done.add(Integer.parseInt(chunk.asText().substring(chunk.asText().lastIndexOf('/') + 1)));
            }
        });
        return done;
    }

    private static List<Integer> boundaries(Map<JsonNode, JsonNode> offsets) throws Exception {
        for (Map.Entry<JsonNode, JsonNode> e : offsets.entrySet()) {
            if ("big.t".equals(e.getKey().path("snapshot_table").asText())) {
                List<Integer> b = new ArrayList<>();
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.getValue().get("boundaries").asText())
                        .forEach(k -> b.add(Integer.parseInt(k.get(0).get(1).asText())));
                return b;
            }
        }
        throw new AssertionError("no plan of big.t in the offsets: " + offsets);
    }

    private static int chunkOf(List<Integer> boundaries, int id) {
        for (int j = 0; j < boundaries.size(); j++) {
            if (id <= boundaries.get(j)) {
                return j;
            }
        }
        return boundaries.size();
    }
}
