package io.dmconnect.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A sink connector configuration the benchmark measures, by the name the {@code sinks} key uses.
 *
 * <ul>
 *   <li>{@code dm-connect}: dm-connect's sink with DM's defaults (16 workers, batches of 100, safe mode for the
 *       first 60 s after a start, no merging, no compaction);</li>
 *   <li>{@code dm-connect-merged}: the same with DM's {@code multiple-rows} and {@code compact} on;</li>
 *   <li>{@code debezium-jdbc}: Debezium's JDBC sink configured as the peer baseline runs it (upsert, record-key
 *       primary keys, deletes on, basic schema evolution), with dm-connect's DDL records dropped by the stock
 *       {@code Filter} transform on the {@code dm.ddl} header (docs/record-format.md).</li>
 * </ul>
 */
public enum SinkUnderTest implements Keyed {
    DM_CONNECT("dm-connect", Downstream.DM_CONNECT),
    DM_CONNECT_MERGED("dm-connect-merged", Downstream.DM_CONNECT),
    DEBEZIUM_JDBC("debezium-jdbc", Downstream.DEBEZIUM);

    static final String DM_SINK_CLASS = "io.dmconnect.sink.tidb.TiDbSinkConnector";
    static final String DEBEZIUM_SINK_CLASS = "io.debezium.connector.jdbc.JdbcSinkConnector";

    private final String key;
    private final Downstream downstream;

    SinkUnderTest(String key, Downstream downstream) {
        this.key = key;
        this.downstream = downstream;
    }

    @Override
    public String key() {
        return key;
    }

    public Downstream downstream() {
        return downstream;
    }

    /** True for the peer every other sink is compared with. */
    public boolean isPeer() {
        return this == DEBEZIUM_JDBC;
    }

    public static Optional<SinkUnderTest> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /**
     * The connector configuration that applies {@code topic} to {@code target}; converter settings are the caller's
     * (the same for every connector of a run).
     */
    public Map<String, String> connectorConfig(String topic, SinkTarget target) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("tasks.max", "1");
        c.put("topics", topic);
        // a new connector is a new consumer group: read the topic from its start
        c.put("consumer.override.auto.offset.reset", "earliest");
        c.put("connection.username", target.account().user());
        c.put("connection.password", target.account().password());
        if (this == DEBEZIUM_JDBC) {
            c.putAll(debezium(target));
        } else {
            c.put("connector.class", DM_SINK_CLASS);
            c.put("connection.url", "jdbc:mysql://" + target.host() + ":" + target.port() + "/");
            if (this == DM_CONNECT_MERGED) {
                c.put("multiple.rows", "true");
                c.put("compact", "true");
            }
        }
        return c;
    }

    private static Map<String, String> debezium(SinkTarget target) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", DEBEZIUM_SINK_CLASS);
        c.put("connection.url", "jdbc:mariadb://" + target.host() + ":" + target.port() + "/" + BenchTable.SCHEMA);
        c.put("insert.mode", "upsert");
        c.put("primary.key.mode", "record_key");
        c.put("delete.enabled", "true");
        c.put("schema.evolution", "basic");
        c.put("collection.name.format", "${source.table}");
        c.put("transforms", "dropDdl");
        c.put("transforms.dropDdl.type", "org.apache.kafka.connect.transforms.Filter");
        c.put("transforms.dropDdl.predicate", "isDdl");
        c.put("predicates", "isDdl");
        c.put("predicates.isDdl.type", "org.apache.kafka.connect.transforms.predicates.HasHeaderKey");
        c.put("predicates.isDdl.name", "dm.ddl");
        return c;
    }
}
