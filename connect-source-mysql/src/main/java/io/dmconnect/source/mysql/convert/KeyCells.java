package io.dmconnect.source.mysql.convert;

import io.dmconnect.common.record.ColumnKind;
import io.dmconnect.common.schema.ColumnDef;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Locale;
import org.apache.kafka.connect.errors.DataException;

/**
 * Orders key cells (binlog cells, or {@link JdbcCells} cells, which are the same) the way the server orders the
 * column, to tell which snapshot chunk a binlog row belongs to. Exact for numbers, temporal values and binary
 * strings; text is compared by code point for binary collations ({@code _bin}, {@code binary}) and, for every
 * other collation, case-folded with trailing spaces ignored (PAD SPACE). That last one is an approximation: accent
 * or language-specific equivalences of a collation are not modelled (see docs/snapshot.md).
 */
public final class KeyCells {
    private KeyCells() {
    }

    /** A comparator of one column's non-null cells. */
    public static Comparator<Serializable> comparator(ColumnDef column, String tableCharset) {
        ColumnKind kind = ColumnKind.of(column);
        return switch (kind) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT, BIT ->
                    Comparator.comparing(c -> integer(kind, column, c));
            case DECIMAL -> Comparator.comparing(c -> (BigDecimal) c);
            case FLOAT -> Comparator.comparing(c -> (Float) c);
            case DOUBLE -> Comparator.comparing(c -> (Double) c);
            case YEAR, ENUM -> Comparator.comparing(c -> (Integer) c);
            case SET -> Comparator.comparing(c -> (Long) c, Long::compareUnsigned);
            case DATE, DATETIME, TIME, TIMESTAMP -> Comparator.comparing(KeyCells::temporalOrder);
            case TEXT -> textComparator(column, tableCharset);
            case FIXED_BINARY, BYTES -> (a, b) -> Arrays.compareUnsigned(paddedBinary(column, (byte[]) a),
                    paddedBinary(column, (byte[]) b));
            default -> throw new DataException("column " + column.name() + " (" + column.columnType()
                    + ") cannot be part of a snapshot chunk key");
        };
    }

    /** An integer-like cell as its true value: the binlog's signed view of an UNSIGNED column is undone. */
    static BigInteger integer(ColumnKind kind, ColumnDef column, Serializable cell) {
        if (cell instanceof BitSet bits) {
            long[] words = bits.toLongArray();
            return words.length == 0 ? BigInteger.ZERO : new BigInteger(Long.toUnsignedString(words[0]));
        }
        long v = ((Number) cell).longValue();
        if (!column.unsigned()) {
            return BigInteger.valueOf(v);
        }
        return switch (kind) {
            case TINYINT -> BigInteger.valueOf(v & 0xFF);
            case SMALLINT -> BigInteger.valueOf(v & 0xFFFF);
            case MEDIUMINT -> BigInteger.valueOf(v & 0xFFFFFF);
            case INT -> BigInteger.valueOf(v & 0xFFFFFFFFL);
            default -> new BigInteger(Long.toUnsignedString(v));
        };
    }

    /** Text bytes decoded with the column's charset. */
    static String text(ColumnDef column, String tableCharset, byte[] bytes) {
        String charset = column.charset() != null ? column.charset() : tableCharset;
        return Charsets.decoder(charset == null ? "utf8mb4" : charset).orElseThrow(() -> new DataException("column "
                + column.name() + " uses character set " + charset + ", which dm-connect cannot decode")).apply(bytes);
    }

    /** BINARY(n) with the trailing 0x00 bytes the binlog drops put back. */
    static byte[] paddedBinary(ColumnDef column, byte[] bytes) {
        Integer length = column.length();
        boolean fixed = ColumnKind.of(column) == ColumnKind.FIXED_BINARY;
        return fixed && length != null && bytes.length < length ? Arrays.copyOf(bytes, length) : bytes;
    }

    private static Comparator<Serializable> textComparator(ColumnDef column, String tableCharset) {
        String collation = column.collation() == null ? "" : column.collation().toLowerCase(Locale.ROOT);
        boolean binary = collation.endsWith("_bin") || collation.equals("binary");
        Comparator<String> order = binary ? KeyCells::compareCodePoints
                : Comparator.comparing(KeyCells::folded, KeyCells::compareCodePoints);
        return (a, b) -> order.compare(text(column, tableCharset, (byte[]) a), text(column, tableCharset, (byte[]) b));
    }

    private static String folded(String s) {
        return s.stripTrailing().toUpperCase(Locale.ROOT);
    }

    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** Temporal cells as a sortable tuple: a signed count of microseconds in their own calendar arithmetic. */
    private static BigInteger temporalOrder(Serializable cell) {
        if (cell instanceof RawTemporal.Date d) {
            return BigInteger.valueOf(((long) d.year() * 13 + d.month()) * 32 + d.day());
        }
        if (cell instanceof RawTemporal.DateTime t) {
            long date = ((long) t.year() * 13 + t.month()) * 32 + t.day();
            long seconds = ((long) t.hour() * 60 + t.minute()) * 60 + t.second();
            return BigInteger.valueOf(date).multiply(BigInteger.valueOf(86_400_000_000L))
                    .add(BigInteger.valueOf(seconds * 1_000_000 + t.micros()));
        }
        if (cell instanceof RawTemporal.Time t) {
            long micros = (((long) t.hours() * 60 + t.minutes()) * 60 + t.seconds()) * 1_000_000 + t.micros();
            return BigInteger.valueOf(t.negative() ? -micros : micros);
        }
        RawTemporal.Timestamp ts = (RawTemporal.Timestamp) cell;
        return BigInteger.valueOf(ts.epochSecond()).multiply(BigInteger.valueOf(1_000_000)).add(BigInteger.valueOf(ts.micros()));
    }
}
