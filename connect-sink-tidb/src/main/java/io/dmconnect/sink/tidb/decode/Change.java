package io.dmconnect.sink.tidb.decode;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.Envelope;
import io.dmconnect.common.schema.TableSchema;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;

/** What one record means to the sink. */
public sealed interface Change permits Change.Row, Change.Ddl, Change.Skip {
    SinkRecord record();

    /** A row change of an upstream table; values are MySQL values ({@code io.dmconnect.common.record.RowValues}). */
    record Row(TableId upstream, Envelope.Op op, Map<String, Object> before, Map<String, Object> after, SourcePos pos,
               SinkRecord record) implements Change {
    }

    /** An in-band DDL record (one copy of the barrier, on one partition). */
    record Ddl(TableId upstream, String ddl, String kind, TableId newTable, TableSchema before, TableSchema after,
               SourcePos pos, long tsMs, int partition, int partitions, String timeZone, SinkRecord record) implements Change {
    }

    /** Nothing to apply: a tombstone, a heartbeat, a record of another kind. */
    record Skip(String why, SinkRecord record) implements Change {
    }
}
