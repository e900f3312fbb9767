package io.dmconnect.source.mysql.convert;

import io.dmconnect.common.record.ColumnKind;
import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.schema.ColumnDef;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;

/**
 * The table of value converters: one per {@link ColumnKind}, matching the schema that
 * {@link io.dmconnect.common.record.ColumnSchemas} gives the same column.
 */
public final class ValueConverters {
    private ValueConverters() {
    }

    /**
     * The converter of {@code column}, whose field has {@code schema}. {@code tableCharset} stands in for a string
     * column whose own charset is unknown (null: then such a column is an error).
     */
    public static ValueConverter forColumn(ColumnDef column, Schema schema, String tableCharset,
                                           ConversionOptions options) {
        ColumnKind kind = ColumnKind.of(column);
        return switch (kind) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> NumericConverters.integer(kind, column, options);
            case DECIMAL -> NumericConverters.decimal(column, options);
            case FLOAT -> raw -> expect(raw, Float.class, column);
            case DOUBLE -> raw -> expect(raw, Double.class, column);
            case BIT -> NumericConverters.bit(column);
            case YEAR -> raw -> expect(raw, Integer.class, column);
            case DATE -> TemporalConverters.date(column, options);
            case DATETIME -> TemporalConverters.dateTime(column, options);
            case TIME -> TemporalConverters.time(column, options);
            case TIMESTAMP -> TemporalConverters.timestamp(column, options);
            case TEXT -> TextConverters.text(column, charset(column, tableCharset));
            case FIXED_BINARY -> TextConverters.fixedBinary(column);
            case BYTES -> raw -> expect(raw, byte[].class, column);
            case ENUM -> TextConverters.enumeration(column);
            case SET -> TextConverters.set(column);
            case JSON -> TextConverters.json(column, column.charset() == null ? "utf8mb4" : column.charset());
            case GEOMETRY -> SpatialConverters.geometry(column, schema);
            case POINT -> SpatialConverters.point(column, schema);
        };
    }

    /** {@code raw} as {@code type}, or a DataException that names the column and what arrived instead. */
    static <T> T expect(Object raw, Class<T> type, ColumnDef column) {
        if (type.isInstance(raw)) {
            return type.cast(raw);
        }
        throw new DataException("column " + column.name() + " (" + column.columnType() + "): expected a "
                + type.getSimpleName() + " from the binlog but got " + raw.getClass().getName()
                + "; is the binlog client's deserializer set up with BinlogDeserializers.configure, and does the "
                + "tracked schema match the table?");
    }

    private static String charset(ColumnDef column, String tableCharset) {
        String charset = column.charset() != null ? column.charset() : tableCharset;
        if (charset == null) {
            throw new DataException("column " + column.name() + " (" + column.columnType() + ") has no known "
                    + "character set (neither the column's nor the table's); the tracked schema must carry it");
        }
        return charset;
    }
}
