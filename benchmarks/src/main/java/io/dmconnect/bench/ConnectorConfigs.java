package io.dmconnect.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connector configurations both benchmarks share, each as the peer baseline (harness-recipe §5) or dm-connect's
 * docs run it: dm-connect's source and sink, Debezium's MariaDB source and JDBC sink. Callers add what is particular
 * to their run (tasks, tuning, converters, transforms).
 */
public final class ConnectorConfigs {
    public static final String DM_SOURCE_CLASS = "io.dmconnect.source.mysql.MySqlSourceConnector";
    public static final String DM_SINK_CLASS = "io.dmconnect.sink.tidb.TiDbSinkConnector";
    public static final String DEBEZIUM_SOURCE_CLASS = "io.debezium.connector.mariadb.MariaDbConnector";
    public static final String DEBEZIUM_SINK_CLASS = "io.debezium.connector.jdbc.JdbcSinkConnector";

    private ConnectorConfigs() {
    }

    /** dm-connect's source reading {@code database} of {@code upstream} into topics {@code <topicPrefix>.<db>.<table>}. */
    public static Map<String, String> dmSource(Endpoint upstream, String bootstrapServers, String topicPrefix,
            String database, long serverId) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", DM_SOURCE_CLASS);
        c.put("database.hostname", upstream.host());
        c.put("database.port", String.valueOf(upstream.port()));
        c.put("database.user", upstream.account().user());
        c.put("database.password", upstream.account().password());
        c.put("database.server.id", String.valueOf(serverId));
        c.put("topic.prefix", topicPrefix);
        c.put("schema.history.kafka.bootstrap.servers", bootstrapServers);
        c.put("block.allow.do.dbs", database);
        return c;
    }

    /** dm-connect's sink applying {@code topic} to {@code target}, read from the topic's start. */
    public static Map<String, String> dmSink(String topic, Endpoint target) {
        Map<String, String> c = sinkBase(topic, target);
        c.put("connector.class", DM_SINK_CLASS);
        c.put("connection.url", "jdbc:mysql://" + target.host() + ":" + target.port() + "/");
        return c;
    }

    /**
     * Debezium's MariaDB source as the peer baseline runs it, snapshot first ({@code snapshot.mode=initial}), without
     * schema change topics. {@code column.propagate.source.type} is left out: the benchmarks pre-create the downstream
     * tables, so it would only make every record larger.
     */
    public static Map<String, String> debeziumSource(Endpoint upstream, String bootstrapServers, String topicPrefix,
            String database, long serverId) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", DEBEZIUM_SOURCE_CLASS);
        c.put("tasks.max", "1");
        c.put("database.hostname", upstream.host());
        c.put("database.port", String.valueOf(upstream.port()));
        c.put("database.user", upstream.account().user());
        c.put("database.password", upstream.account().password());
        c.put("database.server.id", String.valueOf(serverId));
        c.put("topic.prefix", topicPrefix);
        c.put("database.include.list", database);
        c.put("schema.history.internal.kafka.bootstrap.servers", bootstrapServers);
        c.put("schema.history.internal.kafka.topic", "schema-history." + topicPrefix);
        c.put("include.schema.changes", "false");
        c.put("snapshot.mode", "initial");
        return c;
    }

    /**
     * Debezium's JDBC sink as the peer baseline runs it: upsert by the record key, deletes on, basic schema
     * evolution, tables named after the source table, in {@code database} of {@code target}.
     */
    public static Map<String, String> debeziumSink(String topic, Endpoint target, String database) {
        Map<String, String> c = sinkBase(topic, target);
        c.put("connector.class", DEBEZIUM_SINK_CLASS);
        c.put("connection.url", "jdbc:mariadb://" + target.host() + ":" + target.port() + "/" + database);
        c.put("insert.mode", "upsert");
        c.put("primary.key.mode", "record_key");
        c.put("delete.enabled", "true");
        c.put("schema.evolution", "basic");
        c.put("collection.name.format", "${source.table}");
        return c;
    }

    private static Map<String, String> sinkBase(String topic, Endpoint target) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("tasks.max", "1");
        c.put("topics", topic);
        // a new connector is a new consumer group: read the topic from its start
        c.put("consumer.override.auto.offset.reset", "earliest");
        c.put("connection.username", target.account().user());
        c.put("connection.password", target.account().password());
        return c;
    }
}
