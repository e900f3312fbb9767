package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import com.github.shyiko.mysql.binlog.event.deserialization.json.JsonBinary;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the binlog cells whose library decoding loses data, from MySQL's documented storage formats: DATE, TIME,
 * DATETIME and TIMESTAMP (old and "V2" formats, into {@link RawTemporal}), YEAR (0 stays 0 instead of becoming
 * 1900) and MySQL's binary JSON (into JSON text, so that it cannot be confused with MariaDB's JSON, which is
 * LONGTEXT and arrives as text bytes).
 */
final class LosslessCells {
    private static final Set<ColumnType> HANDLED = EnumSet.of(ColumnType.DATE, ColumnType.TIME, ColumnType.TIME_V2,
            ColumnType.DATETIME, ColumnType.DATETIME_V2, ColumnType.TIMESTAMP, ColumnType.TIMESTAMP_V2,
            ColumnType.YEAR, ColumnType.JSON);
    private static final long TIME_INT_OFFSET = 0x800000L;
    private static final long TIME_OFFSET = 0x800000000000L;
    private static final long DATETIME_INT_OFFSET = 0x8000000000L;

    private LosslessCells() {
    }

    static boolean handles(ColumnType type) {
        return HANDLED.contains(type);
    }

    /** One cell of a handled type; {@code meta} is the TABLE_MAP metadata (fsp, or JSON's length bytes). */
    static Serializable read(ColumnType type, int meta, ByteArrayInputStream in) throws IOException {
        return switch (type) {
            case DATE -> date(in);
            case TIME -> time(in);
            case TIME_V2 -> timeV2(meta, in);
            case DATETIME -> datetime(in);
            case DATETIME_V2 -> datetimeV2(meta, in);
            case TIMESTAMP -> new RawTemporal.Timestamp(in.readLong(4), 0);
            case TIMESTAMP_V2 -> new RawTemporal.Timestamp(bigEndian(in, 4), fraction(meta, in));
            case YEAR -> year(in);
            case JSON -> json(meta, in);
            default -> throw new IllegalArgumentException("not a lossless cell type: " + type);
        };
    }

    /** 3 bytes little-endian: day in bits 0-4, month in 5-8, year above. */
    static RawTemporal.Date date(ByteArrayInputStream in) throws IOException {
        int v = in.readInteger(3);
        return new RawTemporal.Date(v >>> 9, (v >>> 5) & 0xF, v & 0x1F);
    }

    /** Pre-5.6.4 TIME: 3 bytes little-endian, signed, the digits HHMMSS. */
    static RawTemporal.Time time(ByteArrayInputStream in) throws IOException {
        int v = (in.readInteger(3) << 8) >> 8;
        int abs = Math.abs(v);
        return new RawTemporal.Time(v < 0, abs / 10000, abs / 100 % 100, abs % 100, 0);
    }

    /**
     * TIME2: a signed "packed" value {@code (hh << 12 | mm << 6 | ss) << 24 | micros}, stored big-endian with an
     * offset so that it sorts bytewise. With 1-4 fraction digits the integer and fraction parts are stored apart,
     * and for negative values the fraction is stored as its complement with the integer part one lower.
     */
    static RawTemporal.Time timeV2(int fsp, ByteArrayInputStream in) throws IOException {
        long packed;
        if (fsp >= 5) {
            packed = bigEndian(in, 6) - TIME_OFFSET;
        } else {
            long intPart = bigEndian(in, 3) - TIME_INT_OFFSET;
            long frac = 0;
            if (fsp >= 1) {
                int bytes = fsp <= 2 ? 1 : 2;
                frac = bigEndian(in, bytes);
                if (intPart < 0 && frac != 0) {
                    intPart++;
                    frac -= 1L << (8 * bytes);
                }
                frac *= bytes == 1 ? 10_000 : 100;
            }
            packed = (intPart << 24) + frac;
        }
        long abs = Math.abs(packed);
        long hms = abs >> 24;
        return new RawTemporal.Time(packed < 0, (int) (hms >> 12) & 0x3FF, (int) (hms >> 6) & 0x3F,
                (int) hms & 0x3F, (int) (abs & 0xFFFFFF));
    }

    /** Pre-5.6.4 DATETIME: 8 bytes little-endian, the digits YYYYMMDDhhmmss. */
    static RawTemporal.DateTime datetime(ByteArrayInputStream in) throws IOException {
        long v = in.readLong(8);
        long date = v / 1_000_000;
        long time = v % 1_000_000;
        return new RawTemporal.DateTime((int) (date / 10000), (int) (date / 100 % 100), (int) (date % 100),
                (int) (time / 10000), (int) (time / 100 % 100), (int) (time % 100), 0);
    }

    /**
     * DATETIME2: 5 bytes big-endian with offset 2^39: {@code ((year * 13 + month) << 5 | day) << 17 | hh << 12 |
     * mm << 6 | ss}, then the fraction.
     */
    static RawTemporal.DateTime datetimeV2(int fsp, ByteArrayInputStream in) throws IOException {
        long v = bigEndian(in, 5) - DATETIME_INT_OFFSET;
        int micros = fraction(fsp, in);
        long ymd = v >> 17;
        long yearMonth = ymd >> 5;
        long hms = v & 0x1FFFF;
        return new RawTemporal.DateTime((int) (yearMonth / 13), (int) (yearMonth % 13), (int) (ymd & 0x1F),
                (int) (hms >> 12), (int) (hms >> 6) & 0x3F, (int) hms & 0x3F, micros);
    }

    /** One byte: 0 is YEAR 0000, anything else is 1900 + the byte. */
    static Integer year(ByteArrayInputStream in) throws IOException {
        int v = in.readInteger(1);
        return v == 0 ? 0 : 1900 + v;
    }

    /** MySQL's binary JSON as JSON text; an empty value is MySQL's representation of the JSON null literal. */
    static String json(int lengthBytes, ByteArrayInputStream in) throws IOException {
        byte[] binary = in.read(in.readInteger(lengthBytes));
        return binary.length == 0 ? "null" : JsonBinary.parseAsString(binary);
    }

    /** The fraction of a V2 temporal value in microseconds: (fsp + 1) / 2 bytes big-endian, unsigned. */
    static int fraction(int fsp, ByteArrayInputStream in) throws IOException {
        if (fsp <= 0) {
            return 0;
        }
        int bytes = (fsp + 1) / 2;
        long value = bigEndian(in, bytes);
        return (int) (bytes == 1 ? value * 10_000 : bytes == 2 ? value * 100 : value);
    }

    private static long bigEndian(ByteArrayInputStream in, int length) throws IOException {
        byte[] bytes = in.read(length);
        long v = 0;
        for (byte b : bytes) {
            v = (v << 8) | (b & 0xFF);
        }
        return v;
    }
}
