package io.dmconnect.common.record;

import io.dmconnect.common.schema.ColumnDef;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.errors.DataException;

/**
 * The representation family of a column, from its {@link ColumnDef#dataType()} (and, for strings, its charset).
 * The source's value converters and {@link ColumnSchemas} both dispatch on it, so schema and value always agree.
 */
public enum ColumnKind {
    TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT,
    DECIMAL, FLOAT, DOUBLE,
    BIT,
    DATE, DATETIME, TIMESTAMP, TIME, YEAR,
    /** CHAR, VARCHAR, *TEXT: text decoded with the column charset. */
    TEXT,
    /** BINARY(n): fixed length; the binlog drops trailing 0x00 bytes, the value has them back. */
    FIXED_BINARY,
    /** VARBINARY, *BLOB, and string types with the binary charset. */
    BYTES,
    ENUM, SET, JSON,
    /** GEOMETRY and every spatial type but POINT. */
    GEOMETRY, POINT;

    private static final Map<String, ColumnKind> BY_TYPE = Map.ofEntries(
            Map.entry("tinyint", TINYINT), Map.entry("int1", TINYINT), Map.entry("bool", TINYINT),
            Map.entry("boolean", TINYINT),
            Map.entry("smallint", SMALLINT), Map.entry("int2", SMALLINT),
            Map.entry("mediumint", MEDIUMINT), Map.entry("int3", MEDIUMINT), Map.entry("middleint", MEDIUMINT),
            Map.entry("int", INT), Map.entry("integer", INT), Map.entry("int4", INT),
            Map.entry("bigint", BIGINT), Map.entry("int8", BIGINT), Map.entry("serial", BIGINT),
            Map.entry("decimal", DECIMAL), Map.entry("numeric", DECIMAL), Map.entry("dec", DECIMAL),
            Map.entry("fixed", DECIMAL),
            Map.entry("float", FLOAT), Map.entry("float4", FLOAT),
            Map.entry("double", DOUBLE), Map.entry("real", DOUBLE), Map.entry("float8", DOUBLE),
            Map.entry("double precision", DOUBLE),
            Map.entry("bit", BIT),
            Map.entry("date", DATE), Map.entry("datetime", DATETIME), Map.entry("timestamp", TIMESTAMP),
            Map.entry("time", TIME), Map.entry("year", YEAR),
            Map.entry("char", TEXT), Map.entry("character", TEXT), Map.entry("nchar", TEXT),
            Map.entry("national char", TEXT), Map.entry("varchar", TEXT), Map.entry("nvarchar", TEXT),
            Map.entry("character varying", TEXT), Map.entry("national varchar", TEXT),
            Map.entry("tinytext", TEXT), Map.entry("text", TEXT), Map.entry("mediumtext", TEXT),
            Map.entry("longtext", TEXT), Map.entry("long", TEXT), Map.entry("long varchar", TEXT),
            Map.entry("binary", FIXED_BINARY),
            Map.entry("varbinary", BYTES), Map.entry("tinyblob", BYTES), Map.entry("blob", BYTES),
            Map.entry("mediumblob", BYTES), Map.entry("longblob", BYTES), Map.entry("long varbinary", BYTES),
            Map.entry("enum", ENUM), Map.entry("set", SET), Map.entry("json", JSON),
            Map.entry("geometry", GEOMETRY), Map.entry("linestring", GEOMETRY), Map.entry("polygon", GEOMETRY),
            Map.entry("multipoint", GEOMETRY), Map.entry("multilinestring", GEOMETRY),
            Map.entry("multipolygon", GEOMETRY), Map.entry("geometrycollection", GEOMETRY),
            Map.entry("geomcollection", GEOMETRY), Map.entry("point", POINT));

    /** The kind of {@code column}; a type this mapping does not know is an error, never a silent guess. */
    public static ColumnKind of(ColumnDef column) {
        String type = column.dataType().trim().toLowerCase(Locale.ROOT);
        ColumnKind kind = BY_TYPE.get(type);
        if (kind == null) {
            throw new DataException("column " + column.name() + " has type " + column.columnType()
                    + ", which dm-connect cannot represent losslessly; supported types are listed in docs/data-types.md");
        }
        if (kind == TEXT && "binary".equalsIgnoreCase(column.charset())) {
            // CHAR(n) CHARACTER SET binary is BINARY(n): bytes, not text
            return type.equals("char") || type.equals("character") ? FIXED_BINARY : BYTES;
        }
        return kind;
    }
}
