package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apicurio.registry.utils.converter.AvroConverter;
import io.dmconnect.common.record.RecordHeaders;
import io.dmconnect.common.record.TemporalValues;
import io.dmconnect.harness.ApicurioRegistry;
import io.dmconnect.harness.Closing;
import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.KafkaBroker;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.harness.Wait;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.apache.avro.NameValidator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The source's records through Apicurio's AvroConverter and an Apicurio Registry, in a real worker: every row, DDL
 * record and key of a table with every awkward type arrives, and reads back exactly as the JSON converter's copy of
 * the same binlog; the registry holds the topic's schemas, all with valid Avro names.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AvroConverterIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String SOURCE = "io.dmconnect.source.mysql.MySqlSourceConnector";
    private static final String AVRO = "io.apicurio.registry.utils.converter.AvroConverter";
    private static final String RECORD_STRATEGY = "io.apicurio.registry.serde.avro.strategy.TopicRecordIdStrategy";
    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String VALUE_ID = "apicurio.value.globalId";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String U64_MAX = "18446744073709551615";
    private static final String DEC65_MAX = "9".repeat(35) + "." + "9".repeat(30);

    private static MariaDbServer upstream;
    private static KafkaBroker broker;
    private static ApicurioRegistry registry;
    private static ConnectWorker worker;

    @BeforeAll
    static void start() {
        Path work = ItPaths.workDir();
        long pid = ProcessHandle.current().pid();
        // the registry JVM starts while the others do: it is the slowest to come up
        CompletableFuture<ApicurioRegistry> registryStart = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            ApicurioRegistry started = ApicurioRegistry
                    .builder(Path.of(required("dmconnect.apicurio.dir")), work.resolve("avro-registry-" + pid)).start();
            // start-up time goes to the test output; docs/testing.md quotes it
            System.out.printf("harness: apicurio registry ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            return started;
        });
        try {
            upstream = MariaDbServer.builder("avro-up").baseDir(work).serverId(131).start();
            broker = KafkaBroker.builder(work.resolve("avro-kafka-" + pid)).start();
            worker = ConnectWorker.builder(broker.bootstrapServers(), ItPaths.pluginDir(), work.resolve("avro-connect-" + pid))
                    .property("plugin.path", ItPaths.pluginDir() + "," + required("dmconnect.avro.plugins.dir"))
                    .start();
        } finally {
            registry = registryStart.join();
        }
    }

    @AfterAll
    static void stop() {
        Closing.all(worker, registry, broker, upstream);
    }

    @Test
    @Order(1)
    void everyRowDdlAndKeyReadsBackThroughTheRegistryExactlyAsThroughJson() {
        upstream.execute("CREATE DATABASE shop", "CREATE TABLE shop.types (id BIGINT UNSIGNED NOT NULL, `1st` INT NOT NULL, "
                + "`order-no` VARCHAR(16) NOT NULL, i8 TINYINT, u8 TINYINT UNSIGNED, i16 SMALLINT, u16 SMALLINT UNSIGNED, "
                + "i24 MEDIUMINT, u24 MEDIUMINT UNSIGNED, i32 INT, u32 INT UNSIGNED, i64 BIGINT, u64 BIGINT UNSIGNED, "
                + "dec65 DECIMAL(65,30), f FLOAT, d DOUBLE, dt DATETIME(6), ts TIMESTAMP(6) NULL DEFAULT NULL, tm TIME(6), "
                + "dd DATE, yr YEAR, e ENUM('red','green','blue'), st SET('x','y','z'), j JSON, b64 BIT(64), b1 BIT(1), "
                + "vb VARBINARY(16), bn BINARY(4), txt VARCHAR(64), lt LONGTEXT, PRIMARY KEY (id, `1st`)) "
                + "DEFAULT CHARSET=utf8mb4");
        worker.rest().createOrUpdate("json", connector("json", 5101, "shop"));
        worker.rest().createOrUpdate("avro", avro(connector("avro", 5102, "shop")));
        worker.rest().awaitRunning("json", 1, TIMEOUT);
        worker.rest().awaitRunning("avro", 1, TIMEOUT);

        upstream.execute("SET SESSION sql_mode = 'ALLOW_INVALID_DATES', time_zone = '+00:00'",
                "INSERT INTO shop.types VALUES (" + U64_MAX + ", 1, 'A-1', -128, 255, -32768, 65535, -8388608, 16777215, "
                        + "-2147483648, 4294967295, -9223372036854775808, " + U64_MAX + ", " + DEC65_MAX + ", -3.25, "
                        + "1.7976931348623157E308, '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999999', '838:59:59', "
                        + "'9999-12-31', 2155, 'blue', 'x,z', '{\"a\": [1, 2.5, \"ü\"]}', x'FFFFFFFFFFFFFFFF', b'1', "
                        + "x'00FF10', x'0100', 'Zoë 🦊 中文', REPEAT('ab', 5000))",
                "INSERT INTO shop.types VALUES (0, 2, 'B-2', 127, 0, 32767, 0, 8388607, 0, 2147483647, 0, "
                        + "9223372036854775807, 0, -" + DEC65_MAX + ", 0, 4.9E-324, '2020-02-31 10:11:12.5', "
                        + "'0000-00-00 00:00:00', '-838:59:59.000000', '0000-00-00', 0, 'red', '', '[]', x'00', b'0', "
                        + "'', '', '', '')",
                "INSERT INTO shop.types (id, `1st`, `order-no`) VALUES (1, 3, 'C-3')",
                "UPDATE shop.types SET txt = 'updated ✓', u64 = u64 - 1 WHERE id = " + U64_MAX,
                "DELETE FROM shop.types WHERE id = 0",
                "ALTER TABLE shop.types ADD COLUMN `added-col` DECIMAL(20,4) NOT NULL DEFAULT 0",
                "INSERT INTO shop.types (id, `1st`, `order-no`, `added-col`) VALUES (2, 4, 'D-4', 1234567890123456.7891)",
                "UPDATE shop.types SET `added-col` = -1.5, i8 = 5 WHERE id = 1");

        List<Decoded> avro = decode(read("avro.shop.types", 9), avroConverter(true), avroConverter(false));
        List<Decoded> json = decode(read("json.shop.types", 9), jsonConverter(true), jsonConverter(false));
        assertThat(avro).extracting(Decoded::describe).containsExactly("DDL CREATE_TABLE", "c", "c", "c", "u", "d",
                "DDL ALTER_TABLE", "c", "u");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < avro.size(); i++) {
            Decoded a = avro.get(i);
            Decoded j = json.get(i);
            assertThat(a.ddl()).as("record %d: DDL header", i).isEqualTo(j.ddl());
            differences.addAll(Shape.diff(i + ":key", Shape.of(a.key(), "avro"), Shape.of(j.key(), "json")));
            List<String> value = Shape.diff(i + ":value", Shape.of(a.value(), "avro"), Shape.of(j.value(), "json"));
            if (i == 0) {
                // each connector's first start publishes the CREATE TABLE stamped with its own start time
                value.removeIf(d -> d.matches("0:value/value/(source/)?ts_ms: .*"));
            }
            differences.addAll(value);
        }
        assertThat(differences).isEmpty();

        Struct max = (Struct) avro.get(1).value().value();
        Struct after = max.getStruct("after");
        assertThat(after.get("u64")).isEqualTo(new BigDecimal(U64_MAX));
        assertThat(after.get("dec65")).isEqualTo(new BigDecimal(DEC65_MAX));
        // Connect allows BYTES as byte[] or ByteBuffer: the JSON converter gives the one, Avro the other
        assertThat(after.get("b64")).isInstanceOf(ByteBuffer.class);
        assertThat(Shape.value(after.get("b64"), "avro")).isEqualTo("0xffffffffffffffff");
        assertThat(after.get("tm")).isEqualTo(3_020_399_000_000L);
        assertThat(after.get("txt")).isEqualTo("Zoë 🦊 中文");
        assertThat(after.get("order_no")).isEqualTo("A-1");
        assertThat(after.schema().field("order_no").schema().parameters()).containsEntry("__dm.column.name", "order-no");
        assertThat(after.schema().field("_1st").schema().parameters()).containsEntry("__dm.column.name", "1st");
        assertThat(max.getStruct("source").getString("name")).isEqualTo("avro");
        Struct key = (Struct) avro.get(1).key().value();
        assertThat(key.get("id")).isEqualTo(new BigDecimal(U64_MAX));
        assertThat(key.get("_1st")).isEqualTo(1);

        Struct min = ((Struct) avro.get(2).value().value()).getStruct("after");
        assertThat(min.get("dec65")).isEqualTo(new BigDecimal("-" + DEC65_MAX));
        assertThat(min.get("dd")).isEqualTo(TemporalValues.DATE_SENTINEL_BASE);
        assertThat(min.get("tm")).isEqualTo(-3_020_399_000_000L);
        assertThat(min.get("d")).isEqualTo(4.9E-324);
        assertThat(((Struct) avro.get(6).value().value()).getString("ddl")).contains("ADD COLUMN").contains("added-col");
        assertThat(((Struct) avro.get(7).value().value()).getStruct("after").get("added_col"))
                .isEqualTo(new BigDecimal("1234567890123456.7891"));
        assertThat(avro.get(0).key().value()).isNull();
        assertThat(avro.get(6).key().value()).isNull();
    }

    @Test
    @Order(2)
    void theRegistryHoldsTheTopicsSchemasUnderValidAvroNames() {
        Map<String, String> artifacts = artifacts();
        assertThat(artifacts).containsKeys("avro.shop.types-key", "avro.shop.types-value");
        assertThat(artifacts.keySet()).noneMatch(id -> id.startsWith("json."));
        // TopicIdStrategy: the DDL record's schema and both envelope shapes are versions of one artifact
        List<JsonNode> valueVersions = versions(artifacts.get("avro.shop.types-value"), "avro.shop.types-value");
        assertThat(valueVersions).hasSize(3);
        assertThat(versions(artifacts.get("avro.shop.types-key"), "avro.shop.types-key")).hasSize(1);

        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, String> artifact : artifacts.entrySet()) {
            for (JsonNode version : versions(artifact.getValue(), artifact.getKey())) {
                String content = registry.get(artifactPath(artifact.getValue(), artifact.getKey())
                        + "/versions/" + version.get("version").asText());
                org.apache.avro.Schema schema = new org.apache.avro.Schema.Parser(NameValidator.STRICT_VALIDATOR).parse(content);
                collectNames(schema, names, new java.util.HashSet<>());
            }
        }
        assertThat(names).contains("avro.shop.types.Envelope", "avro.shop.types.Value", "avro.shop.types.Key",
                "io.dmconnect.connector.mysql.SchemaChange", "order_no", "_1st", "added_col");
        assertThat(names).allSatisfy(n -> assertThat(n.split("\\.", -1)).allMatch(p -> AVRO_NAME.matcher(p).matches()));

        // every record names, by the global id in its headers, a version of its topic's artifact
        Set<Long> used = new TreeSet<>();
        read("avro.shop.types", 9).forEach(r -> used.add(ByteBuffer.wrap(r.headers().lastHeader(VALUE_ID).value()).getLong()));
        assertThat(valueVersions).extracting(v -> v.get("globalId").asLong()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    @Order(3)
    void underACompatibilityRuleTheDdlRecordsNeedARecordNameStrategy() {
        upstream.execute("CREATE DATABASE rules", "CREATE TABLE rules.t (id INT PRIMARY KEY, v VARCHAR(8))");
        registry.post("/admin/rules", "{\"type\":\"COMPATIBILITY\",\"config\":\"BACKWARD\"}");
        try {
            worker.rest().createOrUpdate("bytopic", avro(connector("bytopic", 5103, "rules")));
            Map<String, String> byRecord = avro(connector("byrecord", 5104, "rules"));
            byRecord.put("value.converter.apicurio.registry.artifact-resolver-strategy", RECORD_STRATEGY);
            worker.rest().createOrUpdate("byrecord", byRecord);
            worker.rest().awaitRunning("bytopic", 1, TIMEOUT);
            worker.rest().awaitRunning("byrecord", 1, TIMEOUT);
            upstream.execute("INSERT INTO rules.t VALUES (1, 'one')", "ALTER TABLE rules.t ADD COLUMN note VARCHAR(8) NULL",
                    "INSERT INTO rules.t VALUES (2, 'two', 'n')");

            // the CREATE TABLE record made SchemaChange version 1 of bytopic.rules.t-value; an envelope cannot follow it
            assertThat(worker.rest().awaitFailed("bytopic", TIMEOUT).describe())
                    .contains("RuleViolationException: Incompatible artifact: bytopic.rules.t-value");

            List<Decoded> records = decode(read("byrecord.rules.t", 4), avroConverter(true), avroConverter(false));
            assertThat(records).extracting(Decoded::describe).containsExactly("DDL CREATE_TABLE", "c", "DDL ALTER_TABLE", "c");
            assertThat(((Struct) records.get(3).value().value()).getStruct("after").getString("note")).isEqualTo("n");
            Map<String, String> artifacts = artifacts();
            assertThat(artifacts).containsEntry("byrecord.rules.t-Envelope", "byrecord.rules.t")
                    .containsEntry("byrecord.rules.t-SchemaChange", "io.dmconnect.connector.mysql");
            assertThat(versions("byrecord.rules.t", "byrecord.rules.t-Envelope")).hasSize(2);

            // a NOT NULL column without an Avro default is not BACKWARD compatible: the rule stops the connector
            upstream.execute("ALTER TABLE rules.t ADD COLUMN n INT NOT NULL DEFAULT 0", "INSERT INTO rules.t VALUES (3, 'x', NULL, 7)");
            assertThat(worker.rest().awaitFailed("byrecord", TIMEOUT).describe())
                    .contains("RuleViolationException: Incompatible artifact: byrecord.rules.t-Envelope");
        } finally {
            registry.delete("/admin/rules/COMPATIBILITY");
        }
    }

    // ---- connectors and converters

    private static Map<String, String> connector(String prefix, int serverId, String db) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("name", prefix);
        c.put("connector.class", SOURCE);
        c.put("tasks.max", "1");
        c.put("database.hostname", upstream.host());
        c.put("database.port", String.valueOf(upstream.port()));
        c.put("database.user", upstream.sourceUser().user());
        c.put("database.password", upstream.sourceUser().password());
        c.put("database.server.id", String.valueOf(serverId));
        c.put("snapshot.mode", "no_data");
        c.put("topic.prefix", prefix);
        c.put("schema.history.kafka.bootstrap.servers", broker.bootstrapServers());
        c.put("block.allow.do.dbs", db);
        c.put("heartbeat.interval.ms", "1000");
        return c;
    }

    /** Connector-level overrides: this connector's keys and values go through Avro and the registry. */
    private static Map<String, String> avro(Map<String, String> config) {
        config.put("key.converter", AVRO);
        config.put("value.converter", AVRO);
        config.putAll(registry.converterConfig("key.converter."));
        config.putAll(registry.converterConfig("value.converter."));
        return config;
    }

    private static Converter avroConverter(boolean isKey) {
        AvroConverter<Object> converter = new AvroConverter<>();
        converter.configure(Map.of("apicurio.registry.url", registry.url()), isKey);
        return converter;
    }

    private static Converter jsonConverter(boolean isKey) {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true"), isKey);
        return converter;
    }

    /** A record as Connect data again, with its DDL marker header. */
    record Decoded(SchemaAndValue key, SchemaAndValue value, boolean ddl) {
        String describe() {
            Struct v = (Struct) value.value();
            return ddl ? "DDL " + v.getString("kind") : v.getString("op");
        }
    }

    private static List<Decoded> decode(List<ConsumerRecord<byte[], byte[]>> records, Converter keys, Converter values) {
        // as a sink task does: Apicurio's serdes put the schema's global id in the record headers, not the payload
        return records.stream().map(r -> new Decoded(keys.toConnectData(r.topic(), r.headers(), r.key()),
                values.toConnectData(r.topic(), r.headers(), r.value()), r.headers().lastHeader(RecordHeaders.DDL) != null))
                .toList();
    }

    /**
     * A converter-neutral picture of a schema and value: structs as ordered maps, bytes as hex, the topic prefix
     * (in schema names and the source block's name and id) replaced by {@code <prefix>} so both connectors compare.
     */
    static final class Shape {
        private Shape() {
        }

        static Map<String, Object> of(SchemaAndValue sv, String prefix) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("schema", schema(sv.schema(), prefix));
            m.put("value", value(sv.value(), prefix));
            return m;
        }

        /** Where two shapes differ: {@code path: avro=<a> json=<b>}, one line per leaf. */
        static List<String> diff(String path, Object a, Object b) {
            List<String> out = new ArrayList<>();
            if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
                Set<Object> keys = new java.util.LinkedHashSet<>(ma.keySet());
                keys.addAll(mb.keySet());
                keys.forEach(k -> out.addAll(diff(path + "/" + k, ma.get(k), mb.get(k))));
            } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
                for (int i = 0; i < la.size(); i++) {
                    out.addAll(diff(path + "[" + i + "]", la.get(i), lb.get(i)));
                }
            } else if (!java.util.Objects.equals(a, b)) {
                out.add(path + ": avro=" + a + " json=" + b);
            }
            return out;
        }

        private static Object schema(Schema s, String prefix) {
            if (s == null) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", s.type());
            m.put("optional", s.isOptional());
            m.put("name", s.name() == null ? null : s.name().replaceFirst("^" + prefix + "\\.", "<prefix>."));
            m.put("version", s.version());
            m.put("parameters", s.parameters());
            m.put("default", value(s.defaultValue(), prefix));
            if (s.type() == Schema.Type.STRUCT) {
                List<Object> fields = new ArrayList<>();
                for (Field f : s.fields()) {
                    fields.add(List.of(f.name(), schema(f.schema(), prefix)));
                }
                m.put("fields", fields);
            }
            return m;
        }

        static Object value(Object v, String prefix) {
            if (v instanceof Struct s) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (Field f : s.schema().fields()) {
                    Object fv = value(s.get(f), prefix);
                    boolean sourceName = s.schema().name().endsWith(".Source") && Set.of("name", "source_id").contains(f.name());
                    m.put(f.name(), sourceName && prefix.equals(fv) ? "<prefix>" : fv);
                }
                return m;
            }
            if (v instanceof byte[] b) {
                return "0x" + HexFormat.of().formatHex(b);
            }
            if (v instanceof ByteBuffer b) {
                byte[] copy = new byte[b.remaining()];
                b.duplicate().get(copy);
                return "0x" + HexFormat.of().formatHex(copy);
            }
            return v;
        }
    }

    // ---- topics and registry

    /** Every record of a single-partition topic once {@code count} arrived, and then whatever else is there. */
    private static List<ConsumerRecord<byte[], byte[]>> read(String topic, int count) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Wait.until(TIMEOUT, Duration.ofMillis(10), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            }, () -> topic + " has " + records.size() + " records, expected " + count + "; statuses: "
                    + worker.rest().connectors().stream().map(n -> worker.rest().status(n).describe()).toList());
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
        }
        assertThat(records).as(topic).hasSize(count);
        return records;
    }

    /** Artifact id to group id, for every artifact in the registry. */
    private static Map<String, String> artifacts() {
        Map<String, String> ids = new LinkedHashMap<>();
        json(registry.get("/search/artifacts?limit=500")).path("artifacts").forEach(a ->
                ids.put(a.get("id").asText(), a.path("groupId").isTextual() ? a.get("groupId").asText() : "default"));
        return ids;
    }

    private static List<JsonNode> versions(String group, String artifactId) {
        List<JsonNode> versions = new ArrayList<>();
        json(registry.get(artifactPath(group, artifactId) + "/versions?limit=500")).path("versions").forEach(versions::add);
        return versions;
    }

    private static String artifactPath(String group, String artifactId) {
        return "/groups/" + URLEncoder.encode(group, StandardCharsets.UTF_8)
                + "/artifacts/" + URLEncoder.encode(artifactId, StandardCharsets.UTF_8);
    }

    /** Full names of every named type and the names of every field, walking the whole schema. */
    private static void collectNames(org.apache.avro.Schema s, Set<String> names, Set<String> seen) {
        switch (s.getType()) {
            case RECORD -> {
                if (seen.add(s.getFullName())) {
                    names.add(s.getFullName());
                    s.getFields().forEach(f -> {
                        names.add(f.name());
                        collectNames(f.schema(), names, seen);
                    });
                }
            }
            case ENUM, FIXED -> names.add(s.getFullName());
            case UNION -> s.getTypes().forEach(t -> collectNames(t, names, seen));
            case ARRAY -> collectNames(s.getElementType(), names, seen);
            case MAP -> collectNames(s.getValueType(), names, seen);
            default -> { }
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not set: run the integration tests through Maven (mvn verify)");
        }
        return value;
    }
}
