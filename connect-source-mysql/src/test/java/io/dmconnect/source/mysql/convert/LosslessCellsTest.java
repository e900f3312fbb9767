package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cell bytes captured from MariaDB 10.11 row events (mariadb-binlog --hexdump), decoded by {@link LosslessCells}.
 * Rows marked "format" are built from MySQL's documented storage format for types MariaDB no longer writes.
 */
class LosslessCellsTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest(name = "TIME({1}) {0} = {2}")
    @CsvSource({
            "4b9105000000, 6, true, 838, 59, 59, 0",          // -838:59:59.000000
            "b46efb0f423f, 6, false, 838, 59, 59, 999999",    // 838:59:59.999999
            "7fffffffffff, 6, true, 0, 0, 0, 1",              // -00:00:00.000001
            "7ffffffffff6, 5, true, 0, 0, 0, 10",             // -00:00:00.00001
            "80000000000a, 5, false, 0, 0, 0, 10",            // 00:00:00.00001
            "7ffffece, 1, true, 0, 0, 1, 500000",             // -00:00:01.5
            "80000132, 1, false, 0, 0, 1, 500000",            // 00:00:01.5
            "7fef7ce7, 2, true, 1, 2, 3, 250000",             // -01:02:03.25
            "80108319, 2, false, 1, 2, 3, 250000",            // 01:02:03.25
            "7f3ffffff6, 3, true, 12, 0, 0, 1000",            // -12:00:00.001
            "80c000000a, 3, false, 12, 0, 0, 1000",           // 12:00:00.001
            "4b9104d8f1, 4, true, 838, 59, 59, 999900",       // -838:59:59.9999
            "b46efb270f, 4, false, 838, 59, 59, 999900",      // 838:59:59.9999
            "7fffff, 0, true, 0, 0, 1, 0",                    // -00:00:01
            "b46efb, 0, false, 838, 59, 59, 0",               // 838:59:59
            "4b9105, 0, true, 838, 59, 59, 0",                // -838:59:59
    })
    void time2(String hex, int fsp, boolean negative, int h, int m, int s, int micros) throws IOException {
        assertThat(LosslessCells.read(ColumnType.TIME_V2, fsp, in(hex)))
                .isEqualTo(new RawTemporal.Time(negative, h, m, s, micros));
    }

    @ParameterizedTest(name = "DATETIME({1}) {0}")
    @CsvSource({
            "8000000000000000, 6, 0, 0, 0, 0, 0, 0, 0",                  // 0000-00-00 00:00:00.000000
            "99a5bea2cc07a120, 6, 2020, 2, 31, 10, 11, 12, 500000",      // ALLOW_INVALID_DATES
            "fef3ff7efb0f423f, 6, 9999, 12, 31, 23, 59, 59, 999999",
            "99b2bb7efb63, 2, 2024, 2, 29, 23, 59, 59, 990000",
            "8cb2420000000a, 3, 1000, 1, 1, 0, 0, 0, 1000",
            "99a500a000, 0, 2020, 0, 0, 10, 0, 0, 0",                    // zero-in date
    })
    void datetime2(String hex, int fsp, int y, int mo, int d, int h, int mi, int s, int micros) throws IOException {
        assertThat(LosslessCells.read(ColumnType.DATETIME_V2, fsp, in(hex)))
                .isEqualTo(new RawTemporal.DateTime(y, mo, d, h, mi, s, micros));
    }

    @ParameterizedTest(name = "TIMESTAMP({1}) {0}")
    @CsvSource({
            "00000000000000, 6, 0, 0",            // the zero TIMESTAMP
            "00000001000000, 6, 1, 0",
            "7fffffff2706, 3, 2147483647, 999000",
            "3a7b837246, 1, 981173106, 700000",
            "7fffffff0f423f, 6, 2147483647, 999999",
            "3a7b8372, 0, 981173106, 0",
    })
    void timestamp2(String hex, int fsp, long seconds, int micros) throws IOException {
        assertThat(LosslessCells.read(ColumnType.TIMESTAMP_V2, fsp, in(hex)))
                .isEqualTo(new RawTemporal.Timestamp(seconds, micros));
    }

    @ParameterizedTest(name = "DATE {0}")
    @CsvSource({
            "000000, 0, 0, 0", "0fc80f, 2020, 0, 15", "5fc80f, 2020, 2, 31", "21d007, 1000, 1, 1",
            "9f1f4e, 9999, 12, 31",
    })
    void date(String hex, int y, int m, int d) throws IOException {
        assertThat(LosslessCells.read(ColumnType.DATE, 0, in(hex))).isEqualTo(new RawTemporal.Date(y, m, d));
    }

    @ParameterizedTest(name = "YEAR {0}")
    @CsvSource({"00, 0", "01, 1901", "ff, 2155", "7c, 2024"})
    void year(String hex, int year) throws IOException {
        assertThat(LosslessCells.read(ColumnType.YEAR, 0, in(hex))).isEqualTo(year);
    }

    /** format: pre-5.6.4 TIME is HHMMSS as a signed 3-byte little-endian integer. */
    @ParameterizedTest(name = "old TIME {0}")
    @CsvSource({"a7f57f, false, 838, 59, 59", "590a80, true, 838, 59, 59", "ffffff, true, 0, 0, 1", "000000, false, 0, 0, 0"})
    void oldTime(String hex, boolean negative, int h, int m, int s) throws IOException {
        assertThat(LosslessCells.read(ColumnType.TIME, 0, in(hex))).isEqualTo(new RawTemporal.Time(negative, h, m, s, 0));
    }

    /** format: pre-5.6.4 DATETIME is YYYYMMDDhhmmss as an 8-byte little-endian integer; TIMESTAMP is 4-byte seconds. */
    @ParameterizedTest(name = "old DATETIME {0}")
    @CsvSource({"0000000000000000, 0, 0, 0, 0, 0, 0", "b862993b5f120000, 2020, 2, 31, 10, 11, 12"})
    void oldDatetime(String hex, int y, int mo, int d, int h, int mi, int s) throws IOException {
        assertThat(LosslessCells.read(ColumnType.DATETIME, 0, in(hex)))
                .isEqualTo(new RawTemporal.DateTime(y, mo, d, h, mi, s, 0));
        assertThat(LosslessCells.read(ColumnType.TIMESTAMP, 0, in("ffffff7f")))
                .isEqualTo(new RawTemporal.Timestamp(Integer.MAX_VALUE, 0));
    }

    /**
     * format: MySQL's binary JSON behind a 4-byte length. {"a":1} is a small object (type 0x00) with one key entry
     * (offset 11, length 1) and one inline int16 value (type 0x05); [] is an empty small array (0x02); an empty
     * value is MySQL's JSON null.
     */
    @ParameterizedTest(name = "JSON {1}")
    @CsvSource(delimiter = '|', value = {
            "0d000000 00 0100 0c00 0b000100 050100 61 | {\"a\":1}",
            "05000000 02 0000 0400                    | []",
            "00000000                                 | null",
            "02000000 04 01                           | true",
    })
    void mysqlBinaryJson(String hex, String text) throws IOException {
        assertThat(LosslessCells.read(ColumnType.JSON, 4, in(hex.replace(" ", "")))).isEqualTo(text);
    }

    private static ByteArrayInputStream in(String hex) {
        return new ByteArrayInputStream(HEX.parseHex(hex));
    }
}
