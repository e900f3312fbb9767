package io.dmconnect.source.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaHistoryTest {
    private static final TableId T = new TableId("shop", "orders");

    private static TableSchema schema(String... columns) {
        return TableSchema.of(T, java.util.Arrays.stream(columns).map(c -> ColumnDef.of(c, "int")).toList(), List.of());
    }

    private static SchemaVersion v(long pos, String kind, TableSchema s) {
        return new SchemaVersion(new BinlogPosition("mysql-bin.000001", pos, "", 0, 1, 1, 0), kind, "ddl", s);
    }

    @Test
    void picksTheNewestVersionAtOrBeforeTheOffset() {
        Map<TableId, List<SchemaVersion>> h = Map.of(T, List.of(
                v(100, "BOOTSTRAP", schema("a")), v(200, "ALTER_TABLE", schema("a", "b")), v(300, "ALTER_TABLE", schema("a", "b", "c"))));
        assertThat(SchemaHistory.asOf(h, BinlogPosition.at("mysql-bin.000001", 250)).get(T)).isEqualTo(schema("a", "b"));
        // the offset of the DDL record itself (event 0, row 1) counts as applied
        assertThat(SchemaHistory.asOf(h, new BinlogPosition("mysql-bin.000001", 300, "", 0, 1, 1, 0)).get(T))
                .isEqualTo(schema("a", "b", "c"));
        // the same transaction start with nothing emitted yet: the DDL is not applied
        assertThat(SchemaHistory.asOf(h, BinlogPosition.at("mysql-bin.000001", 300)).get(T)).isEqualTo(schema("a", "b"));
    }

    @Test
    void droppedAndNotYetCreatedTablesAreAbsentButATrimmedHistoryIsAnError() {
        Map<TableId, List<SchemaVersion>> dropped = Map.of(T, List.of(v(100, "CREATE_TABLE", schema("a")), v(200, "DROP_TABLE", null)));
        assertThat(SchemaHistory.asOf(dropped, BinlogPosition.at("mysql-bin.000002", 4))).doesNotContainKey(T);
        assertThat(SchemaHistory.asOf(dropped, BinlogPosition.at("mysql-bin.000001", 50))).doesNotContainKey(T);

        Map<TableId, List<SchemaVersion>> trimmed = Map.of(T, List.of(v(500, "ALTER_TABLE", schema("a"))));
        assertThatThrownBy(() -> SchemaHistory.asOf(trimmed, BinlogPosition.at("mysql-bin.000001", 50)))
                .hasMessageContaining("schema at the offset is unknown");
    }

    @Test
    void historyRecordsRoundTrip() {
        List<SchemaVersion> versions = List.of(v(100, "BOOTSTRAP", schema("a")), v(200, "DROP_TABLE", null));
        String value = HistoryRecordFormat.value(T, versions);
        assertThat(HistoryRecordFormat.readValue(value)).isEqualTo(new HistoryRecordFormat.Value(T, versions));
        assertThat(HistoryRecordFormat.readKey(HistoryRecordFormat.key("up1", T)).source_id()).isEqualTo("up1");
    }
}
