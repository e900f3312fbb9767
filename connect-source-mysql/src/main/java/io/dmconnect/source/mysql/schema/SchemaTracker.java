package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.SqlMode;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.Optional;

/**
 * The schema of every table as of the binlog position being read: bootstrapped from the server, recovered from the
 * schema history, and moved forward by every DDL in the binlog, whether or not the table is captured (a filtered
 * table's DDL still matters if it is renamed into the captured set). The binlog thread owns it.
 */
public interface SchemaTracker {
    Optional<TableSchema> get(TableId table);

    /**
     * Parses, splits and applies one QUERY event's statement, and records the changes in the history.
     *
     * @param sql           the statement, decoded with the event's charset
     * @param defaultSchema the event's current database ("" or null: none)
     * @param mode          the event's sql_mode (how quotes read)
     * @param position      where the statement's transaction starts
     */
    StatementOutcome apply(String sql, String defaultSchema, SqlMode mode, BinlogPosition position);
}
