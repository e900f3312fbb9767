package io.dmconnect.common.record;

/** Header names on the records the source writes. */
public final class RecordHeaders {
    /** Present (value "true") on DDL records only: {@code transforms.dropDdl.predicate=HasHeaderKey(name=dm.ddl)}. */
    public static final String DDL = "dm.ddl";
    /** A hash of the table schema the row was encoded with; changes exactly when a DDL changed the table. */
    public static final String SCHEMA_VERSION = "dm.schema.version";

    private RecordHeaders() {
    }
}
