package io.dmconnect.source.mysql.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.position.SourcePartitions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * The snapshot's state in Connect offsets, shared by the connector's tasks through the worker's offset store:
 * <ul>
 *   <li>{@code {source_id, snapshot: "plan"}} → {@code {plan_id, tables, file, pos, gtids}}: the plan and where
 *       streaming takes over;</li>
 *   <li>{@code {source_id, snapshot_table: "<db>.<table>"}} → {@code {plan_id, boundaries, rows_estimate,
 *       schema_hash}}: one table's chunking;</li>
 *   <li>{@code {source_id, snapshot_chunk: "<plan_id>/<db>.<table>/<j>"}} → {@code {done: false}} while the chunk
 *       is read, {@code {done: true, high_file, high_pos, high_gtids, rows}} on its last record.</li>
 * </ul>
 */
public final class SnapshotOffsets {
    public static final String SNAPSHOT = "snapshot";
    public static final String SNAPSHOT_TABLE = "snapshot_table";
    public static final String SNAPSHOT_CHUNK = "snapshot_chunk";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String sourceId;

    public SnapshotOffsets(String sourceId) {
        this.sourceId = sourceId;
    }

    public Map<String, String> planPartition() {
        return partition(SNAPSHOT, "plan");
    }

    public Map<String, String> tablePartition(TableId table) {
        return partition(SNAPSHOT_TABLE, table.schema() + "." + table.table());
    }

    public Map<String, String> chunkPartition(String planId, Chunk chunk) {
        return partition(SNAPSHOT_CHUNK, chunk.id(planId));
    }

    /**
     * A partition map whose iteration order is the same in every JVM: Connect stores the partition as the JSON of
     * the map in iteration order and finds it again by those bytes. {@code Map.of} iterates in an order salted per
     * JVM, so after a restart the same partition would serialize differently and its offset would not be found.
     */
    private Map<String, String> partition(String key, String value) {
        Map<String, String> partition = new HashMap<>();
        partition.put(SourcePartitions.SOURCE_ID, sourceId);
        partition.put(key, value);
        return partition;
    }

    public static Map<String, Object> planOffset(SnapshotPlan plan) {
        ArrayNode tables = JSON.createArrayNode();
        plan.tableOrder().forEach(t -> tables.addArray().add(t.schema()).add(t.table()));
        Map<String, Object> o = new HashMap<>();
        o.put("plan_id", plan.planId());
        o.put("tables", tables.toString());
        o.put(BinlogPosition.FILE, plan.start().file());
        o.put(BinlogPosition.POS, plan.start().pos());
        o.put(BinlogPosition.GTIDS, plan.start().gtids());
        return o;
    }

    public static Map<String, Object> tableOffset(String planId, TablePlan table) {
        Map<String, Object> o = new HashMap<>();
        o.put("plan_id", planId);
        o.put("boundaries", KeyValueCodec.write(table.boundaries()));
        o.put("rows_estimate", table.rowsEstimate());
        o.put("schema_hash", table.schemaHash());
        return o;
    }

    public static Map<String, Object> chunkInFlight() {
        return Map.of("done", false);
    }

    public static Map<String, Object> chunkDone(BinlogPosition high, long rows) {
        Map<String, Object> o = new HashMap<>();
        o.put("done", true);
        o.put("high_file", high.file());
        o.put("high_pos", high.pos());
        o.put("high_gtids", high.gtids());
        o.put("rows", rows);
        return o;
    }

    /** The committed plan, when every part of it is committed (a reader may see the offsets half written). */
    public Optional<SnapshotPlan> readPlan(OffsetStorageReader reader) {
        Map<String, Object> plan = reader.offset(planPartition());
        if (plan == null || plan.get("plan_id") == null) {
            return Optional.empty();
        }
        String planId = String.valueOf(plan.get("plan_id"));
        List<TableId> tables = tables(String.valueOf(plan.get("tables")));
        List<Map<String, String>> partitions = tables.stream().map(this::tablePartition).toList();
        Map<Map<String, String>, Map<String, Object>> offsets = reader.offsets(partitions);
        Map<TableId, TablePlan> plans = new LinkedHashMap<>();
        for (TableId t : tables) {
            Map<String, Object> o = offsets.get(tablePartition(t));
            if (o == null || !planId.equals(o.get("plan_id"))) {
                return Optional.empty();
            }
            plans.put(t, new TablePlan(t, KeyValueCodec.read(String.valueOf(o.get("boundaries"))),
                    ((Number) o.get("rows_estimate")).longValue(), String.valueOf(o.get("schema_hash"))));
        }
        BinlogPosition start = new BinlogPosition(String.valueOf(plan.get(BinlogPosition.FILE)),
                ((Number) plan.get(BinlogPosition.POS)).longValue(), (String) plan.get(BinlogPosition.GTIDS), 0, 0, 0, 0);
        return Optional.of(new SnapshotPlan(planId, start, plans));
    }

    /** The finished chunks among {@code chunks} by {@link Chunk#id}, with their position, in one offset read. */
    public Map<String, ChunkDone> readDone(OffsetStorageReader reader, String planId, Collection<Chunk> chunks) {
        Map<Map<String, String>, Chunk> byPartition = new HashMap<>();
        chunks.forEach(c -> byPartition.put(chunkPartition(planId, c), c));
        Map<String, ChunkDone> done = new HashMap<>();
        reader.offsets(new ArrayList<>(byPartition.keySet())).forEach((partition, offset) -> {
            Chunk c = byPartition.get(partition);
            if (c != null && offset != null && Boolean.TRUE.equals(offset.get("done"))) {
                done.put(c.id(planId), new ChunkDone(new BinlogPosition(String.valueOf(offset.get("high_file")),
                        ((Number) offset.get("high_pos")).longValue(), (String) offset.get("high_gtids"), 0, 0, 0, 0),
                        ((Number) offset.get("rows")).longValue()));
            }
        });
        return done;
    }

    /** A finished chunk: the binlog position its rows are exactly the state at, and how many rows it had. */
    public record ChunkDone(BinlogPosition high, long rows) {
    }

    private static List<TableId> tables(String json) {
        try {
            List<TableId> tables = new ArrayList<>();
            for (JsonNode t : JSON.readTree(json)) {
                tables.add(new TableId(t.get(0).asText(), t.get(1).asText()));
            }
            return tables;
        } catch (JsonProcessingException e) {
            throw new ConnectException("the snapshot plan in the connector's offsets is unreadable (" + e.getMessage()
                    + "): delete the connector's offsets to snapshot again", e);
        }
    }
}
