package io.dmconnect.common.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class RowValuesTest {
    @Test
    void turnsConnectValuesBackIntoMysqlValues() {
        Schema schema = SchemaBuilder.struct()
                .field("id", Schema.INT32_SCHEMA)
                .field("amount", Decimal.builder(2).build())
                .field("d", SchemaBuilder.int32().name(LogicalTypes.DATE).build())
                .field("zero", SchemaBuilder.int32().name(LogicalTypes.DATE).build())
                .field("ts", SchemaBuilder.int64().name(LogicalTypes.MICRO_TIMESTAMP).build())
                .field("dbz_ms", SchemaBuilder.int64().name(RowValues.DEBEZIUM_TIMESTAMP).build())
                .field("t", SchemaBuilder.int64().name(LogicalTypes.MICRO_TIME).build())
                .field("bin", Schema.BYTES_SCHEMA)
                .field("col_x", SchemaBuilder.string().parameter(LogicalTypes.COLUMN_NAME, "col-x").optional().build())
                .build();
        Struct row = new Struct(schema)
                .put("id", 7)
                .put("amount", new BigDecimal("12.50"))
                .put("d", 20413)
                .put("zero", TemporalValues.DATE_SENTINEL_BASE)
                .put("ts", 1_763_719_200_123_456L)
                .put("dbz_ms", 1_763_719_200_123L)
                .put("t", -3_600_000_000L)
                .put("bin", ByteBuffer.wrap(new byte[] {1, 2}))
                .put("col_x", null);
        Map<String, Object> v = RowValues.of(row);
        assertThat(v).containsEntry("id", 7L).containsEntry("amount", new BigDecimal("12.50"))
                .containsEntry("d", "2025-11-21").containsEntry("zero", "0000-00-00")
                .containsEntry("ts", "2025-11-21 10:00:00.123456").containsEntry("dbz_ms", "2025-11-21 10:00:00.123")
                .containsEntry("t", "-01:00:00.000000").containsEntry("col-x", null);
        assertThat((byte[]) v.get("bin")).containsExactly(1, 2);
        assertThat(v.keySet()).containsExactly("id", "amount", "d", "zero", "ts", "dbz_ms", "t", "bin", "col-x");
    }
}
