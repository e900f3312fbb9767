package io.dmconnect.bench;

import java.util.Map;

/**
 * The connector pairs of the snapshot benchmark's Connect legs: (b) Debezium's MariaDB source and JDBC sink, (c)
 * dm-connect's source and sink, each on its own topic prefix, both snapshotting {@code sbtest} first.
 */
final class SnapshotConnectors {
    static final long DEBEZIUM_SERVER_ID = 6301;
    static final long DM_SERVER_ID = 6302;

    private SnapshotConnectors() {
    }

    static String topicPrefix(SnapshotLeg leg) {
        return switch (leg) {
            case DEBEZIUM -> "dbz";
            case DM_CONNECT -> "dmc";
            case MARIADB_DUMP -> throw new IllegalArgumentException("leg mariadb-dump runs no connectors");
        };
    }

    /** The topic of sbtest.sbtest1: both sources name it {@code <prefix>.<database>.<table>}. */
    static String topic(SnapshotLeg leg) {
        return topicPrefix(leg) + "." + SbTable.SCHEMA + "." + SbTable.TABLE;
    }

    /** Debezium's source has one task, so one partition; dm-connect's topic has as many as asked. */
    static int partitions(SnapshotLeg leg, DmTuning dm) {
        return leg == SnapshotLeg.DM_CONNECT ? dm.topicPartitions() : 1;
    }

    static String sourceName(SnapshotLeg leg) {
        return "snapshot-" + leg.key() + "-source";
    }

    static String sinkName(SnapshotLeg leg) {
        return "snapshot-" + leg.key() + "-sink";
    }

    /** The source: snapshot.mode=initial, then streaming (which finds nothing new: the upstream is idle). */
    static Map<String, String> source(SnapshotLeg leg, Endpoint upstream, String bootstrapServers, DmTuning dm) {
        return source(leg, upstream, bootstrapServers, dm, false);
    }

    /** The same, {@code peerProducer}: Debezium's source gets dm-connect's producer overrides too. */
    static Map<String, String> source(SnapshotLeg leg, Endpoint upstream, String bootstrapServers, DmTuning dm,
            boolean peerProducer) {
        if (leg == SnapshotLeg.DEBEZIUM) {
            Map<String, String> c = ConnectorConfigs.debeziumSource(upstream, bootstrapServers, topicPrefix(leg),
                    SbTable.SCHEMA, DEBEZIUM_SERVER_ID);
            if (peerProducer) {
                dm.sourceProducer().forEach((k, v) -> c.put("producer.override." + k, v));
            }
            return c;
        }
        Map<String, String> c = ConnectorConfigs.dmSource(upstream, bootstrapServers, topicPrefix(leg), SbTable.SCHEMA,
                DM_SERVER_ID);
        c.put("tasks.max", String.valueOf(dm.sourceTasks()));
        c.put("snapshot.mode", "initial");
        c.put("snapshot.chunk.size", String.valueOf(dm.chunkSize()));
        dm.sourceProducer().forEach((k, v) -> c.put("producer.override." + k, v));
        return c;
    }

    /** The sink into the leg's pre-created downstream table. */
    static Map<String, String> sink(SnapshotLeg leg, Endpoint downstream, DmTuning dm) {
        if (leg == SnapshotLeg.DEBEZIUM) {
            return ConnectorConfigs.debeziumSink(topic(leg), downstream, SbTable.SCHEMA);
        }
        Map<String, String> c = ConnectorConfigs.dmSink(topic(leg), downstream);
        c.put("tasks.max", String.valueOf(dm.sinkTasks()));
        c.put("worker.count", String.valueOf(dm.workerCount()));
        c.put("batch.size", String.valueOf(dm.batchSize()));
        c.put("multiple.rows", String.valueOf(dm.multipleRows()));
        return c;
    }

    /**
     * The converter's settings for a connector of {@code leg}. Debezium's source needs Avro-safe schema names with
     * Avro (as DebeziumTopicsIT runs it).
     */
    static Map<String, String> converter(SnapshotLeg leg, boolean source, ConverterChoice converter, String registryUrl) {
        Map<String, String> c = converter.connectorSettings(registryUrl);
        if (leg == SnapshotLeg.DEBEZIUM && source && converter == ConverterChoice.AVRO) {
            c.put("schema.name.adjustment.mode", "avro");
        }
        return c;
    }
}
