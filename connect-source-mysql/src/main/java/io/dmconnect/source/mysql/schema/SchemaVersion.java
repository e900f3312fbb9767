package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.position.BinlogPosition;

/**
 * A table's schema from {@code position} on; {@code schema} is null once the table was dropped (or renamed away).
 * {@code kind} is the DDL kind that made it, or {@code BOOTSTRAP} when read from the server.
 */
public record SchemaVersion(BinlogPosition position, String kind, String ddl, TableSchema schema) {
    public static final String BOOTSTRAP = "BOOTSTRAP";
}
