package io.dmconnect.source.mysql.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotPlanTest {
    static final TableId A = new TableId("db", "a");
    static final TableId B = new TableId("db", "b");

    static SnapshotPlan plan() {
        List<Serializable[]> bBounds = List.of(new Serializable[] {10}, new Serializable[] {20}, new Serializable[] {30});
        return new SnapshotPlan("p1", BinlogPosition.at("mysql-bin.000001", 4),
                Map.of(B, new TablePlan(B, bBounds, 40, "h"), A, new TablePlan(A, List.of(), 3, "h")));
    }

    @Test
    void chunksAreNumberedAcrossTablesInNameOrderAndDealtRoundRobin() {
        List<Chunk> all = plan().chunks();
        assertThat(all).extracting(c -> c.id("p1")).containsExactly("p1/db.a/0", "p1/db.b/0", "p1/db.b/1", "p1/db.b/2",
                "p1/db.b/3");
        assertThat(all).extracting(Chunk::global).containsExactly(0, 1, 2, 3, 4);
        assertThat(plan().chunksOf(0, 3)).extracting(c -> c.id("p1")).containsExactly("p1/db.a/0", "p1/db.b/2");
        assertThat(plan().chunksOf(1, 3)).extracting(c -> c.id("p1")).containsExactly("p1/db.b/0", "p1/db.b/3");
        assertThat(plan().chunksOf(2, 3)).extracting(c -> c.id("p1")).containsExactly("p1/db.b/1");
    }

    @Test
    void eachChunkIsBoundedByItsNeighboursBoundaries() {
        List<Chunk> b = plan().tables().get(B).chunks(0);
        assertThat(b.get(0).lower()).isNull();
        assertThat(b.get(0).upper()).containsExactly(10);
        assertThat(b.get(1).lower()).containsExactly(10);
        assertThat(b.get(1).upper()).containsExactly(20);
        assertThat(b.get(3).lower()).containsExactly(30);
        assertThat(b.get(3).upper()).isNull();
    }
}
