package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.emit.TableRecords;

/** What reading a table's chunks needs: its schema (as planned), its queries and its record factory. */
public record SnapshotTable(TableSchema schema, String schemaHash, ChunkQueries queries, TableRecords records) {
}
