package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.List;
import java.util.Map;

/**
 * Durable schema history of one source: per table, its latest schema versions. Recovery reads one entry per table
 * (O(tables), whatever the number of DDLs ever run) and picks, per table, the newest version at or before the
 * committed offset: the history may run ahead of the offset (a DDL was recorded, then the task died before its
 * offset was committed), and the binlog after the offset is read again anyway.
 */
public interface SchemaHistory extends AutoCloseable {
    /** Versions kept per table; older ones are dropped. Plenty for the seconds between offset commits. */
    int VERSIONS_KEPT = 32;

    /** Every table's versions, oldest first. Empty when nothing was ever recorded for this source. */
    Map<TableId, List<SchemaVersion>> load();

    /** Records a table's new versions list (already trimmed to {@link #VERSIONS_KEPT}); returns when durable. */
    void store(TableId table, List<SchemaVersion> versions);

    @Override
    void close();

    /**
     * The schemas as of {@code offset}: per table, the newest version at or before it that still exists.
     *
     * @throws IllegalStateException when a table's kept versions all lie after the offset and do not start with
     *                               its creation (history trimmed past the offset: the schema at the offset is lost)
     */
    static Map<TableId, TableSchema> asOf(Map<TableId, List<SchemaVersion>> history, BinlogPosition offset) {
        Map<TableId, TableSchema> schemas = new java.util.HashMap<>();
        history.forEach((table, versions) -> {
            SchemaVersion chosen = null;
            for (SchemaVersion v : versions) {
                if (v.position().compareTo(offset) <= 0) {
                    chosen = v;
                }
            }
            if (chosen == null) {
                SchemaVersion first = versions.get(0);
                boolean createdLater = first.schema() != null && first.kind().startsWith("CREATE");
                if (!createdLater) {
                    throw new IllegalStateException("the schema history of " + table + " starts at " + first.position()
                            + ", after the committed offset " + offset + ": the schema at the offset is unknown. "
                            + "Restart the connector with a fresh offset and history (snapshot.mode=when_needed).");
                }
            } else if (chosen.schema() != null) {
                schemas.put(table, chosen.schema());
            }
        });
        return schemas;
    }
}
