package io.dmconnect.common.record;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * A row struct back as MySQL values, keyed by column name (the original name when the field name was adjusted):
 * integers as Long, DECIMAL as BigDecimal, temporal values as MySQL literals ({@code 2026-11-21 10:00:00.123456},
 * zero dates included), ENUM/SET/JSON as text, BIT and spatial values as bytes. What the expression filter
 * evaluates, and what the sink binds.
 */
public final class RowValues {
    // Debezium's other temporal representations (time.precision.mode=adaptive/connect), read from its topics
    static final String DEBEZIUM_TIMESTAMP = "io.debezium.time.Timestamp";
    static final String DEBEZIUM_NANO_TIMESTAMP = "io.debezium.time.NanoTimestamp";
    static final String DEBEZIUM_TIME = "io.debezium.time.Time";
    static final String DEBEZIUM_NANO_TIME = "io.debezium.time.NanoTime";
    private RowValues() {
    }

    public static Map<String, Object> of(Struct row) {
        if (row == null) {
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : row.schema().fields()) {
            String column = f.schema().parameters() == null ? null : f.schema().parameters().get(LogicalTypes.COLUMN_NAME);
            values.put(column != null ? column : f.name(), value(f.schema(), row.get(f)));
        }
        return values;
    }

    static Object value(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        String logical = schema.name();
        if (logical != null) {
            Object converted = logicalValue(logical, value);
            if (converted != null) {
                return converted;
            }
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof ByteBuffer b) {
            byte[] bytes = new byte[b.remaining()];
            b.duplicate().get(bytes);
            return bytes;
        }
        return value;
    }

    private static Object logicalValue(String logical, Object value) {
        return switch (logical) {
            case LogicalTypes.DATE -> TemporalValues.dateLiteral((Integer) value);
            case DEBEZIUM_TIMESTAMP -> TemporalValues.dateTimeLiteral((Long) value * 1000, 3);
            case DEBEZIUM_NANO_TIMESTAMP -> TemporalValues.dateTimeLiteral((Long) value / 1000, 6);
            case DEBEZIUM_TIME -> TemporalValues.timeLiteral(((Integer) value).longValue() * 1000, 3);
            case DEBEZIUM_NANO_TIME -> TemporalValues.timeLiteral((Long) value / 1000, 6);
            case LogicalTypes.MICRO_TIMESTAMP -> TemporalValues.dateTimeLiteral((Long) value, 6);
            case LogicalTypes.MICRO_TIME -> TemporalValues.timeLiteral((Long) value, 6);
            case LogicalTypes.ZONED_TIMESTAMP -> TemporalValues.timestampLiteral((String) value, ZoneOffset.UTC, 6);
            case LogicalTypes.YEAR -> ((Number) value).longValue();
            case Decimal.LOGICAL_NAME -> (BigDecimal) value;
            case LogicalTypes.GEOMETRY, LogicalTypes.POINT -> value instanceof Struct s ? s.get(LogicalTypes.GEOMETRY_WKB) : null;
            default -> null;
        };
    }
}
