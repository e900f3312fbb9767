package io.dmconnect.common.rules.event;

import java.util.Map;
import java.util.Set;

/**
 * Column types as TiDB's type codes group them (DM compares types by these codes): CHAR and BINARY share one code,
 * as do VARCHAR and VARBINARY, and each TEXT size shares its code with the BLOB of the same size.
 */
enum TypeKind {
    TINYINT(4), SMALLINT(6), MEDIUMINT(9), INT(11), BIGINT(20),
    DECIMAL(10), FLOAT(12), DOUBLE(22), BIT(1),
    YEAR(4), DATE(10), TIME(10), DATETIME(19), TIMESTAMP(19),
    CHAR(1), VARCHAR(-1), TINYBLOB(255), BLOB(65_535), MEDIUMBLOB(16_777_215), LONGBLOB(4_294_967_295L),
    ENUM(-1), SET(-1), JSON(-1), GEOMETRY(-1), UNKNOWN(-1);

    /** MySQL spellings (after the reader joined multi-word names) to kinds; BINARY-ness is in {@link #BINARY_NAMES}. */
    private static final Map<String, TypeKind> BY_NAME = Map.ofEntries(
            Map.entry("tinyint", TINYINT), Map.entry("int1", TINYINT), Map.entry("bool", TINYINT),
            Map.entry("boolean", TINYINT), Map.entry("smallint", SMALLINT), Map.entry("int2", SMALLINT),
            Map.entry("mediumint", MEDIUMINT), Map.entry("int3", MEDIUMINT), Map.entry("middleint", MEDIUMINT),
            Map.entry("int", INT), Map.entry("integer", INT), Map.entry("int4", INT),
            Map.entry("bigint", BIGINT), Map.entry("int8", BIGINT), Map.entry("serial", BIGINT),
            Map.entry("decimal", DECIMAL), Map.entry("dec", DECIMAL), Map.entry("numeric", DECIMAL),
            Map.entry("fixed", DECIMAL), Map.entry("float", FLOAT), Map.entry("float4", FLOAT),
            Map.entry("double", DOUBLE), Map.entry("double precision", DOUBLE), Map.entry("real", DOUBLE),
            Map.entry("float8", DOUBLE), Map.entry("bit", BIT), Map.entry("year", YEAR), Map.entry("date", DATE),
            Map.entry("time", TIME), Map.entry("datetime", DATETIME), Map.entry("timestamp", TIMESTAMP),
            Map.entry("char", CHAR), Map.entry("character", CHAR), Map.entry("nchar", CHAR),
            Map.entry("national char", CHAR), Map.entry("national character", CHAR), Map.entry("binary", CHAR),
            Map.entry("varchar", VARCHAR), Map.entry("varcharacter", VARCHAR), Map.entry("char varying", VARCHAR),
            Map.entry("character varying", VARCHAR), Map.entry("nvarchar", VARCHAR), Map.entry("nchar varchar", VARCHAR),
            Map.entry("nchar varying", VARCHAR), Map.entry("national varchar", VARCHAR),
            Map.entry("national char varying", VARCHAR), Map.entry("national character varying", VARCHAR),
            Map.entry("varbinary", VARCHAR), Map.entry("tinytext", TINYBLOB), Map.entry("tinyblob", TINYBLOB),
            Map.entry("text", BLOB), Map.entry("blob", BLOB), Map.entry("mediumtext", MEDIUMBLOB),
            Map.entry("mediumblob", MEDIUMBLOB), Map.entry("long", MEDIUMBLOB), Map.entry("long varchar", MEDIUMBLOB),
            Map.entry("long varbinary", MEDIUMBLOB), Map.entry("longtext", LONGBLOB), Map.entry("longblob", LONGBLOB),
            Map.entry("enum", ENUM), Map.entry("set", SET), Map.entry("json", JSON), Map.entry("geometry", GEOMETRY),
            Map.entry("point", GEOMETRY), Map.entry("linestring", GEOMETRY), Map.entry("polygon", GEOMETRY),
            Map.entry("multipoint", GEOMETRY), Map.entry("multilinestring", GEOMETRY),
            Map.entry("multipolygon", GEOMETRY), Map.entry("geometrycollection", GEOMETRY),
            Map.entry("geomcollection", GEOMETRY));

    private static final Set<String> BINARY_NAMES = Set.of("binary", "varbinary", "tinyblob",
            "blob", "mediumblob", "longblob", "long varbinary");

    /** TiDB's default display length ({@code mysql.GetDefaultFieldLengthAndDecimal}); -1 where there is none. */
    final long defaultFlen;

    TypeKind(long defaultFlen) {
        this.defaultFlen = defaultFlen;
    }

    static TypeKind of(String typeName) {
        return BY_NAME.getOrDefault(typeName, UNKNOWN);
    }

    /** A byte-string type by its name (BINARY, VARBINARY, BLOB...); a text type with charset binary is one too. */
    static boolean isBinaryName(String typeName) {
        return BINARY_NAMES.contains(typeName);
    }

    boolean isInteger() {
        return this == TINYINT || this == SMALLINT || this == MEDIUMINT || this == INT || this == BIGINT;
    }

    boolean isNumeric() {
        return isInteger() || this == DECIMAL || this == FLOAT || this == DOUBLE;
    }

    boolean isTemporal() {
        return this == DATE || this == TIME || this == DATETIME || this == TIMESTAMP;
    }

    /** The string types DM compares by length when the type changes within them (not ENUM/SET). */
    boolean isStringFamily() {
        return this == CHAR || this == VARCHAR || isBlob();
    }

    boolean isBlob() {
        return this == TINYBLOB || this == BLOB || this == MEDIUMBLOB || this == LONGBLOB;
    }

    /** Types that carry a character set; the others are compared as charset binary. */
    boolean hasCharset() {
        return isStringFamily() || this == ENUM || this == SET;
    }

    /** The TEXT/BLOB size TiDB picks for TEXT(n)/BLOB(n) of {@code bytes} bytes. */
    static TypeKind blobFor(long bytes) {
        if (bytes <= TINYBLOB.defaultFlen) {
            return TINYBLOB;
        }
        if (bytes <= BLOB.defaultFlen) {
            return BLOB;
        }
        return bytes <= MEDIUMBLOB.defaultFlen ? MEDIUMBLOB : LONGBLOB;
    }
}
