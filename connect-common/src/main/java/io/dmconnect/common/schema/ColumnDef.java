package io.dmconnect.common.schema;

import java.util.List;
import java.util.Objects;

/**
 * One column as the schema tracker knows it.
 *
 * @param name          column name as declared
 * @param dataType      base type, lower case, without length or attributes: {@code int}, {@code decimal},
 *                      {@code varchar}, {@code enum}, {@code datetime}, {@code json}, ...
 * @param columnType    the full type as {@code information_schema.COLUMNS.COLUMN_TYPE} prints it, lower case:
 *                      {@code decimal(10,2) unsigned}, {@code varchar(64)}, {@code enum('a','b')}
 * @param length        character or byte length (CHAR/VARCHAR/BINARY/VARBINARY/BIT), else null
 * @param precision     DECIMAL precision, or fractional-seconds precision of temporal types, else null
 * @param scale         DECIMAL scale, else null
 * @param unsigned      UNSIGNED numeric type
 * @param nullable      NULL allowed
 * @param defaultValue  the DEFAULT expression as written (a literal without quotes, or e.g. {@code current_timestamp()}),
 *                      null when there is none or the default is NULL; see {@code hasDefault}
 * @param hasDefault    a DEFAULT clause exists (DEFAULT NULL counts)
 * @param autoIncrement AUTO_INCREMENT
 * @param charset       character set of a string column, else null
 * @param collation     collation of a string column, else null
 * @param elements      ENUM/SET elements in order, else empty
 * @param generated     a generated (virtual or stored) column; it is never written by DML
 */
public record ColumnDef(String name, String dataType, String columnType, Integer length, Integer precision,
                        Integer scale, boolean unsigned, boolean nullable, String defaultValue, boolean hasDefault,
                        boolean autoIncrement, String charset, String collation, List<String> elements,
                        boolean generated) {
    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(columnType, "columnType");
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    /** A nullable column of a simple type; handy for tests and for types with no attributes. */
    public static ColumnDef of(String name, String columnType) {
        String base = columnType.replaceAll("[(\\s].*$", "").toLowerCase(java.util.Locale.ROOT);
        return new ColumnDef(name, base, columnType.toLowerCase(java.util.Locale.ROOT), null, null, null,
                columnType.toLowerCase(java.util.Locale.ROOT).contains("unsigned"), true, null, false, false,
                null, null, List.of(), false);
    }
}
