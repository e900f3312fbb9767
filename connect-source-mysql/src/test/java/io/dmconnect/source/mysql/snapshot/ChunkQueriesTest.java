package io.dmconnect.source.mysql.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkQueriesTest {
    static final TableSchema COMPOSITE = TableSchema.of(new TableId("db", "t"),
            List.of(ColumnDef.of("a", "int"), ColumnDef.of("b", "varchar(10)"), ColumnDef.of("ts", "timestamp(6)"),
                    ColumnDef.of("d", "date"), ColumnDef.of("e", "enum('x','y')")),
            List.of(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("a", "b"))));

    @Test
    void boundariesPageThroughTheKeyIndex() {
        ChunkQueries q = new ChunkQueries(COMPOSITE, true);
        assertThat(q.boundary(false, 100)).isEqualTo("SELECT `a`, CAST(`b` AS BINARY) FROM `db`.`t` ORDER BY `a`, `b` "
                + "LIMIT 1 OFFSET 99");
        assertThat(q.boundary(true, 100)).isEqualTo("SELECT `a`, CAST(`b` AS BINARY) FROM `db`.`t` WHERE `a` > ? OR "
                + "(`a` = ? AND `b` > ?) ORDER BY `a`, `b` LIMIT 1 OFFSET 99");
    }

    @Test
    void aChunkIsAboveItsLowerAndAtMostItsUpperBound() {
        ChunkQueries q = new ChunkQueries(COMPOSITE, true);
        Serializable[] low = {1, "x".getBytes()};
        Serializable[] high = {5, "y".getBytes()};
        assertThat(q.chunk(new Chunk(COMPOSITE.id(), 1, 1, low, high))).isEqualTo("SELECT `a`, CAST(`b` AS BINARY), "
                + "UNIX_TIMESTAMP(`ts`), CAST(`d` AS CHAR), (`e` + 0) FROM `db`.`t` WHERE (`a` > ? OR (`a` = ? AND "
                + "`b` > ?)) AND (`a` < ? OR (`a` = ? AND `b` <= ?)) ORDER BY `a`, `b`");
        assertThat(q.chunk(new Chunk(COMPOSITE.id(), 0, 0, null, high))).contains("WHERE (`a` < ? OR (`a` = ? AND `b` <= ?))");
        assertThat(q.chunk(new Chunk(COMPOSITE.id(), 2, 2, low, null))).endsWith("WHERE (`a` > ? OR (`a` = ? AND "
                + "`b` > ?)) ORDER BY `a`, `b`");
    }

    @Test
    void aKeylessTableIsReadWholeWithoutOrder() {
        TableSchema keyless = TableSchema.of(new TableId("db", "k"), List.of(ColumnDef.of("a", "int")), List.of());
        ChunkQueries q = new ChunkQueries(keyless, false);
        assertThat(q.keyed()).isFalse();
        assertThat(q.chunk(new Chunk(keyless.id(), 0, 0, null, null))).isEqualTo("SELECT `a` FROM `db`.`k`");
    }
}
