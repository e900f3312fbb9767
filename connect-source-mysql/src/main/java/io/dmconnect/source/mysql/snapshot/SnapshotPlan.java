package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A snapshot: its id, where streaming takes over (the position the schemas were read at), and how each captured
 * table is chunked. The global chunk list is the tables in name order, each table's chunks in key order; chunk
 * {@code g} is read by task {@code g % task.count}, so one big table is spread over every task.
 */
public record SnapshotPlan(String planId, BinlogPosition start, Map<TableId, TablePlan> tables) {
    public static final Comparator<TableId> TABLE_ORDER = Comparator.comparing(TableId::schema).thenComparing(TableId::table);

    public SnapshotPlan {
        tables = Map.copyOf(tables);
    }

    public List<TableId> tableOrder() {
        return tables.keySet().stream().sorted(TABLE_ORDER).toList();
    }

    public List<Chunk> chunks() {
        List<Chunk> all = new ArrayList<>();
        for (TableId t : tableOrder()) {
            all.addAll(tables.get(t).chunks(all.size()));
        }
        return all;
    }

    public List<Chunk> chunksOf(int taskIndex, int taskCount) {
        return chunks().stream().filter(c -> c.readBy(taskIndex, taskCount)).toList();
    }
}
