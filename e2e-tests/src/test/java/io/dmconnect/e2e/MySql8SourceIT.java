package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmconnect.harness.Closing;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.ContainerDatabase;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source against MySQL 8.0 (binary JSON, EXT_* rows events, MySQL GTIDs) through Testcontainers. Runs where a
 * Docker engine is reachable and is skipped, with the reason, where it is not (the build machines have none: MySQL's
 * event differences are covered there by unit tests on captured events).
 */
class MySql8SourceIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static Optional<String> noDocker;
    private static ContainerDatabase mysql;
    private static KafkaBroker broker;
    private static ConnectWorker worker;

    @BeforeAll
    static void start() {
        noDocker = ContainerDatabase.dockerUnavailableReason();
        assumeTrue(noDocker.isEmpty(), () -> noDocker.orElse(""));
        Path work = ItPaths.workDir();
        mysql = ContainerDatabase.mysql8Upstream("mysql8-src", 401);
        broker = KafkaBroker.builder(work.resolve("mysql8-kafka-" + ProcessHandle.current().pid())).start();
        worker = ConnectWorker.builder(broker.bootstrapServers(), ItPaths.pluginDir(),
                work.resolve("mysql8-connect-" + ProcessHandle.current().pid())).start();
    }

    @AfterAll
    static void stop() {
        Closing.all(worker, broker, mysql);
    }

    @Test
    void streamsRowsJsonAndDdlFromMysql8WithGtids() {
        mysql.execute("CREATE DATABASE shop", "CREATE TABLE shop.t (id BIGINT UNSIGNED PRIMARY KEY, doc JSON, v VARCHAR(8))");
        worker.rest().createOrUpdate("my8", Map.of("connector.class", "io.dmconnect.source.mysql.MySqlSourceConnector",
                "database.hostname", mysql.host(), "database.port", String.valueOf(mysql.port()),
                "database.user", mysql.sourceUser().user(), "database.password", mysql.sourceUser().password(),
                "database.server.id", "7001", "topic.prefix", "my8", "block.allow.do.dbs", "shop",
                "schema.history.kafka.bootstrap.servers", broker.bootstrapServers(), "snapshot.mode", "no_data"));
        worker.rest().awaitRunning("my8", 1, TIMEOUT);
        mysql.execute("INSERT INTO shop.t VALUES (18446744073709551615, '{\"a\": [1, 2.5, \"x\"]}', 'a')",
                "UPDATE shop.t SET v = 'b'", "ALTER TABLE shop.t ADD COLUMN n INT", "INSERT INTO shop.t VALUES (1, NULL, 'c', 7)",
                "DELETE FROM shop.t WHERE id = 1");
        List<ConsumerRecord<String, String>>[] last = new List[1];
        Wait.until(TIMEOUT, Duration.ofSeconds(1), () -> {
            last[0] = TopicReader.read(broker.bootstrapServers(), "my8.shop.t", 6, Duration.ofSeconds(5));
            return last[0].size() >= 6;
        }, () -> "records: " + (last[0] == null ? 0 : last[0].size()));
        List<JsonNode> rows = Records.rows(last[0]);
        assertThat(rows).extracting(r -> r.get("op").asText()).containsExactly("c", "u", "c", "d");
        assertThat(rows.get(0).at("/source/gtid").asText()).contains(":");
        assertThat(rows.get(0).at("/after/doc").asText()).isEqualTo("{\"a\": [1, 2.5, \"x\"]}");
        assertThat(rows.get(2).at("/after/n").asInt()).isEqualTo(7);
        assertThat(Records.ddls(last[0])).extracting(d -> d.get("kind").asText()).contains("CREATE_TABLE", "ALTER_TABLE");
    }
}
