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

    static final String DM_SINK_CLASS = ConnectorConfigs.DM_SINK_CLASS;
    static final String DEBEZIUM_SINK_CLASS = ConnectorConfigs.DEBEZIUM_SINK_CLASS;

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
    public Map<String, String> connectorConfig(String topic, Endpoint target) {
        if (this == DEBEZIUM_JDBC) {
            Map<String, String> c = ConnectorConfigs.debeziumSink(topic, target, BenchTable.SCHEMA);
            c.putAll(dropDdlRecords());
            return c;
        }
        Map<String, String> c = ConnectorConfigs.dmSink(topic, target);
        if (this == DM_CONNECT_MERGED) {
            c.put("multiple.rows", "true");
            c.put("compact", "true");
        }
        return c;
    }

    /** dm-connect's topics carry DDL records (header dm.ddl) that are no row change: Debezium's sink is not given them. */
    private static Map<String, String> dropDdlRecords() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("transforms", "dropDdl");
        c.put("transforms.dropDdl.type", "org.apache.kafka.connect.transforms.Filter");
        c.put("transforms.dropDdl.predicate", "isDdl");
        c.put("predicates", "isDdl");
        c.put("predicates.isDdl.type", "org.apache.kafka.connect.transforms.predicates.HasHeaderKey");
        c.put("predicates.isDdl.name", "dm.ddl");
        return c;
    }
}
