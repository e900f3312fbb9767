package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How one table is read: its chunk boundaries (each the inclusive upper key of a chunk; the last chunk is unbounded
 * above), the server's row estimate, and a hash of its schema at the plan's position (a task refuses to read a
 * table whose schema changed since: its rows would not fit the records' schema).
 */
public record TablePlan(TableId table, List<Serializable[]> boundaries, long rowsEstimate, String schemaHash) {

    public TablePlan {
        boundaries = List.copyOf(boundaries);
    }

    public int chunkCount() {
        return boundaries.size() + 1;
    }

    /** The chunks, numbered from {@code firstGlobal} in the plan's chunk list. */
    public List<Chunk> chunks(int firstGlobal) {
        List<Chunk> chunks = new ArrayList<>(chunkCount());
        for (int j = 0; j < chunkCount(); j++) {
            chunks.add(new Chunk(table, j, firstGlobal + j, j == 0 ? null : boundaries.get(j - 1),
                    j == boundaries.size() ? null : boundaries.get(j)));
        }
        return chunks;
    }
}
