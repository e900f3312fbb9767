package io.dmconnect.e2e;

import static io.dmconnect.e2e.SnapshotCluster.TIMEOUT;
import static io.dmconnect.e2e.SnapshotCluster.checksum;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table added to the include list of a streaming source is snapshotted on a signal while a writer keeps changing
 * it (and the table streamed all along), into a real downstream through the sink: both end equal to the upstream.
 * Bad signals before it are skipped with the task running on.
 */
class AdhocSnapshotIT {
    private static SnapshotCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new SnapshotCluster("adhoc", 161);
        cluster.upstream.execute("CREATE DATABASE ad", "CREATE DATABASE seq",
                "CREATE TABLE ad.a (id INT PRIMARY KEY, v INT NOT NULL)",
                "CREATE TABLE ad.b (id INT PRIMARY KEY, v INT NOT NULL, s VARCHAR(20))",
                "INSERT INTO ad.a SELECT seq, seq FROM seq.seq_1_to_500",
                "INSERT INTO ad.b SELECT seq, seq * 2, CONCAT('s', seq) FROM seq.seq_1_to_3000");
        cluster.worker.rest().createOrUpdate("down", cluster.sink("ad1\\.ad\\..*"));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aTableAddedWhileStreamingIsSnapshottedOnASignalUnderConcurrentWrites() throws Exception {
        Map<String, String> source = cluster.source("ad1", 7201, "ad", 1);
        source.put("block.allow.do.tables", "ad.a");
        cluster.worker.rest().createOrUpdate("ad1", source);
        cluster.worker.rest().awaitRunning("ad1", 1, TIMEOUT);
        cluster.awaitEqual(checksum("ad.a", "id, v"), "ad1", "down");

        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> write(writing));
        writer.start();
        try {
            Wait.sleep(Duration.ofSeconds(2));
            source.put("block.allow.do.tables", "ad.a,ad.b");
            cluster.worker.rest().createOrUpdate("ad1", source);
            Wait.sleep(Duration.ofSeconds(3));
            cluster.worker.rest().awaitRunning("ad1", 1, TIMEOUT);
            signal("{not json");
            signal("{\"type\":\"pause-snapshot\",\"data\":{}}");
            signal("{\"type\":\"execute-snapshot\",\"data\":{\"data-collections\":[\"ad.nope\"]}}");
            signal("{\"id\":\"add-b\",\"type\":\"execute-snapshot\",\"data\":{\"data-collections\":[\"ad.b\"]}}");
            Wait.sleep(Duration.ofSeconds(6));
        } finally {
            writing.set(false);
            writer.join();
        }
        cluster.awaitEqual(checksum("ad.b", "id, v, s"), "ad1", "down");
        cluster.awaitEqual(checksum("ad.a", "id, v"), "ad1", "down");
        assertThat(cluster.worker.rest().status("ad1").tasks()).allSatisfy(t -> assertThat(t.state()).isEqualTo("RUNNING"));

        String log = Files.readString(cluster.worker.logFile());
        assertThat(log).contains("skipped: the signal is not JSON")
                .contains("skipped: unknown signal type 'pause-snapshot'")
                .contains("[ad.nope] not captured by the connector's block-allow list");
        List<JsonNode> reads = Records.rows(TopicReader.read(cluster.broker.bootstrapServers(), "ad1.ad.b", 1_000_000,
                Duration.ofSeconds(10))).stream().filter(r -> r.get("op").asText().equals("r")).toList();
        assertThat(reads).as("the table's rows, snapshotted (the writer deletes a few hundred)")
                .hasSizeGreaterThanOrEqualTo(2500)
                .allSatisfy(r -> assertThat(r.at("/source/snapshot").asText()).isEqualTo("true"));
        JsonNode offset = cluster.offsets("ad1").entrySet().stream()
                .filter(e -> e.getKey().size() == 1).map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(offset.get("signal_next").asLong()).as("every signal consumed: %s", offset).isEqualTo(4);
        assertThat(offset.has("adhoc_tables")).as("no snapshot running: %s", offset).isFalse();
    }

    private static void signal(String value) {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.broker.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("ad1.signals", "ad1", value)).get();
        } catch (Exception e) {
            throw new AssertionError("cannot send the signal " + value, e);
        }
    }

    /** Inserts, updates (one moves a primary key) and deletes on both tables, one statement at a time. */
    private static void write(AtomicBoolean writing) {
        Random random = new Random(11);
        int next = 10_000;
        while (writing.get()) {
            cluster.upstream.execute("UPDATE ad.b SET v = v + 1, s = 'u' WHERE id = " + (1 + random.nextInt(3000)),
                    "INSERT INTO ad.b VALUES (" + next + ", 0, 'new')",
                    "DELETE FROM ad.b WHERE id = " + (1 + random.nextInt(3000)),
                    "UPDATE ad.b SET id = " + (next + 50_000) + " WHERE id = " + (1 + random.nextInt(3000)),
                    "UPDATE ad.a SET v = v + 1 WHERE id = " + (1 + random.nextInt(500)),
                    "INSERT INTO ad.a VALUES (" + next + ", 1)");
            next++;
            Wait.sleep(Duration.ofMillis(15));
        }
    }
}
