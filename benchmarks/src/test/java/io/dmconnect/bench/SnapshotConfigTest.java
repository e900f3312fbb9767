package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotConfigTest {
    private static final Map<String, String> BUILD = Map.of(
            "plugin.dir", "/b/plugin", "peer.plugin.dir", "/b/peer", "avro.plugin.dir", "/b/avro",
            "apicurio.app.dir", "/b/registry", "work.dir", "/b/work", "report.file", "/b/sink.md",
            "snapshot.report.file", "/b/snapshot.md");

    private static SnapshotConfig parse(Map<String, String> props) {
        return SnapshotConfig.parse(props, BUILD, p -> true);
    }

    private static List<ConfigProblem> problems(Map<String, String> props, Predicate<Path> exists) {
        return catchThrowableOfType(InvalidConfigException.class, () -> SnapshotConfig.parse(props, BUILD, exists))
                .problems();
    }

    @Test
    void defaultsCopyAMillionRowsWithEveryLegDmConnectBeforeDebezium() {
        SnapshotConfig c = parse(Map.of());
        assertThat(c.rows()).isEqualTo(1_000_000);
        assertThat(c.statementRows()).isEqualTo(10_000);
        assertThat(c.legs()).containsExactly(SnapshotLeg.MARIADB_DUMP, SnapshotLeg.DM_CONNECT, SnapshotLeg.DEBEZIUM);
        assertThat(c.dm()).isEqualTo(new DmTuning(2, 8192, 1, 1, 16, 500, true, Map.of()));
        assertThat(c.converter()).isEqualTo(ConverterChoice.JSON);
        assertThat(c.timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(c.pollInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(c.workerHeap()).isEqualTo("2g");
        // its own report file, not the sink benchmark's
        assertThat(c.paths().reportFile()).isEqualTo(Path.of("/b/snapshot.md"));
        assertThat(c.paths().peerPluginDir()).isEqualTo(Path.of("/b/peer"));
    }

    @Test
    void everyValueGivenIsTaken() {
        Map<String, String> props = new HashMap<>();
        props.put("rows", "20000");
        props.put("statement.rows", "500");
        props.put("legs", "dm-connect, debezium");
        props.put("source.tasks", "4");
        props.put("snapshot.chunk.size", "1000");
        props.put("topic.partitions", "4");
        props.put("sink.tasks", "2");
        props.put("sink.worker.count", "8");
        props.put("sink.batch.size", "2000");
        props.put("sink.multiple.rows", "FALSE");
        props.put("source.producer.overrides", "linger.ms=20, compression.type=lz4");
        props.put("converter", "avro");
        props.put("timeout.seconds", "60");
        props.put("poll.interval.ms", "50");
        props.put("worker.heap", "3g");
        props.put("report.file", "/x/r.md");
        SnapshotConfig c = parse(props);
        assertThat(c.rows()).isEqualTo(20_000);
        assertThat(c.statementRows()).isEqualTo(500);
        assertThat(c.legs()).containsExactly(SnapshotLeg.DM_CONNECT, SnapshotLeg.DEBEZIUM);
        assertThat(c.dm()).isEqualTo(new DmTuning(4, 1000, 4, 2, 8, 2000, false,
                Map.of("linger.ms", "20", "compression.type", "lz4")));
        assertThat(c.converter()).isEqualTo(ConverterChoice.AVRO);
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.pollInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(c.workerHeap()).isEqualTo("3g");
        assertThat(c.paths().reportFile()).isEqualTo(Path.of("/x/r.md"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = ';', value = {
        "rows;0;'0' is not a whole number from 1 to 100000000: use for example 1000000 (the default)",
        "source.tasks;0;'0' is not a whole number from 1 to 64: use for example 2",
        "snapshot.chunk.size;x;'x' is not a whole number from 1 to 10000000: use for example 8192",
        "sink.batch.size;0;'0' is not a whole number from 1 to 100000: use for example 500",
        "sink.multiple.rows;yes;'yes' is not true or false: use one of them",
        "source.producer.overrides;linger.ms;'linger.ms' is not key=value: write for example linger.ms=20",
        "source.producer.overrides;linger.ms=1,linger.ms=2;'linger.ms' is given twice: give it once",
        "sink.tasks;2;2 sink tasks on 1 topic partitions leave 1 idle: raise topic.partitions or lower sink.tasks",
        "legs;dump;'dump' is not one of mariadb-dump, debezium, dm-connect: remove it or fix its spelling",
        "legs;debezium,debezium;'debezium' is listed twice: name it once",
        "worker.heap;lots;'lots' is not a JVM heap size",
        "converter;xml;'xml' is not one of json, avro: use one of them",
        "workloads;mixed;is not an option of the snapshot benchmark: use one of apicurio.app.dir, avro.plugin.dir,",
    })
    void aBadValueIsAProblemOnItsKeyThatSaysWhatToDo(String key, String value, String message) {
        assertThat(problems(Map.of(key, value), p -> true)).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo(key))
                .satisfies(p -> assertThat(p.message()).startsWith(message));
    }

    @ParameterizedTest(name = "{0} with legs={1} converter={2}")
    @CsvSource({
        "/b/plugin, mariadb-dump, json, plugin.dir",
        "/b/peer, debezium, json, peer.plugin.dir",
        "/b/avro, dm-connect, avro, avro.plugin.dir",
        "/b/registry, dm-connect, avro, apicurio.app.dir",
    })
    void aMissingFolderTheRunNeedsIsAProblem(String missing, String legs, String converter, String key) {
        assertThat(problems(Map.of("legs", legs, "converter", converter), p -> !p.equals(Path.of(missing))))
                .singleElement().satisfies(p -> assertThat(p.key()).isEqualTo(key))
                .satisfies(p -> assertThat(p.message()).startsWith(missing + " is not a folder: build it with"));
    }

    @Test
    void theDebeziumFolderIsNeededOnlyWhenItsLegRuns() {
        SnapshotConfig c = SnapshotConfig.parse(Map.of("legs", "mariadb-dump,dm-connect"), BUILD,
                p -> !p.equals(Path.of("/b/peer")));
        assertThat(c.environment().pluginPath()).containsExactly(Path.of("/b/plugin"));
    }

    @Test
    void theEnvironmentHasOneDownstreamPerLegAndThePluginFoldersTheLegsUse() {
        EnvironmentSpec spec = parse(Map.of("legs", "debezium,mariadb-dump", "converter", "avro")).environment();
        assertThat(spec.downstreams()).containsExactly("down-debezium", "down-dump");
        assertThat(spec.pluginPath()).containsExactly(Path.of("/b/plugin"), Path.of("/b/peer"), Path.of("/b/avro"));
        assertThat(spec.apicurioAppDir()).isEqualTo(Path.of("/b/registry"));
        assertThat(spec.workDir()).isEqualTo(Path.of("/b/work"));
    }

    @Test
    void everyKeyIsDeclaredWithDocGroupAndDisplayNameAndTheDeclaredDefaultsAreParsesDefaults() {
        ConfigDef def = SnapshotConfig.define(new ConfigDef());
        assertThat(ConfigDocs.problems(def)).isEmpty();
        SnapshotConfig c = parse(Map.of());
        Map<String, ConfigDef.ConfigKey> keys = def.configKeys();
        assertThat(keys.get("rows").defaultValue).isEqualTo(c.rows());
        assertThat(keys.get("statement.rows").defaultValue).isEqualTo(c.statementRows());
        assertThat(keys.get("legs").defaultValue).isEqualTo(c.legs().stream().map(SnapshotLeg::key).toList());
        assertThat(keys.get("source.tasks").defaultValue).isEqualTo(c.dm().sourceTasks());
        assertThat(keys.get("snapshot.chunk.size").defaultValue).isEqualTo(c.dm().chunkSize());
        assertThat(keys.get("topic.partitions").defaultValue).isEqualTo(c.dm().topicPartitions());
        assertThat(keys.get("sink.tasks").defaultValue).isEqualTo(c.dm().sinkTasks());
        assertThat(keys.get("sink.worker.count").defaultValue).isEqualTo(c.dm().workerCount());
        assertThat(keys.get("sink.batch.size").defaultValue).isEqualTo(c.dm().batchSize());
        assertThat(keys.get("sink.multiple.rows").defaultValue).isEqualTo(c.dm().multipleRows());
        assertThat(keys.get("source.producer.overrides").defaultValue).isEqualTo(List.of());
        assertThat(c.dm().sourceProducer()).isEmpty();
        assertThat(keys.get("timeout.seconds").defaultValue).isEqualTo((int) c.timeout().toSeconds());
        assertThat(keys.get("poll.interval.ms").defaultValue).isEqualTo((int) c.pollInterval().toMillis());
        assertThat(BenchMain.usage("cmd", def)).contains("--sink.batch.size (default: 500)")
                .contains("--legs (default: mariadb-dump,dm-connect,debezium)");
    }
}
