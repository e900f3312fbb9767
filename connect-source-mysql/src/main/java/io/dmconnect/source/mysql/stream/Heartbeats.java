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
final class Heartbeats {
    static final Schema SCHEMA = SchemaBuilder.struct().name("io.dmconnect.connector.mysql.Heartbeat").version(1)
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
        Struct value = new Struct(SCHEMA).put("source_id", partition.values().iterator().next())
                .put("file", committed.file()).put("pos", committed.pos()).put("ts_ms", now);
        return List.of(new SourceRecord(partition, committed.toOffset(), topic, null, null, null, SCHEMA, value, now));
    }
}
