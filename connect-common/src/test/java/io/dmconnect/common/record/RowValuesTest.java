package io.dmconnect.common.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * Values as Debezium's MariaDB connector writes them with its defaults (time.precision.mode=
     * adaptive_time_microseconds, bigint.unsigned.handling.mode=long), each with the MySQL value it stands for.
     */
    static Stream<Arguments> debeziumValues() {
        return Stream.of(
                // BIT(n > 1) is io.debezium.data.Bits, little-endian; MySQL reads bytes big-endian: b'100000000001' = 0x801
                row("BIT(12), JSON converter", bits(12), new byte[] {0x01, 0x08}, new byte[] {0x08, 0x01}),
                row("BIT(12), Avro converter", bits(12), ByteBuffer.wrap(new byte[] {0x01, 0x08}), new byte[] {0x08, 0x01}),
                row("BIT(24)", bits(24), new byte[] {0x03, 0x02, 0x01}, new byte[] {0x01, 0x02, 0x03}),
                row("BIT(8) is one byte either way", bits(8), new byte[] {(byte) 0x81}, new byte[] {(byte) 0x81}),
                row("BIT(64) max", bits(64), new byte[] {-1, -1, -1, -1, -1, -1, -1, 0x7f},
                        new byte[] {0x7f, -1, -1, -1, -1, -1, -1, -1}),
                // BIGINT UNSIGNED as INT64 wraps above 2^63-1; the propagated source type says how to read it back
                row("BIGINT UNSIGNED max", int64("BIGINT UNSIGNED"), -1L, new BigDecimal("18446744073709551615")),
                row("BIGINT UNSIGNED 2^63", int64("BIGINT UNSIGNED"), Long.MIN_VALUE, new BigDecimal("9223372036854775808")),
                row("BIGINT UNSIGNED ZEROFILL, lower case", int64("bigint unsigned zerofill"), -2L,
                        new BigDecimal("18446744073709551614")),
                row("BIGINT UNSIGNED below 2^63 stays a Long", int64("BIGINT UNSIGNED"), 5L, 5L),
                row("signed BIGINT stays negative", int64("BIGINT"), -1L, -1L),
                row("INT UNSIGNED fits INT64 unwrapped", int64("INT UNSIGNED"), 4_294_967_295L, 4_294_967_295L),
                row("no source type: nothing to go by", Schema.OPTIONAL_INT64_SCHEMA, -1L, -1L),
                // adaptive_time_microseconds: DATETIME(0..3) in milliseconds, DATETIME(4..6) and TIME in microseconds
                row("DATETIME(0) as io.debezium.time.Timestamp", named(Schema.Type.INT64, RowValues.DEBEZIUM_TIMESTAMP),
                        253_402_300_799_000L, "9999-12-31 23:59:59.000"),
                row("DATETIME(3) as io.debezium.time.Timestamp", named(Schema.Type.INT64, RowValues.DEBEZIUM_TIMESTAMP),
                        1L, "1970-01-01 00:00:00.001"),
                row("DATETIME(6)", named(Schema.Type.INT64, LogicalTypes.MICRO_TIMESTAMP), -30_610_224_000_000_000L,
                        "1000-01-01 00:00:00.000000"),
                row("TIME(6) minimum", named(Schema.Type.INT64, LogicalTypes.MICRO_TIME), -3_020_399_000_000L,
                        "-838:59:59.000000"),
                row("TIME(3) below zero", named(Schema.Type.INT64, LogicalTypes.MICRO_TIME), -1_250_000L, "-00:00:01.250000"),
                row("TIME as io.debezium.time.Time (ms)", named(Schema.Type.INT32, RowValues.DEBEZIUM_TIME), -1_250,
                        "-00:00:01.250"),
                row("TIMESTAMP(6) in UTC", named(Schema.Type.STRING, LogicalTypes.ZONED_TIMESTAMP), "2038-01-19T03:14:07.999999Z",
                        "2038-01-19 03:14:07.999999"),
                row("TIMESTAMP in another offset", named(Schema.Type.STRING, LogicalTypes.ZONED_TIMESTAMP),
                        "1970-01-01T08:00:01+08:00", "1970-01-01 00:00:01.000000"),
                row("DATE", named(Schema.Type.INT32, LogicalTypes.DATE), -354_285, "1000-01-01"),
                // time.precision.mode=connect: Connect's logical types, java.util.Date in UTC, milliseconds
                row("connect DATE", org.apache.kafka.connect.data.Date.SCHEMA, new java.util.Date(-354_285L * 86_400_000),
                        "1000-01-01"),
                row("connect TIME", org.apache.kafka.connect.data.Time.SCHEMA, new java.util.Date(45_296_789L),
                        "12:34:56.789"),
                row("connect TIMESTAMP", org.apache.kafka.connect.data.Timestamp.SCHEMA,
                        new java.util.Date(1_763_719_200_500L), "2025-11-21 10:00:00.500"),
                row("YEAR", named(Schema.Type.INT32, LogicalTypes.YEAR), 1901, 1901L),
                row("ENUM", named(Schema.Type.STRING, LogicalTypes.ENUM), "paid", "paid"),
                row("JSON", named(Schema.Type.STRING, LogicalTypes.JSON), "{\"a\": 1}", "{\"a\": 1}"),
                row("TINYINT", Schema.OPTIONAL_INT16_SCHEMA, (short) -128, -128L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("debeziumValues")
    void readsDebeziumsRepresentationsAsMysqlValues(String name, Schema schema, Object value, Object expected) {
        Struct row = new Struct(SchemaBuilder.struct().field("c", schema).build()).put("c", value);
        assertThat(RowValues.of(row).get("c")).isEqualTo(expected);
    }

    @Test
    void reversingBitsLeavesTheRecordsBytesAlone() {
        byte[] recordBytes = {0x01, 0x08};
        Struct row = new Struct(SchemaBuilder.struct().field("c", bits(12)).build()).put("c", recordBytes);
        assertThat((byte[]) RowValues.of(row).get("c")).containsExactly(0x08, 0x01);
        assertThat(recordBytes).containsExactly(0x01, 0x08);
    }

    @ParameterizedTest(name = "{0} in a {1} session -> {2}")
    @CsvSource({
            "2038-01-19T03:14:07.999999Z,  UTC,           2038-01-19 03:14:07.999999",
            "2038-01-19T03:14:07.999999Z,  +08:00,        2038-01-19 11:14:07.999999",
            "1970-01-01T00:00:01Z,         Asia/Shanghai, 1970-01-01 08:00:01.000000",
            "2026-11-21T10:00:00+08:00,    UTC,           2026-11-21 02:00:00.000000",
            "2026-03-29T01:30:00Z,         Europe/Paris,  2026-03-29 03:30:00.000000",
            "0000-00-00T00:00:00Z,         +08:00,        0000-00-00 00:00:00.000000"})
    void timestampsAreWallClockInTheSessionZone(String zoned, String zone, String literal) {
        Schema schema = SchemaBuilder.struct()
                .field("ts", SchemaBuilder.string().name(LogicalTypes.ZONED_TIMESTAMP).optional().build()).build();
        Struct row = new Struct(schema).put("ts", zoned);
        assertThat(RowValues.of(row, ZoneId.of(zone))).containsEntry("ts", literal);
    }

    private static Arguments row(String name, Schema schema, Object value, Object expected) {
        return Arguments.of(name, schema, value, expected);
    }

    private static Schema bits(int length) {
        return SchemaBuilder.bytes().name(LogicalTypes.BITS).parameter(LogicalTypes.BITS_LENGTH, String.valueOf(length))
                .optional().build();
    }

    private static Schema int64(String sourceType) {
        return SchemaBuilder.int64().parameter(LogicalTypes.SOURCE_COLUMN_TYPE, sourceType).optional().build();
    }

    private static Schema named(Schema.Type type, String name) {
        return SchemaBuilder.type(type).name(name).optional().build();
    }
}
