package io.dmconnect.source.mysql.emit;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.RecordHeaders;
import io.dmconnect.common.record.SchemaChangeRecord;
import io.dmconnect.common.schema.TableSchemaJson;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.schema.AppliedDdl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * In-band DDL records: one per partition of the table's topic (a barrier the sink waits on), each marked with the
 * {@link RecordHeaders#DDL} header. Schema-level statements (CREATE/DROP DATABASE) have no table topic and are not
 * published; their effect on tables reaches consumers through the tables' own DDL records.
 */
public final class DdlRecords {
    private final TopicNamer topics;
    private final ToIntFunction<String> partitionCount;

    public DdlRecords(TopicNamer topics, ToIntFunction<String> partitionCount) {
        this.topics = topics;
        this.partitionCount = partitionCount;
    }

    public List<SourceRecord> records(AppliedDdl ddl, Map<String, ?> partition, BinlogPosition offset, Struct source, long tsMs) {
        return records(ddl, partition, offset, source, tsMs, null);
    }

    /** @param timeZone the upstream session's time_zone for the statement, or null when the binlog does not say */
    public List<SourceRecord> records(AppliedDdl ddl, Map<String, ?> partition, BinlogPosition offset, Struct source, long tsMs,
                                      String timeZone) {
        if (ddl.table().isSchemaOnly()) {
            return List.of();
        }
        String topic = topics.topic(ddl.table());
        int partitions = Math.max(1, partitionCount.applyAsInt(topic));
        List<SourceRecord> out = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            ConnectHeaders headers = new ConnectHeaders();
            headers.addString(RecordHeaders.DDL, "true");
            out.add(new SourceRecord(partition, offset.toOffset(), topic, p, null, null,
                    SchemaChangeRecord.SCHEMA, value(ddl, source, tsMs, p, partitions).put(SchemaChangeRecord.TIME_ZONE, timeZone),
                    tsMs, headers));
        }
        return out;
    }

    private static Struct value(AppliedDdl ddl, Struct source, long tsMs, int partition, int partitions) {
        TableId newTable = ddl.newTable();
        return new Struct(SchemaChangeRecord.SCHEMA)
                .put(SchemaChangeRecord.SOURCE, source)
                .put(SchemaChangeRecord.TS_MS, tsMs)
                .put(SchemaChangeRecord.DDL, ddl.sql())
                .put(SchemaChangeRecord.KIND, ddl.kind())
                .put(SchemaChangeRecord.DB, ddl.table().schema())
                .put(SchemaChangeRecord.TABLE, ddl.table().table())
                .put(SchemaChangeRecord.NEW_DB, newTable == null ? null : newTable.schema())
                .put(SchemaChangeRecord.NEW_TABLE, newTable == null ? null : newTable.table())
                .put(SchemaChangeRecord.SCHEMA_BEFORE, TableSchemaJson.write(ddl.before()))
                .put(SchemaChangeRecord.SCHEMA_AFTER, TableSchemaJson.write(ddl.after()))
                .put(SchemaChangeRecord.PARTITION, partition)
                .put(SchemaChangeRecord.PARTITIONS, partitions);
    }
}
