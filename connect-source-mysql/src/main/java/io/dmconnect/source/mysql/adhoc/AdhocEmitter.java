package io.dmconnect.source.mysql.adhoc;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.Envelope;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.binlog.EmitContext;
import io.dmconnect.source.mysql.emit.TableRecords;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.stream.Heartbeats;
import java.io.Serializable;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Publishes a buffered chunk as op {@code r} records through the binlog rows' own {@link TableRecords} (so they
 * equal the binlog's images), in the binlog partition at the stream's current position. Every record but the last
 * carries the state before the chunk (a restart reads the chunk again), the last the state after it; an empty chunk
 * publishes that state on a marker record to the heartbeat topic.
 */
public final class AdhocEmitter {
    static final String HEADER = "dm.snapshot";

    private final EmitContext context;
    private final EmitContext.Output output;
    private final String heartbeatTopic;
    private final String sourceId;

    /** @param output the queue itself (records of the binlog go through a wrapper that adds the current state) */
    public AdhocEmitter(EmitContext context, EmitContext.Output output, String heartbeatTopic, String sourceId) {
        this.context = context;
        this.output = output;
        this.heartbeatTopic = heartbeatTopic;
        this.sourceId = sourceId;
    }

    /**
     * @return false when the tracked schema at this point does not have the columns the rows were read with (a DDL
     *         came in between): nothing is published, the chunk must be read again
     */
    boolean emit(ChunkRows chunk, BinlogPosition at, AdhocState before, AdhocState after) throws InterruptedException {
        TableId table = chunk.table();
        Optional<TableSchema> schema = context.tracker().get(table);
        if (schema.isEmpty() || !schema.get().columns().stream().map(ColumnDef::name).toList().equals(chunk.columns())) {
            return false;
        }
        TableRecords records = context.records(table);
        BitSet all = new BitSet();
        all.set(0, chunk.columns().size());
        Map<String, Object> inFlight = offset(at, before);
        List<Serializable[]> rows = chunk.rows();
        long now = System.currentTimeMillis();
        for (int i = 0; i < rows.size(); i++) {
            Struct value = records.encoder().value(rows.get(i), all);
            Struct source = context.sources().struct(chunk.at(), now, table.schema(), table.table(), null, 0, null, true);
            Map<String, Object> offset = i == rows.size() - 1 ? offset(at, after) : inFlight;
            output.emit(records.record(context.partition(), offset, Envelope.Op.READ, null, value, source, now));
        }
        if (rows.isEmpty()) {
            ConnectHeaders headers = new ConnectHeaders();
            headers.addString(HEADER, "adhoc-chunk");
            output.emit(new SourceRecord(context.partition(), offset(at, after), heartbeatTopic, null, null, null,
                    Heartbeats.SCHEMA, Heartbeats.value(sourceId, chunk.at(), now), now, headers));
        }
        return true;
    }

    static Map<String, Object> offset(BinlogPosition at, AdhocState state) {
        Map<String, Object> offset = new HashMap<>(at.toOffset());
        offset.putAll(state.toOffset());
        return offset;
    }
}
