package io.dmconnect.source.mysql.convert;

import static io.dmconnect.common.record.Columns.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.record.ColumnSchemas;
import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.record.ConversionOptions.BigintUnsignedMode;
import io.dmconnect.common.record.ConversionOptions.DecimalMode;
import io.dmconnect.common.record.ConversionOptions.TemporalMode;
import io.dmconnect.common.schema.ColumnDef;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.stream.Stream;
import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw cells as the configured binlog library delivers them (see CapturedBinlogTest) to Connect values. */
class ValueConvertersTest {
    private static final ConversionOptions DEFAULTS = ConversionOptions.DEFAULTS;
    private static final ConversionOptions STRINGS = DEFAULTS.withTemporalMode(TemporalMode.STRING);

    static Stream<Arguments> conversions() {
        return Stream.of(
                // integers arrive signed; UNSIGNED is restored from the column
                row("tinyint(4)", DEFAULTS, -128, (short) -128),
                row("tinyint(3) unsigned", DEFAULTS, -1, (short) 255),
                row("tinyint(3) unsigned", DEFAULTS, 127, (short) 127),
                row("smallint(6)", DEFAULTS, -32768, (short) -32768),
                row("smallint(5) unsigned", DEFAULTS, -1, 65535),
                row("mediumint(9)", DEFAULTS, -8388608, -8388608),
                row("mediumint(8) unsigned", DEFAULTS, -1, 16777215),
                row("int(11)", DEFAULTS, Integer.MIN_VALUE, Integer.MIN_VALUE),
                row("int(10) unsigned", DEFAULTS, -1, 4294967295L),
                row("int(10) unsigned", DEFAULTS, Integer.MIN_VALUE, 2147483648L),
                row("bigint(20)", DEFAULTS, Long.MIN_VALUE, Long.MIN_VALUE),
                row("bigint(20) unsigned", DEFAULTS, -1L, new BigDecimal("18446744073709551615")),
                row("bigint(20) unsigned", DEFAULTS, Long.MIN_VALUE, new BigDecimal("9223372036854775808")),
                row("bigint(20) unsigned", DEFAULTS.withBigintUnsignedMode(BigintUnsignedMode.LONG), -1L, -1L),
                // DECIMAL keeps the column's scale (Connect's Decimal requires it)
                row("decimal(65,30)", DEFAULTS, new BigDecimal("-1.5"), new BigDecimal("-1.500000000000000000000000000000")),
                row("decimal(5,2)", DEFAULTS, new BigDecimal("999.99"), new BigDecimal("999.99")),
                row("decimal(10,0)", DEFAULTS, new BigDecimal("12"), new BigDecimal("12")),
                row("decimal(5,2)", DEFAULTS.withDecimalMode(DecimalMode.STRING), new BigDecimal("1.5"), "1.50"),
                row("decimal(30,0)", DEFAULTS.withDecimalMode(DecimalMode.STRING), new BigDecimal("1E+20"),
                        "100000000000000000000"),
                row("decimal(5,2)", DEFAULTS.withDecimalMode(DecimalMode.DOUBLE), new BigDecimal("-999.99"), -999.99),
                row("float", DEFAULTS, -0.0f, -0.0f),
                row("float", DEFAULTS, Float.MIN_VALUE, Float.MIN_VALUE),
                row("double", DEFAULTS, Double.MIN_VALUE, Double.MIN_VALUE),
                // BIT
                row("bit(1)", DEFAULTS, BitSet.valueOf(new long[] {1}), true),
                row("bit(1)", DEFAULTS, new BitSet(), false),
                row("bit(10)", DEFAULTS, BitSet.valueOf(new long[] {0b1000000001}), new byte[] {1, 2}),
                row("bit(64)", DEFAULTS, new BitSet(), new byte[8]),
                row("bit(64)", DEFAULTS, BitSet.valueOf(new long[] {-1L}), new byte[] {-1, -1, -1, -1, -1, -1, -1, -1}),
                row("bit(17)", DEFAULTS, BitSet.valueOf(new long[] {1L << 16}), new byte[] {0, 0, 1}),
                // temporal, debezium mode
                row("date", DEFAULTS, new RawTemporal.Date(2024, 2, 29), 19782),
                row("date", DEFAULTS, new RawTemporal.Date(0, 0, 0), -2_000_000_000),
                row("datetime(6)", DEFAULTS, new RawTemporal.DateTime(1970, 1, 1, 0, 0, 1, 5), 1_000_005L),
                row("datetime(6)", DEFAULTS, new RawTemporal.DateTime(0, 0, 0, 0, 0, 0, 0), -5_000_000_000_000_000_000L),
                row("time(6)", DEFAULTS, new RawTemporal.Time(true, 838, 59, 59, 0), -3_020_399_000_000L),
                row("time", DEFAULTS, new RawTemporal.Time(false, 24, 0, 0, 0), 86_400_000_000L),
                row("timestamp(6)", DEFAULTS, new RawTemporal.Timestamp(1, 5), "1970-01-01T00:00:01.000005Z"),
                row("timestamp(3)", DEFAULTS.withTimestampZone(ZoneId.of("+08:00")), new RawTemporal.Timestamp(1, 5000),
                        "1970-01-01T08:00:01.005+08:00"),
                row("timestamp", DEFAULTS, new RawTemporal.Timestamp(0, 0), "0000-00-00T00:00:00Z"),
                row("year(4)", DEFAULTS, 0, 0),
                row("year(4)", DEFAULTS, 2155, 2155),
                // temporal, string mode
                row("date", STRINGS, new RawTemporal.Date(2020, 0, 15), "2020-00-15"),
                row("datetime(6)", STRINGS, new RawTemporal.DateTime(2020, 2, 31, 10, 11, 12, 500000),
                        "2020-02-31 10:11:12.500000"),
                row("datetime", STRINGS, new RawTemporal.DateTime(0, 0, 0, 0, 0, 0, 0), "0000-00-00 00:00:00"),
                row("time(6)", STRINGS, new RawTemporal.Time(true, 838, 59, 59, 0), "-838:59:59.000000"),
                row("time(2)", STRINGS, new RawTemporal.Time(false, 1, 2, 3, 250000), "01:02:03.25"),
                row("timestamp(6)", STRINGS, new RawTemporal.Timestamp(2147483647, 999999), "2038-01-19T03:14:07.999999Z"),
                // strings, bytes, ENUM, SET, JSON
                row("varchar(10)", DEFAULTS, "😀x".getBytes(java.nio.charset.StandardCharsets.UTF_8), "😀x"),
                row("binary(4)", DEFAULTS, new byte[] {1}, new byte[] {1, 0, 0, 0}),
                row("binary(4)", DEFAULTS, new byte[] {1, 2, 3, 4}, new byte[] {1, 2, 3, 4}),
                row("binary(2)", DEFAULTS, new byte[0], new byte[2]),
                row("varbinary(8)", DEFAULTS, new byte[] {0, -1}, new byte[] {0, -1}),
                row("longblob", DEFAULTS, new byte[0], new byte[0]),
                row("enum('a','b','c')", DEFAULTS, 0, ""),
                row("enum('a','b','c')", DEFAULTS, 3, "c"),
                row("enum('a,b','')", DEFAULTS, 1, "a,b"),
                row("set('x','y','z')", DEFAULTS, 0L, ""),
                row("set('x','y','z')", DEFAULTS, 5L, "x,z"),
                row("set('x','y','z')", DEFAULTS, 7L, "x,y,z"),
                row("json", DEFAULTS, "{\"a\":1}", "{\"a\":1}"),
                row("json", DEFAULTS, " [1, \"ü\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8), " [1, \"ü\"]"));
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @MethodSource("conversions")
    void converts(String columnType, ConversionOptions options, Object raw, Object expected) {
        ColumnDef column = col("c", columnType);
        Schema schema = ColumnSchemas.forColumn(column, options);
        Object value = ValueConverters.forColumn(column, schema, null, options).convert(raw);
        assertThat(value).isEqualTo(expected);
        ConnectSchema.validateValue(schema, value); // the value fits its own schema
    }

    @Test
    void spatialValuesKeepSridAndWkb() {
        ColumnDef geometry = col("g", "geometry");
        Schema gs = ColumnSchemas.forColumn(geometry, DEFAULTS);
        byte[] line = Wkb.lineString(0, 0, 1, 1);
        Struct g = (Struct) ValueConverters.forColumn(geometry, gs, null, DEFAULTS).convert(Wkb.stored(3857, line));
        assertThat(g).isEqualTo(new Struct(gs).put("wkb", line).put("srid", 3857));

        ColumnDef point = col("p", "point");
        Schema ps = ColumnSchemas.forColumn(point, DEFAULTS);
        byte[] wkb = Wkb.point(1.5, -2);
        Struct p = (Struct) ValueConverters.forColumn(point, ps, null, DEFAULTS).convert(Wkb.stored(4326, wkb));
        assertThat(p).isEqualTo(new Struct(ps).put("x", 1.5).put("y", -2.0).put("wkb", wkb).put("srid", 4326));
        assertThatThrownBy(() -> ValueConverters.forColumn(point, ps, null, DEFAULTS).convert(Wkb.stored(0, line)))
                .isInstanceOf(DataException.class).hasMessageContaining("not a WKB point");
    }

    static Stream<Arguments> mismatches() {
        return Stream.of(
                Arguments.of("enum('a','b')", 3, "ENUM index 3 is outside the tracked definition [a, b]"),
                Arguments.of("set('x','y')", 4L, "SET bitmask 100 is outside the tracked definition [x, y]"),
                Arguments.of("decimal(5,2)", new BigDecimal("1.234"), "has more than 2 decimal places"),
                Arguments.of("bit(4)", BitSet.valueOf(new long[] {0x10}), "5 bits do not fit"),
                Arguments.of("int(11)", "42", "expected a Integer from the binlog but got java.lang.String"),
                Arguments.of("varchar(4)", "text", "BinlogDeserializers.configure"),
                Arguments.of("date", 42L, "expected a Date"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("mismatches")
    void rawValuesTheColumnCannotHoldAreErrors(String columnType, Object raw, String message) {
        ColumnDef column = col("c", columnType);
        ValueConverter converter = ValueConverters.forColumn(column, ColumnSchemas.forColumn(column, DEFAULTS), null,
                DEFAULTS);
        assertThatThrownBy(() -> converter.convert(raw)).isInstanceOf(DataException.class)
                .hasMessageContaining("column c (" + columnType + ")").hasMessageContaining(message);
    }

    @Test
    void textNeedsAKnownCharset() {
        ColumnDef noCharset = new ColumnDef("c", "varchar", "varchar(4)", 4, null, null, false, true, null, false,
                false, null, null, java.util.List.of(), false);
        Schema schema = ColumnSchemas.forColumn(noCharset, DEFAULTS);
        assertThatThrownBy(() -> ValueConverters.forColumn(noCharset, schema, null, DEFAULTS))
                .isInstanceOf(DataException.class).hasMessageContaining("no known character set");
        assertThat(ValueConverters.forColumn(noCharset, schema, "latin1", DEFAULTS).convert(new byte[] {(byte) 0x80}))
                .isEqualTo("€"); // the table's charset stands in
        ColumnDef klingon = col("c", "varchar(4)", true, false, "klingon");
        assertThatThrownBy(() -> ValueConverters.forColumn(klingon, schema, null, DEFAULTS))
                .isInstanceOf(DataException.class).hasMessageContaining("character set klingon");
    }

    private static Arguments row(String columnType, ConversionOptions options, Object raw, Object expected) {
        return Arguments.of(columnType, options, raw, expected);
    }
}
