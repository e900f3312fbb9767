package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SinkUnderTestTest {
    private static final Endpoint TARGET = new Endpoint("127.0.0.1", 3307, new Credentials("dm_target", "pw"));

    @ParameterizedTest
    @EnumSource(SinkUnderTest.class)
    void everySinkReadsTheGivenTopicFromItsStartWithTheTargetAccount(SinkUnderTest sink) {
        Map<String, String> c = sink.connectorConfig("up.bench.mixed", TARGET);
        assertThat(c).containsEntry("topics", "up.bench.mixed")
                .containsEntry("tasks.max", "1")
                .containsEntry("consumer.override.auto.offset.reset", "earliest")
                .containsEntry("connection.username", "dm_target")
                .containsEntry("connection.password", "pw")
                .doesNotContainKey("topics.regex");
    }

    @Test
    void dmConnectRunsWithDmDefaults() {
        assertThat(SinkUnderTest.DM_CONNECT.connectorConfig("t", TARGET))
                .containsEntry("connector.class", "io.dmconnect.sink.tidb.TiDbSinkConnector")
                .containsEntry("connection.url", "jdbc:mysql://127.0.0.1:3307/")
                .doesNotContainKeys("multiple.rows", "compact", "worker.count", "batch.size", "safe.mode",
                        "safe.mode.duration", "transforms");
    }

    @Test
    void dmConnectMergedTurnsOnMultipleRowsAndCompact() {
        Map<String, String> merged = SinkUnderTest.DM_CONNECT_MERGED.connectorConfig("t", TARGET);
        assertThat(merged).containsEntry("multiple.rows", "true").containsEntry("compact", "true");
        merged.remove("multiple.rows");
        merged.remove("compact");
        assertThat(merged).isEqualTo(SinkUnderTest.DM_CONNECT.connectorConfig("t", TARGET));
    }

    @Test
    void debeziumRunsAsThePeerBaselineAndDropsDmConnectsDdlRecords() {
        assertThat(SinkUnderTest.DEBEZIUM_JDBC.connectorConfig("t", TARGET))
                .containsEntry("connector.class", "io.debezium.connector.jdbc.JdbcSinkConnector")
                .containsEntry("connection.url", "jdbc:mariadb://127.0.0.1:3307/bench")
                .containsEntry("insert.mode", "upsert")
                .containsEntry("primary.key.mode", "record_key")
                .containsEntry("delete.enabled", "true")
                .containsEntry("schema.evolution", "basic")
                .containsEntry("collection.name.format", "${source.table}")
                .containsEntry("transforms", "dropDdl")
                .containsEntry("transforms.dropDdl.type", "org.apache.kafka.connect.transforms.Filter")
                .containsEntry("transforms.dropDdl.predicate", "isDdl")
                .containsEntry("predicates", "isDdl")
                .containsEntry("predicates.isDdl.type", "org.apache.kafka.connect.transforms.predicates.HasHeaderKey")
                .containsEntry("predicates.isDdl.name", "dm.ddl");
    }

    @ParameterizedTest
    @CsvSource({"dm-connect, DM_CONNECT, false", "dm-connect-merged, DM_CONNECT, false", "debezium-jdbc, DEBEZIUM, true"})
    void eachSinkFamilyHasItsOwnDownstreamAndOnlyDebeziumIsThePeer(String key, Downstream downstream, boolean peer) {
        SinkUnderTest sink = SinkUnderTest.byKey(key).orElseThrow();
        assertThat(sink.downstream()).isEqualTo(downstream);
        assertThat(sink.isPeer()).isEqualTo(peer);
    }

    @Test
    void jsonAddsNothingAndAvroPointsBothConvertersAtTheRegistry() {
        assertThat(ConverterChoice.JSON.connectorSettings("http://r/apis/registry/v2")).isEmpty();
        assertThat(ConverterChoice.AVRO.connectorSettings("http://r/apis/registry/v2")).isEqualTo(Map.of(
                "key.converter", "io.apicurio.registry.utils.converter.AvroConverter",
                "key.converter.apicurio.registry.url", "http://r/apis/registry/v2",
                "key.converter.apicurio.registry.auto-register", "true",
                "key.converter.apicurio.registry.find-latest", "true",
                "value.converter", "io.apicurio.registry.utils.converter.AvroConverter",
                "value.converter.apicurio.registry.url", "http://r/apis/registry/v2",
                "value.converter.apicurio.registry.auto-register", "true",
                "value.converter.apicurio.registry.find-latest", "true"));
    }
}
