package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.TableId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link SchemaHistory} in memory: for unit tests, and for a source that keeps no durable history. */
public final class InMemorySchemaHistory implements SchemaHistory {
    private final Map<TableId, List<SchemaVersion>> history = new HashMap<>();

    @Override
    public synchronized Map<TableId, List<SchemaVersion>> load() {
        return new HashMap<>(history);
    }

    @Override
    public synchronized void store(TableId table, List<SchemaVersion> versions) {
        history.put(table, List.copyOf(versions));
    }

    @Override
    public void close() {
        // nothing held
    }
}
