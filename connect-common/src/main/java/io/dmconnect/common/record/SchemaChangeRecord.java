package io.dmconnect.common.record;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * The in-band DDL record: one single-spec statement in the table's own topic, ordered with its rows, marked by the
 * {@link RecordHeaders#DDL} header so stock SMTs ({@code Filter} + {@code HasHeaderKey}) can drop it. The table
 * schema before and after travels as JSON ({@code io.dmconnect.common.schema.TableSchemaJson}); {@code before} is
 * null for CREATE, {@code after} null for DROP. When the topic has several partitions the record goes to each of
 * them (a barrier). Its key is null.
 */
public final class SchemaChangeRecord {
    public static final String SCHEMA_NAME = "io.dmconnect.connector.mysql.SchemaChange";
    public static final String SOURCE = "source";
    public static final String TS_MS = "ts_ms";
    public static final String DDL = "ddl";
    public static final String KIND = "kind";
    public static final String DB = "db";
    public static final String TABLE = "table";
    public static final String NEW_DB = "new_db";
    public static final String NEW_TABLE = "new_table";
    public static final String SCHEMA_BEFORE = "schema_before";
    public static final String SCHEMA_AFTER = "schema_after";
    public static final String PARTITION = "partition";
    public static final String PARTITIONS = "partitions";
    /** The upstream session's time_zone when the statement ran, if the binlog says (for deterministic defaults). */
    public static final String TIME_ZONE = "time_zone";

    public static final Schema SCHEMA = SchemaBuilder.struct().name(SCHEMA_NAME).version(1)
            .field(SOURCE, SourceBlock.SCHEMA)
            .field(TS_MS, Schema.INT64_SCHEMA)
            .field(DDL, Schema.STRING_SCHEMA)
            .field(KIND, Schema.STRING_SCHEMA)
            .field(DB, Schema.STRING_SCHEMA)
            .field(TABLE, Schema.OPTIONAL_STRING_SCHEMA)
            .field(NEW_DB, Schema.OPTIONAL_STRING_SCHEMA)
            .field(NEW_TABLE, Schema.OPTIONAL_STRING_SCHEMA)
            .field(SCHEMA_BEFORE, Schema.OPTIONAL_STRING_SCHEMA)
            .field(SCHEMA_AFTER, Schema.OPTIONAL_STRING_SCHEMA)
            .field(PARTITION, Schema.INT32_SCHEMA)
            .field(PARTITIONS, Schema.INT32_SCHEMA)
            .field(TIME_ZONE, Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    private SchemaChangeRecord() {
    }
}
