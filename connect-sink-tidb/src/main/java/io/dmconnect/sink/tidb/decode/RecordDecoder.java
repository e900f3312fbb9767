package io.dmconnect.sink.tidb.decode;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.Envelope;
import io.dmconnect.common.record.RecordHeaders;
import io.dmconnect.common.record.RowValues;
import io.dmconnect.common.record.SchemaChangeRecord;
import io.dmconnect.common.record.SourceBlock;
import io.dmconnect.common.schema.TableSchemaJson;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Reads the project's envelope and DDL records, and Debezium's MySQL/MariaDB envelopes, into {@link Change}s.
 * A value that is neither (no schema, another shape) is a {@link DataException}: the caller sends the record to the
 * dead-letter queue.
 */
public final class RecordDecoder {
    private final java.time.ZoneId sessionZone;

    /** The sink session's time zone: TIMESTAMP values are written as wall-clock times in it. */
    public RecordDecoder(java.time.ZoneId sessionZone) {
        this.sessionZone = sessionZone;
    }

    public RecordDecoder() {
        this(java.time.ZoneOffset.UTC);
    }

    public Change decode(SinkRecord record) {
        Object value = record.value();
        if (value == null) {
            return new Change.Skip("tombstone", record);
        }
        if (!(value instanceof Struct struct)) {
            throw new DataException("record " + coordinates(record) + " has no schema (" + value.getClass().getSimpleName()
                    + "): use a converter with schemas (JsonConverter with schemas.enable=true, Avro, Protobuf)");
        }
        if (record.headers().lastWithName(RecordHeaders.DDL) != null || SchemaChangeRecord.SCHEMA_NAME.equals(struct.schema().name())) {
            return ddl(struct, record);
        }
        if (struct.schema().field(Envelope.OP) == null || struct.schema().field(Envelope.SOURCE) == null) {
            return new Change.Skip("not a change event (" + struct.schema().name() + ")", record);
        }
        return row(struct, record);
    }

    private Change row(Struct envelope, SinkRecord record) {
        Envelope.Op op = Envelope.Op.of(envelope.getString(Envelope.OP));
        Struct source = envelope.getStruct(Envelope.SOURCE);
        TableId table = new TableId(source.getString(SourceBlock.DB), source.getString(SourceBlock.TABLE));
        Map<String, Object> before = RowValues.of(envelope.getStruct(Envelope.BEFORE), sessionZone);
        Map<String, Object> after = RowValues.of(envelope.getStruct(Envelope.AFTER), sessionZone);
        return new Change.Row(table, op, before, after, position(source), record);
    }

    private static Change ddl(Struct v, SinkRecord record) {
        String newDb = v.getString(SchemaChangeRecord.NEW_DB);
        String table = v.getString(SchemaChangeRecord.TABLE);
        return new Change.Ddl(new TableId(v.getString(SchemaChangeRecord.DB), table == null ? "" : table),
                v.getString(SchemaChangeRecord.DDL), v.getString(SchemaChangeRecord.KIND),
                newDb == null ? null : new TableId(newDb, v.getString(SchemaChangeRecord.NEW_TABLE)),
                TableSchemaJson.read(v.getString(SchemaChangeRecord.SCHEMA_BEFORE)),
                TableSchemaJson.read(v.getString(SchemaChangeRecord.SCHEMA_AFTER)),
                position(v.getStruct(SchemaChangeRecord.SOURCE)), v.getInt64(SchemaChangeRecord.TS_MS),
                v.getInt32(SchemaChangeRecord.PARTITION), v.getInt32(SchemaChangeRecord.PARTITIONS),
                v.schema().field(SchemaChangeRecord.TIME_ZONE) == null ? null : v.getString(SchemaChangeRecord.TIME_ZONE), record);
    }

    /** Our source block, or Debezium's: it has no source_id (its logical name stands in) and no unit counter. */
    static SourcePos position(Struct source) {
        String sourceId = has(source, SourceBlock.SOURCE_ID) ? source.getString(SourceBlock.SOURCE_ID) : source.getString(SourceBlock.NAME);
        long event = has(source, SourceBlock.EVENT) ? source.getInt64(SourceBlock.EVENT) : 0;
        Object row = has(source, SourceBlock.ROW) ? source.get(SourceBlock.ROW) : null;
        Object pos = has(source, SourceBlock.POS) ? source.get(SourceBlock.POS) : null;
        Object file = has(source, SourceBlock.FILE) ? source.get(SourceBlock.FILE) : null;
        return new SourcePos(sourceId, file == null ? "" : file.toString(), pos == null ? 0 : ((Number) pos).longValue(),
                event, row == null ? 0 : ((Number) row).longValue());
    }

    private static boolean has(Struct s, String field) {
        Field f = s.schema().field(field);
        return f != null && s.get(f) != null;
    }

    private static String coordinates(SinkRecord r) {
        return r.topic() + "-" + r.kafkaPartition() + "@" + r.kafkaOffset();
    }
}
