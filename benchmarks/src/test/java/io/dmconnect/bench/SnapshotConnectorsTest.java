package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.Credentials;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotConnectorsTest {
    private static final Endpoint UP = new Endpoint("127.0.0.1", 3306, new Credentials("dm_source", "spw"));
    private static final Endpoint DOWN = new Endpoint("127.0.0.1", 3307, new Credentials("dm_target", "tpw"));
    private static final DmTuning DM = new DmTuning(3, 1000, 4, 2, 8, 700, true,
            Map.of("linger.ms", "20"));

    @Test
    void dmConnectSnapshotsFirstWithItsTasksAndChunksAndItsSinkIsTuned() {
        Map<String, String> source = SnapshotConnectors.source(SnapshotLeg.DM_CONNECT, UP, "b:9092", DM);
        assertThat(source).containsEntry("connector.class", "io.dmconnect.source.mysql.MySqlSourceConnector")
                .containsEntry("snapshot.mode", "initial").containsEntry("snapshot.chunk.size", "1000")
                .containsEntry("tasks.max", "3").containsEntry("topic.prefix", "dmc")
                .containsEntry("block.allow.do.dbs", "sbtest").containsEntry("database.user", "dm_source")
                .containsEntry("database.port", "3306").containsEntry("schema.history.kafka.bootstrap.servers", "b:9092")
                .containsEntry("producer.override.linger.ms", "20");
        Map<String, String> sink = SnapshotConnectors.sink(SnapshotLeg.DM_CONNECT, DOWN, DM);
        assertThat(sink).containsEntry("connector.class", "io.dmconnect.sink.tidb.TiDbSinkConnector")
                .containsEntry("topics", "dmc.sbtest.sbtest1").containsEntry("tasks.max", "2")
                .containsEntry("worker.count", "8").containsEntry("batch.size", "700")
                .containsEntry("multiple.rows", "true").containsEntry("connection.url", "jdbc:mysql://127.0.0.1:3307/")
                .containsEntry("connection.username", "dm_target");
        assertThat(SnapshotConnectors.partitions(SnapshotLeg.DM_CONNECT, DM)).isEqualTo(4);
    }

    @Test
    void debeziumRunsAsThePeerBaselineOnItsOwnTopic() {
        Map<String, String> source = SnapshotConnectors.source(SnapshotLeg.DEBEZIUM, UP, "b:9092", DM);
        assertThat(source).containsEntry("connector.class", "io.debezium.connector.mariadb.MariaDbConnector")
                .containsEntry("snapshot.mode", "initial").containsEntry("tasks.max", "1")
                .containsEntry("topic.prefix", "dbz").containsEntry("database.include.list", "sbtest")
                .containsEntry("schema.history.internal.kafka.topic", "schema-history.dbz")
                .containsEntry("include.schema.changes", "false")
                .doesNotContainKeys("snapshot.chunk.size", "column.propagate.source.type", "producer.override.linger.ms");
        assertThat(SnapshotConnectors.sink(SnapshotLeg.DEBEZIUM, DOWN, DM))
                .containsEntry("connector.class", "io.debezium.connector.jdbc.JdbcSinkConnector")
                .containsEntry("topics", "dbz.sbtest.sbtest1").containsEntry("tasks.max", "1")
                .containsEntry("connection.url", "jdbc:mariadb://127.0.0.1:3307/sbtest")
                .containsEntry("insert.mode", "upsert").containsEntry("primary.key.mode", "record_key")
                .doesNotContainKeys("worker.count", "batch.size", "transforms");
        assertThat(SnapshotConnectors.partitions(SnapshotLeg.DEBEZIUM, DM)).isEqualTo(1);
        assertThat(SnapshotConnectors.sourceName(SnapshotLeg.DEBEZIUM))
                .isNotEqualTo(SnapshotConnectors.sourceName(SnapshotLeg.DM_CONNECT));
    }

    @Test
    void debeziumsSourceGetsAvroSafeSchemaNamesWithAvroOnly() {
        assertThat(SnapshotConnectors.converter(SnapshotLeg.DEBEZIUM, true, ConverterChoice.AVRO, "http://r"))
                .containsEntry("schema.name.adjustment.mode", "avro")
                .containsEntry("value.converter", ConverterChoice.AVRO_CLASS);
        assertThat(SnapshotConnectors.converter(SnapshotLeg.DEBEZIUM, false, ConverterChoice.AVRO, "http://r"))
                .doesNotContainKey("schema.name.adjustment.mode");
        assertThat(SnapshotConnectors.converter(SnapshotLeg.DM_CONNECT, true, ConverterChoice.AVRO, "http://r"))
                .doesNotContainKey("schema.name.adjustment.mode");
        assertThat(SnapshotConnectors.converter(SnapshotLeg.DEBEZIUM, true, ConverterChoice.JSON, null)).isEmpty();
    }

    @Test
    void theDumpPipesOneConsistentDumpOfTheDatabaseIntoTheClientWithoutPasswordsOnTheCommandLine() {
        List<List<String>> commands = DumpLoad.commands(Path.of("/usr/bin/mariadb-dump"), Path.of("/usr/bin/mariadb"),
                UP, DOWN);
        assertThat(commands.get(0)).containsExactly("/usr/bin/mariadb-dump", "--no-defaults", "--protocol=TCP",
                "--host=127.0.0.1", "--port=3306", "--user=dm_source", "--single-transaction", "--quick",
                "--databases", "sbtest");
        assertThat(commands.get(1)).containsExactly("/usr/bin/mariadb", "--no-defaults", "--protocol=TCP",
                "--host=127.0.0.1", "--port=3307", "--user=dm_target");
        assertThat(String.join(" ", commands.get(0)) + String.join(" ", commands.get(1))).doesNotContain("pw");
    }

    @Test
    void debeziumGetsTheProducerOverridesOnlyWhenAsked() {
        assertThat(SnapshotConnectors.source(SnapshotLeg.DEBEZIUM, UP, "b:9092", DM, false))
                .noneSatisfy((k, v) -> assertThat(k).startsWith("producer.override."));
        Map<String, String> same = SnapshotConnectors.source(SnapshotLeg.DEBEZIUM, UP, "b:9092", DM, true);
        DM.sourceProducer().forEach((k, v) -> assertThat(same).containsEntry("producer.override." + k, v));
    }
}
