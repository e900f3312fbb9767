package io.dmconnect.common.rules.expr.eval;

import io.dmconnect.common.schema.ColumnDef;

/** What a column's values are, as far as expressions care; derived from the column's base type. */
public enum ColumnKind {
    INTEGER, DECIMAL, FLOAT, BIT, YEAR, STRING, BINARY, DATE, DATETIME, TIMESTAMP, TIME, JSON, OTHER;

    public static ColumnKind of(ColumnDef column) {
        return switch (column.dataType()) {
            case "tinyint", "smallint", "mediumint", "int", "integer", "bigint", "bool", "boolean", "serial" -> INTEGER;
            case "decimal", "numeric", "dec", "fixed" -> DECIMAL;
            case "float", "double", "real", "double precision" -> FLOAT;
            case "bit" -> BIT;
            case "year" -> YEAR;
            case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set", "nchar", "nvarchar" ->
                    "binary".equals(column.charset()) ? BINARY : STRING;
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> BINARY;
            case "date" -> DATE;
            case "datetime" -> DATETIME;
            case "timestamp" -> TIMESTAMP;
            case "time" -> TIME;
            case "json" -> JSON;
            default -> OTHER;
        };
    }

    /** Whether values of this kind are character strings (compared with the column's collation). */
    public boolean isText() {
        return this == STRING;
    }
}
