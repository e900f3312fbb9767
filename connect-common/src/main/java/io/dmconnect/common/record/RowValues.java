package io.dmconnect.common.record;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * A row struct back as MySQL values, keyed by column name (the original name when the field name was adjusted):
 * integers as Long, DECIMAL as BigDecimal, temporal values as MySQL literals ({@code 2026-11-21 10:00:00.123456},
 * zero dates included), ENUM/SET/JSON as text, BIT values as big-endian bytes (MySQL's order: {@code b'1000000001'}
 * is {@code 02 01}), spatial values as bytes. What the expression filter evaluates, and what the sink binds.
 *
 * <p>Besides our source's records it reads Debezium's MySQL/MariaDB representations: time.precision.mode
 * adaptive_time_microseconds (the default) and connect (Connect's Date/Time/Timestamp, read as UTC, never in the
 * JVM's zone; isostring is not read), and a BIGINT UNSIGNED sent as
 * INT64 (Debezium's default {@code bigint.unsigned.handling.mode=long}, our {@code bigint.unsigned.mode=long}),
 * read unsigned when the field carries its source type ({@code column.propagate.source.type}); without that
 * parameter a value above 2^63-1 stays negative.
 */
public final class RowValues {
    // Debezium's other temporal representations (time.precision.mode=adaptive), read from its topics
    static final String DEBEZIUM_TIMESTAMP = "io.debezium.time.Timestamp";
    static final String DEBEZIUM_NANO_TIMESTAMP = "io.debezium.time.NanoTimestamp";
    static final String DEBEZIUM_TIME = "io.debezium.time.Time";
    static final String DEBEZIUM_NANO_TIME = "io.debezium.time.NanoTime";
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private RowValues() {
    }

    /** The row's values with TIMESTAMP columns as UTC wall-clock literals: right for a session whose time_zone is UTC. */
    public static Map<String, Object> of(Struct row) {
        return of(row, ZoneOffset.UTC);
    }

    /**
     * The row's values with TIMESTAMP columns (io.debezium.time.ZonedTimestamp) as wall-clock literals in
     * {@code sessionZone}: a session with that time_zone stores exactly the upstream instant.
     */
    public static Map<String, Object> of(Struct row, ZoneId sessionZone) {
        if (row == null) {
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : row.schema().fields()) {
            String column = f.schema().parameters() == null ? null : f.schema().parameters().get(LogicalTypes.COLUMN_NAME);
            values.put(column != null ? column : f.name(), value(f.schema(), row.get(f), sessionZone));
        }
        return values;
    }

    static Object value(Schema schema, Object value, ZoneId sessionZone) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long l && l < 0 && isUnsignedBigint(schema)) {
            return new BigDecimal(Long.toUnsignedString(l));
        }
        String logical = schema.name();
        if (logical != null) {
            Object converted = logicalValue(logical, value, sessionZone);
            if (converted != null) {
                return converted;
            }
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof ByteBuffer b) {
            return bytes(b);
        }
        return value;
    }

    /** The JSON converter gives BYTES as byte[], Avro as ByteBuffer; a copy either way, never the record's array. */
    private static byte[] bytes(Object value) {
        if (value instanceof ByteBuffer b) {
            byte[] bytes = new byte[b.remaining()];
            b.duplicate().get(bytes);
            return bytes;
        }
        return ((byte[]) value).clone();
    }

    /** io.debezium.data.Bits is little-endian (Debezium's and our source's contract); MySQL reads bytes big-endian. */
    private static byte[] bigEndianBits(Object value) {
        byte[] bytes = bytes(value);
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return bytes;
    }

    private static long millis(Object connectTemporal) {
        return ((java.util.Date) connectTemporal).getTime();
    }

    private static boolean isUnsignedBigint(Schema schema) {
        String type = schema.parameters() == null ? null : schema.parameters().get(LogicalTypes.SOURCE_COLUMN_TYPE);
        if (type == null) {
            return false;
        }
        String upper = type.toUpperCase(Locale.ROOT);
        return upper.startsWith("BIGINT") && upper.contains("UNSIGNED");
    }

    private static Object logicalValue(String logical, Object value, ZoneId sessionZone) {
        return switch (logical) {
            case LogicalTypes.DATE -> TemporalValues.dateLiteral((Integer) value);
            case DEBEZIUM_TIMESTAMP -> TemporalValues.dateTimeLiteral((Long) value * 1000, 3);
            case DEBEZIUM_NANO_TIMESTAMP -> TemporalValues.dateTimeLiteral((Long) value / 1000, 6);
            case DEBEZIUM_TIME -> TemporalValues.timeLiteral(((Integer) value).longValue() * 1000, 3);
            case DEBEZIUM_NANO_TIME -> TemporalValues.timeLiteral((Long) value / 1000, 6);
            case LogicalTypes.MICRO_TIMESTAMP -> TemporalValues.dateTimeLiteral((Long) value, 6);
            case LogicalTypes.MICRO_TIME -> TemporalValues.timeLiteral((Long) value, 6);
            case LogicalTypes.ZONED_TIMESTAMP -> TemporalValues.timestampLiteral((String) value, sessionZone, 6);
            case LogicalTypes.YEAR -> ((Number) value).longValue();
            case LogicalTypes.BITS -> bigEndianBits(value);
            // time.precision.mode=connect: java.util.Date in UTC, milliseconds; never the JVM's zone
            case Date.LOGICAL_NAME -> TemporalValues.dateLiteral((int) Math.floorDiv(millis(value), MILLIS_PER_DAY));
            case Time.LOGICAL_NAME -> TemporalValues.timeLiteral(millis(value) * 1000, 3);
            case Timestamp.LOGICAL_NAME -> TemporalValues.dateTimeLiteral(millis(value) * 1000, 3);
            case Decimal.LOGICAL_NAME -> (BigDecimal) value;
            case LogicalTypes.GEOMETRY, LogicalTypes.POINT -> value instanceof Struct s ? s.get(LogicalTypes.GEOMETRY_WKB) : null;
            default -> null;
        };
    }
}
