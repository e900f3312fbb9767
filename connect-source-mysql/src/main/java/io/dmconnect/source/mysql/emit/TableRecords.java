package io.dmconnect.source.mysql.emit;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.Envelope;
import io.dmconnect.common.record.RecordHeaders;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Change records of one table at one schema version: topic, key and envelope schemas are computed once, when the
 * table's schema becomes known or changes, never per row.
 */
public final class TableRecords {
    private final TableId table;
    private final String topic;
    private final RowEncoder encoder;
    private final Schema envelopeSchema;
    private final String schemaVersion;

    public TableRecords(TableSchema schema, String topic, String envelopeName, RowEncoder encoder) {
        this.table = schema.id();
        this.topic = topic;
        this.encoder = encoder;
        this.envelopeSchema = Envelope.schema(envelopeName, encoder.valueSchema());
        this.schemaVersion = Integer.toHexString(schema.hashCode());
    }

    public TableId table() {
        return table;
    }

    public String topic() {
        return topic;
    }

    public RowEncoder encoder() {
        return encoder;
    }

    /**
     * One change record. {@code before}/{@code after} are null for inserts/deletes. The key comes from the row
     * that identifies it (after for inserts and updates, before for deletes).
     */
    public SourceRecord record(Map<String, ?> partition, BinlogPosition offset, Envelope.Op op, Struct before,
                               Struct after, Struct source, long tsMs) {
        return record(partition, offset.toOffset(), op, before, after, source, tsMs);
    }

    /** {@link #record} with an offset of another shape (a snapshot chunk's). */
    public SourceRecord record(Map<String, ?> partition, Map<String, ?> offset, Envelope.Op op, Struct before,
                               Struct after, Struct source, long tsMs) {
        Struct envelope = new Struct(envelopeSchema)
                .put(Envelope.BEFORE, before)
                .put(Envelope.AFTER, after)
                .put(Envelope.SOURCE, source)
                .put(Envelope.OP, op.code())
                .put(Envelope.TS_MS, tsMs);
        Struct key = encoder.key(after != null ? after : before);
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString(RecordHeaders.SCHEMA_VERSION, schemaVersion);
        return new SourceRecord(partition, offset, topic, null, encoder.keySchema(), key,
                envelopeSchema, envelope, tsMs, headers);
    }
}
