package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.schema.ColumnDef;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyCellsTest {
    private static ColumnDef text(String collation) {
        ColumnDef c = ColumnDef.of("s", "varchar(10)");
        return new ColumnDef(c.name(), c.dataType(), c.columnType(), 10, null, null, false, false, null, false, false,
                "utf8mb4", collation, List.of(), false);
    }

    private static int sign(Comparator<Serializable> order, Serializable a, Serializable b) {
        return Integer.signum(order.compare(a, b));
    }

    @Test
    void unsignedIntegersCompareByTheirTrueValueNotTheBinlogsSignedBits() {
        Comparator<Serializable> u = KeyCells.comparator(ColumnDef.of("u", "int unsigned"), null);
        assertThat(sign(u, -1, 1)).isEqualTo(1); // 4294967295 > 1
        Comparator<Serializable> big = KeyCells.comparator(ColumnDef.of("u", "bigint unsigned"), null);
        assertThat(sign(big, Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(1);
        Comparator<Serializable> signed = KeyCells.comparator(ColumnDef.of("i", "tinyint"), null);
        assertThat(sign(signed, -1, 1)).isEqualTo(-1);
        Comparator<Serializable> dec = KeyCells.comparator(ColumnDef.of("d", "decimal(10,2)"), null);
        assertThat(sign(dec, new BigDecimal("1.10"), new BigDecimal("1.1"))).isZero();
    }

    @Test
    void textFollowsTheCollationApproximately() {
        Comparator<Serializable> ci = KeyCells.comparator(text("utf8mb4_general_ci"), null);
        assertThat(sign(ci, b("abc"), b("ABC  "))).isZero();
        assertThat(sign(ci, b("a"), b("B"))).isEqualTo(-1);
        Comparator<Serializable> bin = KeyCells.comparator(text("utf8mb4_bin"), null);
        assertThat(sign(bin, b("a"), b("B"))).isEqualTo(1);
        assertThat(sign(bin, b("\uFFFF"), b("😀"))).isEqualTo(-1); // code points, not UTF-16 units
    }

    @Test
    void binaryAndTemporalCellsCompareExactly() {
        Comparator<Serializable> fixed = KeyCells.comparator(ColumnDef.of("b", "binary(3)"), null);
        ColumnDef binary3 = new ColumnDef("b", "binary", "binary(3)", 3, null, null, false, false, null, false, false,
                null, null, List.of(), false);
        assertThat(sign(KeyCells.comparator(binary3, null), new byte[] {1}, new byte[] {1, 0, 0})).isZero();
        assertThat(sign(fixed, new byte[] {(byte) 0x80}, new byte[] {0x7F})).isEqualTo(1);
        Comparator<Serializable> time = KeyCells.comparator(ColumnDef.of("t", "time(6)"), null);
        assertThat(sign(time, new RawTemporal.Time(true, 1, 0, 0, 0), new RawTemporal.Time(false, 0, 0, 0, 1))).isEqualTo(-1);
        Comparator<Serializable> dt = KeyCells.comparator(ColumnDef.of("d", "datetime(6)"), null);
        assertThat(sign(dt, new RawTemporal.DateTime(2020, 0, 0, 0, 0, 0, 0),
                new RawTemporal.DateTime(2019, 12, 31, 23, 59, 59, 999_999))).isEqualTo(1);
    }

    @Test
    void temporalTextRoundTripsThroughLiterals() {
        assertThat(TemporalText.time("-838:59:59.000000")).isEqualTo(new RawTemporal.Time(true, 838, 59, 59, 0));
        assertThat(TemporalText.time("-00:00:00.01")).isEqualTo(new RawTemporal.Time(true, 0, 0, 0, 10_000));
        assertThat(TemporalText.dateTime("2020-02-31 10:11:12.5")).isEqualTo(new RawTemporal.DateTime(2020, 2, 31, 10, 11, 12, 500_000));
        assertThat(TemporalText.date("0000-00-00")).isEqualTo(new RawTemporal.Date(0, 0, 0));
        assertThat(TemporalText.timestamp("946684800.900000")).isEqualTo(new RawTemporal.Timestamp(946_684_800L, 900_000));
        assertThat(TemporalText.literal(new RawTemporal.Timestamp(946_684_800L, 900_000))).isEqualTo("2000-01-01 00:00:00.900000");
        assertThat(TemporalText.literal(new RawTemporal.Timestamp(0, 0))).isEqualTo("0000-00-00 00:00:00");
        assertThat(TemporalText.literal(TemporalText.time("-1:02:03.25"))).isEqualTo("-1:02:03.250000");
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
