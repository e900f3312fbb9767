package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;

/**
 * One piece of a split DDL statement after the tracker applied it: the single statement (rewritten as DM does),
 * its kind, the table it is about (schema-only for database statements), the new name of a rename, and the
 * table's schema before and after (null before a CREATE, null after a DROP).
 */
public record AppliedDdl(String sql, String kind, TableId table, TableId newTable, TableSchema before,
                         TableSchema after) {
}
