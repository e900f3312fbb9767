package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.TableSchemas;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.binlog.RowSkip;
import io.dmconnect.source.mysql.convert.KeyCells;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streaming side of the snapshot handoff. Streaming starts at the plan's position, before every chunk was
 * read; a row change at binlog position p whose key lies in chunk c is dropped when p is at or before the position
 * c was read at (its effect is in c's rows), and published otherwise. So every change reaches the topic exactly
 * once, after the chunk that holds its row. Changes past the last chunk's position cost one comparison.
 */
public final class SnapshotSkips implements RowSkip {
    private final Map<TableId, TableChunks> tables;
    private final Map<TableId, List<Comparator<Serializable>>> comparators = new ConcurrentHashMap<>();

    /** One table's chunk boundaries and the position each chunk was read at. */
    record TableChunks(List<Serializable[]> boundaries, BinlogPosition[] positions, BinlogPosition last) {
    }

    private SnapshotSkips(Map<TableId, TableChunks> tables) {
        this.tables = tables;
    }

    /** @param positions where each chunk of the plan was read, by {@link Chunk#id} (every chunk is done) */
    public static SnapshotSkips of(SnapshotPlan plan, Map<String, BinlogPosition> positions) {
        Map<TableId, TableChunks> tables = new HashMap<>();
        for (TablePlan t : plan.tables().values()) {
            BinlogPosition[] at = new BinlogPosition[t.chunkCount()];
            BinlogPosition last = null;
            for (Chunk c : t.chunks(0)) {
                at[c.index()] = positions.get(c.id(plan.planId()));
                if (at[c.index()] == null) {
                    throw new IllegalArgumentException("chunk " + c.id(plan.planId()) + " is not done");
                }
                last = last == null || at[c.index()].compareTo(last) > 0 ? at[c.index()] : last;
            }
            tables.put(t.table(), new TableChunks(t.boundaries(), at, last));
        }
        return new SnapshotSkips(tables);
    }

    /** The last position any chunk was read at: past it, streaming needs no skip rule. */
    public BinlogPosition last() {
        return tables.values().stream().map(TableChunks::last).max(Comparator.naturalOrder()).orElse(null);
    }

    @Override
    public boolean covered(TableSchema schema, Serializable[] row, BitSet included, String file, long endPosition) {
        TableChunks chunks = tables.get(schema.id());
        if (chunks == null) {
            return false;
        }
        BinlogPosition at = BinlogPosition.at(file, endPosition);
        if (at.compareTo(chunks.last()) > 0) {
            return false;
        }
        Serializable[] key = key(schema, row, included);
        if (key == null) {
            return false; // a key column missing from the image: publish (a duplicate at worst, never a loss)
        }
        return at.compareTo(chunks.positions()[chunkOf(schema, chunks.boundaries(), key)]) <= 0;
    }

    /** The index of the first chunk whose inclusive upper bound is at or above the key (the last chunk: none). */
    int chunkOf(TableSchema schema, List<Serializable[]> boundaries, Serializable[] key) {
        List<Comparator<Serializable>> order = comparators.computeIfAbsent(schema.id(), t -> comparators(schema));
        int lo = 0;
        int hi = boundaries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(order, key, boundaries.get(mid)) <= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static int compare(List<Comparator<Serializable>> order, Serializable[] a, Serializable[] b) {
        for (int i = 0; i < order.size(); i++) {
            int c = order.get(i).compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<Comparator<Serializable>> comparators(TableSchema schema) {
        List<Comparator<Serializable>> order = new ArrayList<>();
        for (int p : TableSchemas.keyPositions(schema)) {
            ColumnDef column = schema.columns().get(p);
            order.add(KeyCells.comparator(column, schema.charset()));
        }
        return order;
    }

    /** The key cells of a row image (cells are packed: only included columns have one). */
    private static Serializable[] key(TableSchema schema, Serializable[] row, BitSet included) {
        List<Integer> positions = TableSchemas.keyPositions(schema);
        Serializable[] key = new Serializable[positions.size()];
        for (int k = 0; k < key.length; k++) {
            int column = positions.get(k);
            if (!included.get(column)) {
                return null;
            }
            key[k] = row[included.get(0, column).cardinality()];
        }
        return key;
    }
}
