package io.dmconnect.common.record;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * The {@code source} block of every record: Debezium's MySQL fields (so Debezium-format consumers read it) plus
 * DM's {@code source_id} and the {@code event} counter. {@code pos} is the transaction's start, {@code event} and
 * {@code row} count inside it, so (source_id, file, pos, event, row) identifies a change: the sink uses it to
 * recognise a record the source emitted twice.
 */
public final class SourceBlock {
    public static final String SCHEMA_NAME = "io.dmconnect.connector.mysql.Source";
    public static final String VERSION = "version";
    public static final String CONNECTOR = "connector";
    public static final String NAME = "name";
    public static final String TS_MS = "ts_ms";
    public static final String SNAPSHOT = "snapshot";
    public static final String DB = "db";
    public static final String TABLE = "table";
    public static final String SERVER_ID = "server_id";
    public static final String GTID = "gtid";
    public static final String FILE = "file";
    public static final String POS = "pos";
    public static final String EVENT = "event";
    public static final String ROW = "row";
    public static final String QUERY = "query";
    public static final String SOURCE_ID = "source_id";

    public static final Schema SCHEMA = SchemaBuilder.struct().name(SCHEMA_NAME).version(1)
            .field(VERSION, Schema.STRING_SCHEMA)
            .field(CONNECTOR, Schema.STRING_SCHEMA)
            .field(NAME, Schema.STRING_SCHEMA)
            .field(TS_MS, Schema.INT64_SCHEMA)
            .field(SNAPSHOT, SchemaBuilder.string().optional().defaultValue("false").build())
            .field(DB, Schema.STRING_SCHEMA)
            .field(TABLE, Schema.OPTIONAL_STRING_SCHEMA)
            .field(SERVER_ID, Schema.INT64_SCHEMA)
            .field(GTID, Schema.OPTIONAL_STRING_SCHEMA)
            .field(FILE, Schema.STRING_SCHEMA)
            .field(POS, Schema.INT64_SCHEMA)
            .field(EVENT, Schema.INT64_SCHEMA)
            .field(ROW, Schema.INT32_SCHEMA)
            .field(QUERY, Schema.OPTIONAL_STRING_SCHEMA)
            .field(SOURCE_ID, Schema.STRING_SCHEMA)
            .build();

    private SourceBlock() {
    }
}
