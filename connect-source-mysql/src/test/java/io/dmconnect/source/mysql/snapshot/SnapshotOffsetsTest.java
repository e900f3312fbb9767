package io.dmconnect.source.mysql.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotOffsetsTest {
    private final SnapshotOffsets offsets = new SnapshotOffsets("src");

    @Test
    void partitionsNameTheSourceAndWhatTheyTrack() {
        assertThat(offsets.planPartition()).isEqualTo(Map.of("source_id", "src", "snapshot", "plan"));
        assertThat(offsets.tablePartition(new TableId("db", "t"))).isEqualTo(Map.of("source_id", "src", "snapshot_table", "db.t"));
        Chunk c = SnapshotPlanTest.plan().chunks().get(2);
        assertThat(offsets.chunkPartition("p1", c)).isEqualTo(Map.of("source_id", "src", "snapshot_chunk", "p1/db.b/1"));
        assertThat(SnapshotOffsets.chunkDone(BinlogPosition.at("mysql-bin.000002", 99), 7)).isEqualTo(Map.of("done", true,
                "high_file", "mysql-bin.000002", "high_pos", 99L, "high_gtids", "", "rows", 7L));
        assertThat(SnapshotOffsets.chunkInFlight()).isEqualTo(Map.of("done", false));
    }

    @Test
    void partitionsIterateInTheSameOrderInEveryJvm() {
        // Connect finds an offset by the JSON bytes of its partition map: a HashMap's order is fixed by the keys
        assertThat(offsets.chunkPartition("p1", SnapshotPlanTest.plan().chunks().get(0))).isInstanceOf(java.util.HashMap.class);
        assertThat(offsets.planPartition().keySet()).containsExactly("source_id", "snapshot");
    }

    @Test
    void aCommittedPlanReadsBackWithItsBoundaries() {
        SnapshotPlan plan = SnapshotPlanTest.plan();
        MemoryOffsets store = new MemoryOffsets();
        put(store, plan);
        SnapshotPlan back = offsets.readPlan(store).orElseThrow();
        assertThat(back.planId()).isEqualTo("p1");
        assertThat(back.start()).isEqualTo(plan.start());
        assertThat(back.tableOrder()).containsExactly(SnapshotPlanTest.A, SnapshotPlanTest.B);
        assertThat(back.tables().get(SnapshotPlanTest.B).boundaries()).hasSize(3);
        assertThat(back.tables().get(SnapshotPlanTest.B).boundaries().get(2)).containsExactly(30);
        assertThat(back.chunks()).extracting(c -> c.id("p1")).isEqualTo(plan.chunks().stream().map(c -> c.id("p1")).toList());
    }

    @Test
    void aHalfCommittedPlanIsNoPlanYet() {
        SnapshotPlan plan = SnapshotPlanTest.plan();
        MemoryOffsets store = new MemoryOffsets();
        store.put(offsets.planPartition(), SnapshotOffsets.planOffset(plan));
        assertThat(offsets.readPlan(store)).isEmpty();
        put(store, plan);
        store.put(offsets.tablePartition(SnapshotPlanTest.A), Map.of("plan_id", "older", "boundaries", "[]",
                "rows_estimate", 1L, "schema_hash", "h"));
        assertThat(offsets.readPlan(store)).isEmpty();
    }

    @Test
    void onlyChunksWhoseLastRecordWasCommittedAreDone() {
        SnapshotPlan plan = SnapshotPlanTest.plan();
        List<Chunk> chunks = plan.chunks();
        MemoryOffsets store = new MemoryOffsets();
        store.put(offsets.chunkPartition("p1", chunks.get(0)), SnapshotOffsets.chunkDone(BinlogPosition.at("f.000001", 500), 3));
        store.put(offsets.chunkPartition("p1", chunks.get(1)), SnapshotOffsets.chunkInFlight());
        Map<String, SnapshotOffsets.ChunkDone> done = offsets.readDone(store, "p1", chunks);
        assertThat(done).containsOnlyKeys("p1/db.a/0");
        assertThat(done.get("p1/db.a/0")).isEqualTo(new SnapshotOffsets.ChunkDone(BinlogPosition.at("f.000001", 500), 3));
    }

    private void put(MemoryOffsets store, SnapshotPlan plan) {
        store.put(offsets.planPartition(), SnapshotOffsets.planOffset(plan));
        plan.tables().values().forEach(t -> store.put(offsets.tablePartition(t.table()),
                SnapshotOffsets.tableOffset(plan.planId(), t)));
    }
}
