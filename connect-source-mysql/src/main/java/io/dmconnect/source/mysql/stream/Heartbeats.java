package io.dmconnect.source.mysql.stream;

import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Offset heartbeats: when no captured table changes for a heartbeat interval while the binlog moves on (other
 * tables, other schemas), one small record to {@code <topic.prefix>.heartbeat} carries the position, so the
 * committed offset follows the binlog and a restart does not re-read hours of irrelevant events.
 */
public final class Heartbeats {
    public static final Schema SCHEMA = SchemaBuilder.struct().name("io.dmconnect.connector.mysql.Heartbeat").version(1)
            .field("source_id", Schema.STRING_SCHEMA)
            .field("file", Schema.STRING_SCHEMA)
            .field("pos", Schema.INT64_SCHEMA)
            .field("ts_ms", Schema.INT64_SCHEMA)
            .build();

    private final String topic;
    private final Map<String, String> partition;
    private final long intervalMs;
    private long lastSentMs = System.currentTimeMillis();
    private BinlogPosition lastSent;

    /** A heartbeat-shaped value at {@code position}: the snapshot's plan and empty-chunk records use it too. */
    public static Struct value(String sourceId, BinlogPosition position, long tsMs) {
        return new Struct(SCHEMA).put("source_id", sourceId).put("file", position.file()).put("pos", position.pos())
                .put("ts_ms", tsMs);
    }

    Heartbeats(String topicPrefix, Map<String, String> partition, long intervalMs) {
        this.topic = topicPrefix + ".heartbeat";
        this.partition = partition;
        this.intervalMs = intervalMs;
    }

    /** Records carried offsets just now: no heartbeat needed for another interval. */
    void sawRecords() {
        lastSentMs = System.currentTimeMillis();
    }

    List<SourceRecord> maybe(BinlogPosition committed) {
        long now = System.currentTimeMillis();
        if (now - lastSentMs < intervalMs || committed.equals(lastSent) || committed.file().isEmpty()) {
            return List.of();
        }
        lastSentMs = now;
        lastSent = committed;
        Struct value = value(partition.values().iterator().next(), committed, now);
        return List.of(new SourceRecord(partition, committed.toOffset(), topic, null, null, null, SCHEMA, value, now));
    }
}
