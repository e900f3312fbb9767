package io.dmconnect.common.ddl;

import java.util.List;
import java.util.Set;

/**
 * A column's data type as parsed, before the table's charset is known.
 *
 * @param dataType     canonical base type, lower case ({@code int}, {@code varchar}, {@code longtext}, ...)
 * @param length       CHAR/VARCHAR/BINARY/VARBINARY/BIT length, or the M of TEXT(M)/BLOB(M) (resolved later)
 * @param precision    DECIMAL/FLOAT(M,D) precision or temporal fractional seconds
 * @param scale        DECIMAL/FLOAT(M,D) scale
 * @param displayWidth integer display width as written, or null
 * @param unsigned     UNSIGNED (ZEROFILL implies it)
 * @param zerofill     ZEROFILL
 * @param charset      CHARACTER SET as written, or null
 * @param collation    COLLATE as written ({@code _bin} for the BINARY attribute), or null
 * @param elements     ENUM/SET elements
 * @param serial       the SERIAL alias (BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE)
 */
record ColumnType(String dataType, Integer length, Integer precision, Integer scale, Integer displayWidth,
                  boolean unsigned, boolean zerofill, String charset, String collation, List<String> elements,
                  boolean serial) {
    /** Type families that decide defaults, charsets and printing. */
    enum Family { INTEGER, DECIMAL, FLOAT, BIT, TEMPORAL, STRING, BINARY, JSON, SPATIAL, OTHER }

    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");
    private static final Set<String> TEMPORALS = Set.of("date", "time", "datetime", "timestamp", "year");
    private static final Set<String> STRINGS = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "enum", "set");
    private static final Set<String> BINARIES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob");
    private static final Set<String> SPATIALS = Set.of("geometry", "point", "linestring", "polygon", "multipoint",
            "multilinestring", "multipolygon", "geometrycollection", "geomcollection");
    static final List<String> TEXT_SIZES = List.of("tinytext", "text", "mediumtext", "longtext");
    static final List<String> BLOB_SIZES = List.of("tinyblob", "blob", "mediumblob", "longblob");
    static final long[] SIZE_BYTES = {255L, 65_535L, 16_777_215L, 4_294_967_295L};

    ColumnType {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    static Family family(String dataType) {
        if (INTEGERS.contains(dataType)) {
            return Family.INTEGER;
        }
        if (TEMPORALS.contains(dataType)) {
            return Family.TEMPORAL;
        }
        if (STRINGS.contains(dataType)) {
            return Family.STRING;
        }
        if (BINARIES.contains(dataType)) {
            return Family.BINARY;
        }
        if (SPATIALS.contains(dataType)) {
            return Family.SPATIAL;
        }
        return switch (dataType) {
            case "decimal" -> Family.DECIMAL;
            case "float", "double" -> Family.FLOAT;
            case "bit" -> Family.BIT;
            case "json" -> Family.JSON;
            default -> Family.OTHER;
        };
    }

    Family family() {
        return family(dataType);
    }

    /** Holds characters, so it has a charset and collation. */
    static boolean hasCharset(String dataType) {
        return family(dataType) == Family.STRING;
    }

    /** The type as {@code information_schema.COLUMNS.COLUMN_TYPE} prints it on this flavor. */
    String columnType(ServerFlavor flavor) {
        StringBuilder out = new StringBuilder(dataType);
        switch (family()) {
            case INTEGER -> appendWidth(out, flavor);
            case DECIMAL -> out.append('(').append(precision).append(',').append(scale).append(')');
            case FLOAT -> {
                if (precision != null) {
                    out.append('(').append(precision).append(',').append(scale).append(')');
                }
            }
            case BIT -> out.append('(').append(length).append(')');
            case TEMPORAL -> appendTemporal(out, flavor);
            case STRING, BINARY -> appendLengthOrElements(out);
            default -> { }
        }
        if (unsigned && (family() == Family.INTEGER || family() == Family.DECIMAL || family() == Family.FLOAT)) {
            out.append(" unsigned");
        }
        if (zerofill) {
            out.append(" zerofill");
        }
        return out.toString();
    }

    private void appendWidth(StringBuilder out, ServerFlavor flavor) {
        boolean mysql = !flavor.isMariaDb();
        if (mysql && !zerofill && !(dataType.equals("tinyint") && Integer.valueOf(1).equals(displayWidth))) {
            return; // MySQL 8.0.19+ prints no display width
        }
        out.append('(').append(displayWidth != null ? displayWidth : defaultWidth()).append(')');
    }

    private int defaultWidth() {
        int signedWidth = switch (dataType) {
            case "tinyint" -> 4;
            case "smallint" -> 6;
            case "mediumint" -> 9;
            case "int" -> 11;
            default -> 20;
        };
        return unsigned && !dataType.equals("bigint") ? signedWidth - 1 : signedWidth;
    }

    private void appendTemporal(StringBuilder out, ServerFlavor flavor) {
        if (dataType.equals("year")) {
            if (flavor.isMariaDb()) {
                out.append("(4)");
            }
        } else if (precision != null && precision > 0) {
            out.append('(').append(precision).append(')');
        }
    }

    private void appendLengthOrElements(StringBuilder out) {
        if (dataType.equals("enum") || dataType.equals("set")) {
            out.append('(');
            for (int i = 0; i < elements.size(); i++) {
                out.append(i == 0 ? "" : ",").append('\'').append(elements.get(i).replace("'", "''")).append('\'');
            }
            out.append(')');
        } else if (length != null && !TEXT_SIZES.contains(dataType) && !BLOB_SIZES.contains(dataType)) {
            out.append('(').append(length).append(')');
        }
    }
}
