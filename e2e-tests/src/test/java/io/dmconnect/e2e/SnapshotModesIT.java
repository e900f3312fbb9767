package io.dmconnect.e2e;

import static io.dmconnect.e2e.SnapshotCluster.TIMEOUT;
import static io.dmconnect.e2e.SnapshotCluster.checksum;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** snapshot.mode against real servers: when_needed after a purge, initial_only, no_data. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnapshotModesIT {
    private static SnapshotCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new SnapshotCluster("modes", 151);
        cluster.upstream.execute("CREATE DATABASE seq", "CREATE DATABASE wn",
                "CREATE TABLE wn.t (id INT PRIMARY KEY, v INT NOT NULL)",
                "INSERT INTO wn.t SELECT seq, seq FROM seq.seq_1_to_300",
                "CREATE DATABASE od", "CREATE TABLE od.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO od.t SELECT seq, seq FROM seq.seq_1_to_100");
        cluster.worker.rest().createOrUpdate("down", cluster.sink("w1\\.wn\\..*"));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static List<JsonNode> rows(String topic, int atLeast) {
        return rows(topic, atLeast, Duration.ofSeconds(8));
    }

    private static List<JsonNode> rows(String topic, int atLeast, Duration timeout) {
        return Records.rows(TopicReader.read(cluster.broker.bootstrapServers(), topic, atLeast, timeout));
    }

    private static long ops(List<JsonNode> rows, String op) {
        return rows.stream().filter(r -> r.get("op").asText().equals(op)).count();
    }

    @Test
    @Order(1)
    void whenNeededSnapshotsAgainWhenTheCommittedBinlogWasPurged() {
        Map<String, String> config = cluster.source("w1", 7201, "wn", 2);
        config.put("snapshot.mode", "when_needed");
        cluster.worker.rest().createOrUpdate("w1", config);
        cluster.worker.rest().awaitRunning("w1", 2, TIMEOUT);
        cluster.upstream.execute("UPDATE wn.t SET v = -v WHERE id <= 10");
        cluster.awaitEqual(checksum("wn.t", "id, v"), "w1", "down");
        Wait.sleep(Duration.ofSeconds(2)); // the stream offset is committed

        String committedFile = cluster.offsets("w1").entrySet().stream()
                .filter(e -> e.getKey().size() == 1).findFirst().orElseThrow().getValue().get("file").asText();
        cluster.worker.rest().deleteConnector("w1"); // its offsets stay
        cluster.upstream.execute("FLUSH BINARY LOGS", "INSERT INTO wn.t SELECT seq, seq FROM seq.seq_301_to_400",
                "UPDATE wn.t SET v = v * 10 WHERE id > 290", "FLUSH BINARY LOGS");
        String newest = cluster.upstream.query("SHOW MASTER STATUS").get(0).get(0);
        Wait.until(TIMEOUT, Duration.ofMillis(500), () -> { // a file a replica still reads is not purged
            cluster.upstream.execute("PURGE BINARY LOGS TO '" + newest + "'");
            return cluster.upstream.query("SHOW BINARY LOGS").stream().noneMatch(f -> f.get(0).equals(committedFile));
        }, () -> committedFile + " was not purged");

        cluster.worker.rest().createOrUpdate("w1", config);
        cluster.worker.rest().awaitRunning("w1", 2, TIMEOUT);
        cluster.awaitEqual(checksum("wn.t", "id, v"), "w1", "down");
        cluster.upstream.execute("DELETE FROM wn.t WHERE id = 1"); // and streams on after the new snapshot
        cluster.awaitEqual(checksum("wn.t", "id, v"), "w1", "down");
        // 8 s of reading fell short once on a loaded CI run
        assertThat(ops(rows("w1.wn.t", 700, Duration.ofSeconds(30)), "r")).as("two snapshots").isEqualTo(300 + 400);
    }

    @Test
    @Order(2)
    void initialOnlyReadsTheRowsAndThenNothing() {
        Map<String, String> config = cluster.source("o1", 7301, "od", 2);
        config.put("snapshot.mode", "initial_only");
        config.put("snapshot.locking.mode", "global");
        cluster.worker.rest().createOrUpdate("o1", config);
        cluster.worker.rest().awaitRunning("o1", 2, TIMEOUT);
        Wait.until(TIMEOUT, Duration.ofMillis(500), () -> ops(rows("o1.od.t", 100), "r") == 100, () -> "no snapshot of od.t");
        cluster.upstream.execute("INSERT INTO od.t VALUES (1000, 1)");
        Wait.sleep(Duration.ofSeconds(4));
        List<JsonNode> rows = rows("o1.od.t", 101);
        assertThat(rows).hasSize(100).allSatisfy(r -> assertThat(r.get("op").asText()).isEqualTo("r"));
        assertThat(cluster.worker.rest().status("o1").anyFailed()).isFalse();
    }

    @Test
    @Order(3)
    void noDataStreamsWithoutReadingTheRows() {
        Map<String, String> config = cluster.source("n1", 7401, "od", 3);
        config.put("snapshot.mode", "no_data");
        cluster.worker.rest().createOrUpdate("n1", config);
        cluster.worker.rest().awaitRunning("n1", 1, TIMEOUT);
        Wait.sleep(Duration.ofSeconds(2));
        cluster.upstream.execute("INSERT INTO od.t VALUES (2000, 2)");
        Wait.until(TIMEOUT, Duration.ofMillis(500), () -> ops(rows("n1.od.t", 1), "c") == 1, () -> "no insert streamed");
        assertThat(ops(rows("n1.od.t", 2), "r")).isZero();
    }
}
