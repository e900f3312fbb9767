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
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkConfigTest {
    private static final Map<String, String> BUILD = Map.of(
            "plugin.dir", "/b/plugin", "peer.plugin.dir", "/b/peer", "avro.plugin.dir", "/b/avro",
            "apicurio.app.dir", "/b/registry", "work.dir", "/b/work", "report.file", "/b/report.md");
    private static final Predicate<Path> ALL_EXIST = p -> true;

    private static BenchmarkConfig parse(Map<String, String> props) {
        return BenchmarkConfig.parse(props, BUILD, ALL_EXIST);
    }

    private static List<ConfigProblem> problems(Map<String, String> props, Map<String, String> build, Predicate<Path> exists) {
        return catchThrowableOfType(InvalidConfigException.class, () -> BenchmarkConfig.parse(props, build, exists)).problems();
    }

    @Test
    void defaultsRunEveryWorkloadAndSinkAtFiftyThousandRowsWithJson() {
        BenchmarkConfig c = parse(Map.of());
        assertThat(c.size()).isEqualTo(new WorkloadSize(50_000, 1_000, 200));
        assertThat(c.warmupRows()).isEqualTo(10_000);
        assertThat(c.workloads()).containsExactly(WorkloadKind.INSERT_ONLY, WorkloadKind.MIXED, WorkloadKind.HOT_KEY);
        assertThat(c.sinks()).containsExactly(SinkUnderTest.DM_CONNECT, SinkUnderTest.DM_CONNECT_MERGED,
                SinkUnderTest.DEBEZIUM_JDBC);
        assertThat(c.converter()).isEqualTo(ConverterChoice.JSON);
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(900));
        assertThat(c.pollInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(c.workerHeap()).isEqualTo("2g");
        assertThat(c.paths()).isEqualTo(new BenchPaths(Path.of("/b/plugin"), Path.of("/b/peer"), Path.of("/b/avro"),
                Path.of("/b/registry"), Path.of("/b/work"), Path.of("/b/report.md")));
    }

    @Test
    void everyValueGivenIsTaken() {
        Map<String, String> props = new HashMap<>();
        props.put("rows", "1234");
        props.put("statement.rows", "500");
        props.put("hot.rows", "30");
        props.put("warmup.rows", "1");
        props.put("workloads", "hot-key, insert-only");
        props.put("sinks", "debezium-jdbc,dm-connect");
        props.put("converter", "avro");
        props.put("timeout.seconds", "60");
        props.put("poll.interval.ms", "50");
        props.put("worker.heap", "1536m");
        props.put("plugin.dir", "/x/plugin");
        props.put("report.file", "/x/r.md");
        BenchmarkConfig c = parse(props);
        assertThat(c.size()).isEqualTo(new WorkloadSize(1234, 500, 30));
        assertThat(c.warmupRows()).isEqualTo(1);
        assertThat(c.workloads()).containsExactly(WorkloadKind.HOT_KEY, WorkloadKind.INSERT_ONLY);
        assertThat(c.sinks()).containsExactly(SinkUnderTest.DEBEZIUM_JDBC, SinkUnderTest.DM_CONNECT);
        assertThat(c.converter()).isEqualTo(ConverterChoice.AVRO);
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.pollInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(c.workerHeap()).isEqualTo("1536m");
        // a given path wins over the build's; the others keep the build's
        assertThat(c.paths().pluginDir()).isEqualTo(Path.of("/x/plugin"));
        assertThat(c.paths().reportFile()).isEqualTo(Path.of("/x/r.md"));
        assertThat(c.paths().peerPluginDir()).isEqualTo(Path.of("/b/peer"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = ';', value = {
        "rows;0;'0' is not a whole number from 1 to 10000000: use for example 50000 (the default)",
        "rows;many;'many' is not a whole number from 1 to 10000000",
        "statement.rows;-5;'-5' is not a whole number from 1 to 1000000",
        "hot.rows;0;'0' is not a whole number from 1 to 1000000: use for example 200",
        "warmup.rows;0;'0' is not a whole number from 1 to 10000000: use for example 10000",
        "timeout.seconds;5;'5' is not a whole number from 10 to 86400",
        "poll.interval.ms;1;'1' is not a whole number from 10 to 10000",
        "worker.heap;2GB;'2GB' is not a JVM heap size: use a number with m or g, e.g. 2g",
        "converter;protobuf;'protobuf' is not one of json, avro: use one of them",
        "workloads;inserts;'inserts' is not one of insert-only, mixed, hot-key: remove it or fix its spelling",
        "workloads;mixed,mixed;'mixed' is listed twice: name it once",
        "workloads;' , ';is empty: name at least one of insert-only, mixed, hot-key",
        "sinks;jdbc;'jdbc' is not one of dm-connect, dm-connect-merged, debezium-jdbc",
        "rowz;1;is not an option of the benchmark: use one of apicurio.app.dir, avro.plugin.dir, converter,",
    })
    void aBadValueIsAProblemOnItsKeyThatSaysWhatToDo(String key, String value, String message) {
        assertThat(problems(Map.of(key, value), BUILD, ALL_EXIST)).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo(key))
                .satisfies(p -> assertThat(p.message()).startsWith(message));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        Map<String, String> props = Map.of("rows", "x", "sinks", "a,b", "converter", "c", "bogus", "1");
        assertThat(problems(props, BUILD, ALL_EXIST)).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("bogus", "rows", "sinks", "sinks", "converter");
    }

    @ParameterizedTest(name = "{0} with sinks={1} converter={2}")
    @CsvSource({
        // dm-connect's folder is always needed
        "/b/plugin, dm-connect, json, plugin.dir",
        // the peer's folder only when the peer runs
        "/b/peer, debezium-jdbc, json, peer.plugin.dir",
        // the Avro folders only for converter=avro
        "/b/avro, dm-connect, avro, avro.plugin.dir",
        "/b/registry, dm-connect, avro, apicurio.app.dir",
    })
    void aMissingFolderTheRunNeedsNamesItsKeyAndTheBuildCommand(String missing, String sinks, String converter, String key) {
        Predicate<Path> exists = p -> !p.equals(Path.of(missing));
        assertThat(problems(Map.of("sinks", sinks, "converter", converter), BUILD, exists)).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo(key))
                .satisfies(p -> assertThat(p.message()).isEqualTo(missing + " is not a folder: "
                        + "build it with mvn -B -q -Pbenchmark -pl benchmarks -am package -DskipTests, or set --" + key
                        + " to where it is"));
    }

    @ParameterizedTest(name = "no {0} needed for sinks={1} converter={2}")
    @CsvSource({
        "/b/peer, dm-connect, json",
        "/b/avro, debezium-jdbc, json",
        "/b/registry, dm-connect-merged, json",
    })
    void aFolderTheRunDoesNotNeedMayBeMissing(String missing, String sinks, String converter) {
        Predicate<Path> exists = p -> !p.equals(Path.of(missing));
        assertThat(BenchmarkConfig.parse(Map.of("sinks", sinks, "converter", converter), BUILD, exists).sinks())
                .extracting(SinkUnderTest::key).containsExactly(sinks);
    }

    @Test
    void aPathTheBuildDidNotRecordMustBeGiven() {
        // an unfiltered resource (run from an IDE) leaves the placeholder; no resource at all leaves nothing
        Map<String, String> build = new HashMap<>(BUILD);
        build.put("plugin.dir", "${dmconnect.plugin.dir}");
        build.remove("work.dir");
        assertThat(problems(Map.of(), build, ALL_EXIST))
                .containsExactly(
                        new ConfigProblem("plugin.dir", "no default was recorded by the build: set --plugin.dir <path>, "
                                + "or build it with mvn -B -q -Pbenchmark -pl benchmarks -am package -DskipTests"),
                        new ConfigProblem("work.dir", "no default was recorded by the build: set --work.dir <path>, "
                                + "or build it with mvn -B -q -Pbenchmark -pl benchmarks -am package -DskipTests"));
    }

    @Test
    void everyKeyIsDeclaredWithDocGroupAndDisplayNameAndParseKnowsExactlyThem() {
        ConfigDef def = BenchmarkConfig.define(new ConfigDef());
        assertThat(ConfigDocs.problems(def)).isEmpty();
        assertThat(def.names()).isEqualTo(Set.of("rows", "workloads", "statement.rows", "hot.rows", "warmup.rows",
                "sinks", "converter", "timeout.seconds", "poll.interval.ms", "worker.heap", "plugin.dir",
                "peer.plugin.dir", "avro.plugin.dir", "apicurio.app.dir", "work.dir", "report.file"));
        // the declared defaults are the ones parse applies
        BenchmarkConfig c = parse(Map.of());
        assertThat(def.configKeys().get("rows").defaultValue).isEqualTo(c.size().rows());
        assertThat(def.configKeys().get("statement.rows").defaultValue).isEqualTo(c.size().statementRows());
        assertThat(def.configKeys().get("hot.rows").defaultValue).isEqualTo(c.size().hotRows());
        assertThat(def.configKeys().get("warmup.rows").defaultValue).isEqualTo(c.warmupRows());
        assertThat(def.configKeys().get("workloads").defaultValue)
                .isEqualTo(c.workloads().stream().map(WorkloadKind::key).toList());
        assertThat(def.configKeys().get("sinks").defaultValue).isEqualTo(c.sinks().stream().map(SinkUnderTest::key).toList());
        assertThat(def.configKeys().get("converter").defaultValue).isEqualTo(c.converter().key());
        assertThat(def.configKeys().get("timeout.seconds").defaultValue).isEqualTo((int) c.timeout().toSeconds());
        assertThat(def.configKeys().get("poll.interval.ms").defaultValue).isEqualTo((int) c.pollInterval().toMillis());
        assertThat(def.configKeys().get("worker.heap").defaultValue).isEqualTo(c.workerHeap());
    }

    @Test
    void theBuildRecordsEveryPathKey() {
        assertThat(BenchMain.buildPaths()).containsOnlyKeys("plugin.dir", "peer.plugin.dir", "avro.plugin.dir",
                "apicurio.app.dir", "work.dir", "report.file", "snapshot.report.file");
        assertThat(BenchMain.buildPaths().values()).allSatisfy(v -> assertThat(v).doesNotContain("${"));
    }
}
