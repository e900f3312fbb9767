package io.dmconnect.source.mysql.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.io.Serializable;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotSkipsTest {
    private static final TableId T = new TableId("db", "t");
    private static final TableSchema SCHEMA = TableSchema.of(T, List.of(ColumnDef.of("v", "varchar(5)"),
            ColumnDef.of("id", "int")), List.of(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("id"))));
    private static final TableId K = new TableId("db", "keyless");
    private static final TableSchema KEYLESS = TableSchema.of(K, List.of(ColumnDef.of("a", "int")), List.of());
    private static final BitSet BOTH = BitSet.valueOf(new long[] {0b11});

    /** t: chunks (-, 10] read at f.000002:100, (10, 20] at f.000001:900, (20, -) at f.000002:50; keyless at f.000001:400. */
    private static SnapshotSkips skips() {
        SnapshotPlan plan = new SnapshotPlan("p", BinlogPosition.at("f.000001", 4), Map.of(
                T, new TablePlan(T, List.of(new Serializable[] {10}, new Serializable[] {20}), 0, "h"),
                K, new TablePlan(K, List.of(), 0, "h")));
        return SnapshotSkips.of(plan, Map.of("p/db.t/0", BinlogPosition.at("f.000002", 100),
                "p/db.t/1", BinlogPosition.at("f.000001", 900), "p/db.t/2", BinlogPosition.at("f.000002", 50),
                "p/db.keyless/0", BinlogPosition.at("f.000001", 400)));
    }

    private static boolean covered(int id, String file, long end) {
        return skips().covered(SCHEMA, new Serializable[] {"x".getBytes(), id}, BOTH, file, end);
    }

    @Test
    void aChangeAtOrBeforeItsChunksPositionIsInTheChunk() {
        assertThat(covered(5, "f.000002", 100)).isTrue();
        assertThat(covered(10, "f.000001", 5000)).isTrue(); // boundary keys belong to the chunk below
        assertThat(covered(5, "f.000002", 101)).isFalse();
        assertThat(covered(11, "f.000001", 900)).isTrue();
        assertThat(covered(11, "f.000001", 901)).isFalse();
        assertThat(covered(20, "f.000001", 950)).isFalse();
        assertThat(covered(21, "f.000001", 950)).isTrue();
        assertThat(covered(Integer.MAX_VALUE, "f.000002", 50)).isTrue();
        assertThat(covered(-1, "f.000003", 4)).isFalse(); // past every chunk
    }

    @Test
    void aKeylessTableIsOneChunk() {
        SnapshotSkips s = skips();
        assertThat(s.covered(KEYLESS, new Serializable[] {1}, BitSet.valueOf(new long[] {1}), "f.000001", 400)).isTrue();
        assertThat(s.covered(KEYLESS, new Serializable[] {1}, BitSet.valueOf(new long[] {1}), "f.000001", 401)).isFalse();
    }

    @Test
    void tablesOutsideThePlanAndImagesWithoutTheKeyAreNeverSkipped() {
        TableSchema other = TableSchema.of(new TableId("db", "other"), SCHEMA.columns(), SCHEMA.indexes());
        assertThat(skips().covered(other, new Serializable[] {"x".getBytes(), 1}, BOTH, "f.000001", 5)).isFalse();
        assertThat(skips().covered(SCHEMA, new Serializable[] {"x".getBytes()}, BitSet.valueOf(new long[] {1}),
                "f.000001", 5)).isFalse();
        assertThat(skips().last()).isEqualTo(BinlogPosition.at("f.000002", 100));
    }
}
