package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer.CompatibilityMode;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.record.TemporalValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

/**
 * Real MariaDB 10.11 events ({@link CapturedBinlog}) through the configured library and {@link RowConverter}.
 * They were written by (sql_mode '' for row 1, ALLOW_INVALID_DATES for row 2, time_zone '+00:00'):
 * <pre>
 * INSERT INTO tm.pin VALUES (1, minima: -128, 0, -32768, 0, ... DECIMAL(65,30) min, -3.40282e38, -DBL_MAX,
 *   b'0', b'0', b'0', '0000-00-00', '0000-00-00 00:00:00' x3, '-838:59:59.000000', '-838:59:59', 0,
 *   latin1 '€\u0081ÿ', gbk '中文', utf8mb3 'äß', utf8mb4 '😀x', x'0100', x'00ff', x'', 'zz' (invalid: ''), '',
 *   '{"a": [1, "ü"]}', POLYGON SRID 4326, POINT(1.5,-2));
 * INSERT ... (2, maxima: 127, 255, ..., 18446744073709551615, DECIMAL max, 3.40282e38, DBL_MAX, b'1', 64 ones,
 *   b'1000000001', '2020-00-15', '2020-02-31 10:11:12.5', '9999-12-31 23:59:59', '2038-01-19 03:14:07.999999',
 *   '838:59:59.999999', '838:59:59', 2155, 'abc', 'x', 'a ', 't', x'01020304', x'', x'00', 'c', 'x,z', '[]',
 *   LINESTRING(0 0,1 1), POINT(0,0));
 * INSERT INTO tm.pin (id) VALUES (3); UPDATE tm.pin SET i=5 WHERE id=3; DELETE FROM tm.pin WHERE id=1;
 * </pre>
 */
class CapturedBinlogTest {
    private static final String DEC_MAX = "99999999999999999999999999999999999.999999999999999999999999999999";
    private static final HexFormat HEX = HexFormat.of();
    /** SRID 4326, POLYGON((0 0,1 0,1 1,0 0)): MySQL's storage is the SRID (little-endian) and then the WKB. */
    private static final byte[] POLYGON_4326 = Wkb.stored(4326, Wkb.polygon(0, 0, 1, 0, 1, 1, 0, 0));
    private static final byte[] POINT_15_M2 = Wkb.stored(0, Wkb.point(1.5, -2));

    @Test
    void configuredDeserializerDeliversLosslessRawCells() throws IOException {
        List<Event> events = read(BinlogDeserializers.configure(new EventDeserializer()));
        Serializable[] minima = ((WriteRowsEventData) events.get(2).getData()).getRows().get(0);
        assertThat(minima).containsExactly(1, -128, 0, -32768, 0, -8388608, 0, Integer.MIN_VALUE, 0, Long.MIN_VALUE,
                0L, new BigDecimal("-" + DEC_MAX), new BigDecimal("-999.99"), -3.40282e38f, -Double.MAX_VALUE,
                new BitSet(), new BitSet(), new BitSet(),
                new RawTemporal.Date(0, 0, 0), new RawTemporal.DateTime(0, 0, 0, 0, 0, 0, 0),
                new RawTemporal.DateTime(0, 0, 0, 0, 0, 0, 0), new RawTemporal.Timestamp(0, 0),
                new RawTemporal.Time(true, 838, 59, 59, 0), new RawTemporal.Time(true, 838, 59, 59, 0), 0,
                HEX.parseHex("8081ff"), HEX.parseHex("d6d0cec4"), utf8("äß"), utf8("😀x"), HEX.parseHex("01"),
                HEX.parseHex("00ff"), new byte[0], 0, 0L, utf8("{\"a\": [1, \"ü\"]}"), POLYGON_4326, POINT_15_M2,
                -2147483647, -2147483646);
        Serializable[] maxima = ((WriteRowsEventData) events.get(3).getData()).getRows().get(0);
        BitSet ones = new BitSet();
        ones.set(0, 64);
        assertThat(maxima).containsExactly(2, 127, -1, 32767, -1, 8388607, -1, Integer.MAX_VALUE, -1,
                Long.MAX_VALUE, -1L, new BigDecimal(DEC_MAX), new BigDecimal("999.99"), 3.40282e38f, Double.MAX_VALUE,
                BitSet.valueOf(new long[] {1}), ones, BitSet.valueOf(new long[] {0b1000000001}),
                new RawTemporal.Date(2020, 0, 15), new RawTemporal.DateTime(2020, 2, 31, 10, 11, 12, 500000),
                new RawTemporal.DateTime(9999, 12, 31, 23, 59, 59, 0), new RawTemporal.Timestamp(2147483647, 999999),
                new RawTemporal.Time(false, 838, 59, 59, 999999), new RawTemporal.Time(false, 838, 59, 59, 0), 2155,
                utf8("abc"), utf8("x"), utf8("a"), utf8("t"), HEX.parseHex("01020304"), new byte[0], new byte[1],
                3, 5L, utf8("[]"),
                Wkb.stored(0, Wkb.lineString(0, 0, 1, 1)), Wkb.stored(0, Wkb.point(0, 0)), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        Serializable[] nulls = ((WriteRowsEventData) events.get(4).getData()).getRows().get(0);
        assertThat(nulls[0]).isEqualTo(3);
        assertThat(java.util.Arrays.asList(nulls).subList(1, nulls.length)).containsOnlyNulls();
        Map.Entry<Serializable[], Serializable[]> update = ((UpdateRowsEventData) events.get(5).getData()).getRows().get(0);
        assertThat(update.getKey()).isEqualTo(nulls);
        assertThat(update.getValue()[7]).isEqualTo(5);
        assertThat(update.getValue()[37]).isEqualTo(6); // MariaDB logs VIRTUAL columns in the row image
        assertThat(update.getValue()[38]).isEqualTo(7);
        assertThat(((DeleteRowsEventData) events.get(6).getData()).getRows().get(0)).isEqualTo(minima);
        assertThat(((TableMapEventData) events.get(1).getData()).getEventMetadata().getColumnNames())
                .containsExactlyElementsOf(PinTable.columns().stream().map(c -> c.name()).toList());
    }

    /** What the library alone delivers for the same bytes: the reason BinlogDeserializers exists. */
    @Test
    void theLibraryAloneLosesTheseValues() throws IOException {
        EventDeserializer plain = new EventDeserializer();
        plain.setCompatibilityMode(CompatibilityMode.CHAR_AND_BINARY_AS_BYTE_ARRAY,
                CompatibilityMode.DATE_AND_TIME_AS_LONG_MICRO, CompatibilityMode.INVALID_DATE_AND_TIME_AS_MIN_VALUE);
        Serializable[] minima = ((WriteRowsEventData) read(plain).get(2).getData()).getRows().get(0);
        Serializable[] maxima = ((WriteRowsEventData) read(plain).get(3).getData()).getRows().get(0);
        assertThat(minima[24]).as("YEAR 0000").isEqualTo(1900);
        assertThat(minima[18]).as("DATE 0000-00-00").isEqualTo(Long.MIN_VALUE);
        assertThat(maxima[18]).as("DATE 2020-00-15 is the same value").isEqualTo(Long.MIN_VALUE);
        assertThat(minima[22]).as("TIME -838:59:59 is not negative").isNotEqualTo(-3_020_399_000_000L);
        assertThat(maxima[19]).as("DATETIME 2020-02-31 becomes March 2")
                .isEqualTo(TemporalValues.epochMicros(2020, 3, 2, 10, 11, 12, 500000));
    }

    @Test
    void rowConverterGivesExactValues() throws IOException {
        List<Event> events = read(BinlogDeserializers.configure(new EventDeserializer()));
        WriteRowsEventData write = (WriteRowsEventData) events.get(2).getData();
        RowConverter converter = new RowConverter(PinTable.SCHEMA, "up1.tm.pin.Value", "up1.tm.pin.Key",
                ConversionOptions.DEFAULTS);
        Struct min = converter.toStruct(write.getRows().get(0), write.getIncludedColumns());
        min.validate();
        assertThat(min.get("id")).isEqualTo(1);
        assertThat(min.get("ti")).isEqualTo((short) -128);
        assertThat(min.get("siu")).isEqualTo(0);
        assertThat(min.get("iu")).isEqualTo(0L);
        assertThat(min.get("biu")).isEqualTo(BigDecimal.ZERO);
        assertThat(min.get("dc")).isEqualTo(new BigDecimal("-" + DEC_MAX));
        assertThat(min.get("b1")).isEqualTo(false);
        assertThat((byte[]) min.get("b64")).hasSize(8).containsOnly(0);
        assertThat((byte[]) min.get("b10")).hasSize(2).containsOnly(0);
        assertThat(min.get("d")).isEqualTo(TemporalValues.DATE_SENTINEL_BASE);
        assertThat(min.get("dt")).isEqualTo(TemporalValues.DATETIME_SENTINEL_BASE);
        assertThat(min.get("ts")).isEqualTo(TemporalValues.ZERO_TIMESTAMP);
        assertThat(min.get("tm")).isEqualTo(-3_020_399_000_000L);
        assertThat(min.get("y")).isEqualTo(0);
        assertThat(min.get("cl")).isEqualTo("€\u0081ÿ");
        assertThat(min.get("cg")).isEqualTo("中文");
        assertThat(min.get("c3")).isEqualTo("äß");
        assertThat(min.get("t4")).isEqualTo("😀x");
        assertThat((byte[]) min.get("bn")).containsExactly(1, 0, 0, 0);
        assertThat(min.get("e")).isEqualTo("");
        assertThat(min.get("s")).isEqualTo("");
        assertThat(min.get("j")).isEqualTo("{\"a\": [1, \"ü\"]}");
        assertThat(min.getStruct("g").get("srid")).isEqualTo(4326);
        assertThat(min.getStruct("p").get("x")).isEqualTo(1.5);
        assertThat(min.getStruct("p").get("y")).isEqualTo(-2.0);
        assertThat(converter.toKey(min)).isEqualTo(new Struct(converter.keySchema()).put("id", 1));

        Struct max = converter.toStruct(((WriteRowsEventData) events.get(3).getData()).getRows().get(0),
                write.getIncludedColumns());
        assertThat(max.get("tiu")).isEqualTo((short) 255);
        assertThat(max.get("siu")).isEqualTo(65535);
        assertThat(max.get("miu")).isEqualTo(16777215);
        assertThat(max.get("iu")).isEqualTo(4294967295L);
        assertThat(max.get("biu")).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat((byte[]) max.get("b64")).hasSize(8).containsOnly(0xff);
        assertThat((byte[]) max.get("b10")).containsExactly(0x01, 0x02);
        assertThat(TemporalValues.dateLiteral((int) max.get("d"))).isEqualTo("2020-00-15");
        assertThat(TemporalValues.dateTimeLiteral((long) max.get("dt"), 6)).isEqualTo("2020-02-31 10:11:12.500000");
        assertThat(TemporalValues.dateTimeLiteral((long) max.get("dt0"), 0)).isEqualTo("9999-12-31 23:59:59");
        assertThat(max.get("ts")).isEqualTo("2038-01-19T03:14:07.999999Z");
        assertThat(max.get("tm")).isEqualTo(3_020_399_999_999L);
        assertThat(max.get("c3")).isEqualTo("a");
        assertThat(max.get("s")).isEqualTo("x,z");
        assertThat(max.get("e")).isEqualTo("c");
        assertThat(max.get("gv")).isEqualTo(Integer.MAX_VALUE);
    }

    private static List<Event> read(EventDeserializer deserializer) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String hex : List.of(CapturedBinlog.FORMAT_DESCRIPTION, CapturedBinlog.TABLE_MAP,
                CapturedBinlog.WRITE_MINIMA, CapturedBinlog.WRITE_MAXIMA, CapturedBinlog.WRITE_NULLS,
                CapturedBinlog.UPDATE_NULLS, CapturedBinlog.DELETE_MINIMA)) {
            all.write(HEX.parseHex(hex));
        }
        ByteArrayInputStream in = new ByteArrayInputStream(all.toByteArray());
        List<Event> events = new ArrayList<>();
        for (Event e = deserializer.nextEvent(in); e != null; e = deserializer.nextEvent(in)) {
            events.add(e);
        }
        assertThat(events).hasSize(7);
        return events;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
