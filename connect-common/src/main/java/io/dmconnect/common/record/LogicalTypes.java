package io.dmconnect.common.record;

/**
 * Every Connect schema name and schema parameter the column schemas use. The source writes them, the sink decodes
 * by them. The {@code io.debezium.*} names and their value encodings are Debezium's, so Debezium-format consumers
 * understand the records; the {@code io.dmconnect.*} names are ours (see docs/data-types.md).
 */
public final class LogicalTypes {
    private LogicalTypes() {
    }

    /** Version that Debezium gives its logical schemas; kept so that the schemas compare equal to Debezium's. */
    public static final int DEBEZIUM_VERSION = 1;

    // --- temporal, temporal.mode=debezium
    /** INT32, days since 1970-01-01; zero and invalid dates are sentinels, see {@link TemporalValues}. */
    public static final String DATE = "io.debezium.time.Date";
    /** INT64, microseconds since 1970-01-01T00:00 of the wall-clock value (no time zone); sentinels as DATE. */
    public static final String MICRO_TIMESTAMP = "io.debezium.time.MicroTimestamp";
    /** INT64, signed microseconds of a duration (MySQL TIME, -838:59:59.999999 .. 838:59:59.999999). */
    public static final String MICRO_TIME = "io.debezium.time.MicroTime";
    /** STRING, ISO-8601 instant with offset; the zero TIMESTAMP is {@link TemporalValues#ZERO_TIMESTAMP}. */
    public static final String ZONED_TIMESTAMP = "io.debezium.time.ZonedTimestamp";
    /** INT32, the year; 0 is YEAR 0000. */
    public static final String YEAR = "io.debezium.time.Year";

    // --- temporal, temporal.mode=string: MySQL's own literal text
    /** STRING {@code YYYY-MM-DD}, zero dates included ({@code 0000-00-00}, {@code 2020-00-15}). */
    public static final String STRING_DATE = "io.dmconnect.time.MySqlDate";
    /** STRING {@code YYYY-MM-DD hh:mm:ss[.ffffff]} with exactly fsp fraction digits. */
    public static final String STRING_DATETIME = "io.dmconnect.time.MySqlDateTime";
    /** STRING {@code [-]hh:mm:ss[.ffffff]} with two or three hour digits and exactly fsp fraction digits. */
    public static final String STRING_TIME = "io.dmconnect.time.MySqlTime";

    // --- other Debezium names
    /** BYTES, bits little-endian in exactly ceil(length/8) bytes; parameter {@link #BITS_LENGTH}. */
    public static final String BITS = "io.debezium.data.Bits";
    public static final String BITS_LENGTH = "length";
    /** STRING, JSON text. */
    public static final String JSON = "io.debezium.data.Json";
    /** STRING, one ENUM element ({@code ""} for MySQL's invalid-value index 0); parameter {@link #ALLOWED}. */
    public static final String ENUM = "io.debezium.data.Enum";
    /** STRING, SET elements joined by commas in definition order ({@code ""} for the empty set). */
    public static final String ENUM_SET = "io.debezium.data.EnumSet";
    /** The ENUM/SET elements joined by commas, in definition order. */
    public static final String ALLOWED = "allowed";
    /** STRUCT {wkb BYTES, srid optional INT32}. */
    public static final String GEOMETRY = "io.debezium.data.geometry.Geometry";
    /** STRUCT {x FLOAT64, y FLOAT64, wkb optional BYTES, srid optional INT32}. */
    public static final String POINT = "io.debezium.data.geometry.Point";
    public static final String GEOMETRY_WKB = "wkb";
    public static final String GEOMETRY_SRID = "srid";
    public static final String POINT_X = "x";
    public static final String POINT_Y = "y";

    // --- Connect's Decimal (org.apache.kafka.connect.data.Decimal: BYTES, parameter "scale")
    /** Precision of a Decimal, as Debezium and the Confluent converters spell it. */
    public static final String DECIMAL_PRECISION = "connect.decimal.precision";

    // --- column metadata parameters
    /** The column's name when the field name differs from it (Avro adjustment or de-duplication). */
    public static final String COLUMN_NAME = "__dm.column.name";
    /** {@code true} on generated (virtual or stored) columns: DM never writes them downstream. */
    public static final String COLUMN_GENERATED = "__dm.column.generated";
    /** The full column type ({@code decimal(10,2) unsigned}); with {@code propagate.source.type=true}. */
    public static final String COLUMN_TYPE = "__dm.column.type";
    /** Debezium's source-type parameters, read by its JDBC sink; with {@code propagate.source.type=true}. */
    public static final String SOURCE_COLUMN_TYPE = "__debezium.source.column.type";
    public static final String SOURCE_COLUMN_LENGTH = "__debezium.source.column.length";
    public static final String SOURCE_COLUMN_SCALE = "__debezium.source.column.scale";
}
