package io.dmconnect.common.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSchemaJsonTest {
    @Test
    void roundTripsEveryField() {
        ColumnDef id = new ColumnDef("id", "bigint", "bigint(20) unsigned", null, null, null, true, false, null, false,
                true, null, null, List.of(), false);
        ColumnDef state = new ColumnDef("state", "enum", "enum('a','b')", null, null, null, false, true, "a", true,
                false, "utf8mb4", "utf8mb4_general_ci", List.of("a", "b"), false);
        TableSchema t = new TableSchema(new TableId("shop", "orders"), List.of(id, state),
                List.of(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("id"))), "utf8mb4", "utf8mb4_general_ci",
                "InnoDB", "orders");

        assertThat(TableSchemaJson.read(TableSchemaJson.write(t))).isEqualTo(t);
        assertThat(TableSchemaJson.write(null)).isNull();
    }

    @Test
    void ignoresUnknownFieldsAndRejectsGarbage() {
        String json = "{\"id\":{\"schema\":\"s\",\"table\":\"t\"},\"columns\":[],\"indexes\":[],\"future\":1}";
        assertThat(TableSchemaJson.read(json).id()).isEqualTo(new TableId("s", "t"));
        assertThatThrownBy(() -> TableSchemaJson.read("[1,2]")).hasMessageContaining("not a table schema");
    }
}
