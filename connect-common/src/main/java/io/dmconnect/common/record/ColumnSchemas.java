package io.dmconnect.common.record;

import io.dmconnect.common.record.ConversionOptions.BigintUnsignedMode;
import io.dmconnect.common.record.ConversionOptions.DecimalMode;
import io.dmconnect.common.record.ConversionOptions.TemporalMode;
import io.dmconnect.common.schema.ColumnDef;
import java.util.Locale;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * The Connect schema of one column (see the mapping table in docs/data-types.md).
 *
 * <p>The field is optional when the column is nullable or generated: a generated column may be absent from a row
 * image (its value is then null), and DM never writes generated columns downstream anyway. Parameters:
 * {@link LogicalTypes#COLUMN_NAME} when the field name differs from the column name, {@link
 * LogicalTypes#COLUMN_GENERATED} on generated columns, and the source type with {@code propagate.source.type}.
 */
public final class ColumnSchemas {
    /** BIGINT UNSIGNED max, 18446744073709551615, has 20 digits. */
    public static final int BIGINT_UNSIGNED_PRECISION = 20;

    private ColumnSchemas() {
    }

    /** The schema of {@code column}, whose field is named {@link SchemaNames#fieldName} of its name. */
    public static Schema forColumn(ColumnDef column, ConversionOptions options) {
        return forColumn(column, options, SchemaNames.fieldName(column.name()));
    }

    /** The schema of {@code column} as the field {@code fieldName} (which may differ from the column name). */
    public static Schema forColumn(ColumnDef column, ConversionOptions options, String fieldName) {
        SchemaBuilder builder = builder(column, options);
        if (column.nullable() || column.generated()) {
            builder.optional();
        }
        if (!fieldName.equals(column.name())) {
            builder.parameter(LogicalTypes.COLUMN_NAME, column.name());
        }
        if (column.generated()) {
            builder.parameter(LogicalTypes.COLUMN_GENERATED, "true");
        }
        if (options.propagateSourceType()) {
            sourceTypeParameters(builder, column);
        }
        return builder.build();
    }

    /** The value's representation without optionality or column parameters. */
    static SchemaBuilder builder(ColumnDef column, ConversionOptions options) {
        ColumnKind kind = ColumnKind.of(column);
        return switch (kind) {
            case TINYINT -> SchemaBuilder.int16();
            case SMALLINT -> column.unsigned() ? SchemaBuilder.int32() : SchemaBuilder.int16();
            case MEDIUMINT -> SchemaBuilder.int32();
            case INT -> column.unsigned() ? SchemaBuilder.int64() : SchemaBuilder.int32();
            case BIGINT -> bigint(column, options);
            case DECIMAL -> decimal(column, options);
            case FLOAT -> SchemaBuilder.float32();
            case DOUBLE -> SchemaBuilder.float64();
            case BIT -> bit(column);
            case DATE -> temporal(options, LogicalTypes.DATE, SchemaBuilder.int32(), LogicalTypes.STRING_DATE);
            case DATETIME -> temporal(options, LogicalTypes.MICRO_TIMESTAMP, SchemaBuilder.int64(),
                    LogicalTypes.STRING_DATETIME);
            case TIME -> temporal(options, LogicalTypes.MICRO_TIME, SchemaBuilder.int64(), LogicalTypes.STRING_TIME);
            case TIMESTAMP -> debezium(SchemaBuilder.string(), LogicalTypes.ZONED_TIMESTAMP);
            case YEAR -> debezium(SchemaBuilder.int32(), LogicalTypes.YEAR);
            case TEXT -> SchemaBuilder.string();
            case FIXED_BINARY, BYTES -> SchemaBuilder.bytes();
            case ENUM -> debezium(SchemaBuilder.string(), LogicalTypes.ENUM)
                    .parameter(LogicalTypes.ALLOWED, String.join(",", column.elements()));
            case SET -> debezium(SchemaBuilder.string(), LogicalTypes.ENUM_SET)
                    .parameter(LogicalTypes.ALLOWED, String.join(",", column.elements()));
            case JSON -> debezium(SchemaBuilder.string(), LogicalTypes.JSON);
            case GEOMETRY -> debezium(SchemaBuilder.struct(), LogicalTypes.GEOMETRY).doc("Geometry")
                    .field(LogicalTypes.GEOMETRY_WKB, Schema.BYTES_SCHEMA)
                    .field(LogicalTypes.GEOMETRY_SRID, Schema.OPTIONAL_INT32_SCHEMA);
            case POINT -> debezium(SchemaBuilder.struct(), LogicalTypes.POINT).doc("Geometry (POINT)")
                    .field(LogicalTypes.POINT_X, Schema.FLOAT64_SCHEMA)
                    .field(LogicalTypes.POINT_Y, Schema.FLOAT64_SCHEMA)
                    .field(LogicalTypes.GEOMETRY_WKB, Schema.OPTIONAL_BYTES_SCHEMA)
                    .field(LogicalTypes.GEOMETRY_SRID, Schema.OPTIONAL_INT32_SCHEMA);
        };
    }

    private static SchemaBuilder bigint(ColumnDef column, ConversionOptions options) {
        if (column.unsigned() && options.bigintUnsignedMode() == BigintUnsignedMode.PRECISE) {
            return Decimal.builder(0)
                    .parameter(LogicalTypes.DECIMAL_PRECISION, String.valueOf(BIGINT_UNSIGNED_PRECISION));
        }
        return SchemaBuilder.int64();
    }

    private static SchemaBuilder decimal(ColumnDef column, ConversionOptions options) {
        if (options.decimalMode() == DecimalMode.DOUBLE) {
            return SchemaBuilder.float64();
        }
        if (options.decimalMode() == DecimalMode.STRING) {
            return SchemaBuilder.string();
        }
        // MySQL's defaults: DECIMAL means DECIMAL(10,0)
        int precision = column.precision() == null ? 10 : column.precision();
        int scale = column.scale() == null ? 0 : column.scale();
        return Decimal.builder(scale).parameter(LogicalTypes.DECIMAL_PRECISION, String.valueOf(precision));
    }

    private static SchemaBuilder bit(ColumnDef column) {
        int length = bitLength(column);
        if (length == 1) {
            return SchemaBuilder.bool();
        }
        return debezium(SchemaBuilder.bytes(), LogicalTypes.BITS)
                .parameter(LogicalTypes.BITS_LENGTH, String.valueOf(length));
    }

    /** BIT's width: ColumnDef.length, else MySQL's default 1. */
    public static int bitLength(ColumnDef column) {
        return column.length() == null ? 1 : column.length();
    }

    private static SchemaBuilder temporal(ConversionOptions options, String debeziumName, SchemaBuilder numeric,
                                          String stringName) {
        if (options.temporalMode() == TemporalMode.STRING) {
            return SchemaBuilder.string().name(stringName).version(1);
        }
        return debezium(numeric, debeziumName);
    }

    private static SchemaBuilder debezium(SchemaBuilder builder, String name) {
        return builder.name(name).version(LogicalTypes.DEBEZIUM_VERSION);
    }

    private static void sourceTypeParameters(SchemaBuilder builder, ColumnDef column) {
        String type = column.dataType().toUpperCase(Locale.ROOT) + (column.unsigned() ? " UNSIGNED" : "");
        builder.parameter(LogicalTypes.COLUMN_TYPE, column.columnType());
        builder.parameter(LogicalTypes.SOURCE_COLUMN_TYPE, type);
        Integer length = column.length() != null ? column.length() : column.precision();
        if (length != null) {
            builder.parameter(LogicalTypes.SOURCE_COLUMN_LENGTH, String.valueOf(length));
        }
        if (column.scale() != null) {
            builder.parameter(LogicalTypes.SOURCE_COLUMN_SCALE, String.valueOf(column.scale()));
        }
    }
}
