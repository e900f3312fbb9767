package io.dmconnect.common.ddl;

import io.dmconnect.common.schema.ColumnDef;
import java.util.List;

/**
 * Completes a column as written into the column the server stores: a character column inherits the table's
 * charset and collation (an explicit charset brings its default collation; {@code BINARY} its {@code _bin}
 * collation), {@code CHARACTER SET binary} turns CHAR/VARCHAR/TEXT into BINARY/VARBINARY/BLOB, TEXT(M) and BLOB(M)
 * become the smallest type holding M characters or bytes, a primary-key column is NOT NULL, and a nullable column
 * without a DEFAULT clause has DEFAULT NULL (as SHOW CREATE TABLE prints it).
 */
final class ColumnResolver {
    private ColumnResolver() {
    }

    static ColumnDef resolve(ColumnDef col, String tableCharset, String tableCollation, ServerFlavor flavor,
                             boolean inPrimaryKey) {
        String dataType = col.dataType();
        String columnType = col.columnType();
        Integer length = col.length();
        String charset = null;
        String collation = null;
        if (ColumnType.hasCharset(dataType)) {
            charset = col.charset() != null ? col.charset() : tableCharset;
            collation = collation(col, charset, tableCollation, flavor);
            if ("binary".equals(charset)) {
                String binaryType = binaryTypeOf(dataType);
                if (binaryType != null) {
                    dataType = binaryType;
                    columnType = length == null || dataType.endsWith("blob") ? dataType
                            : dataType + "(" + length + ")";
                    charset = null;
                    collation = null;
                }
            }
        } else if (ColumnType.family(dataType) == ColumnType.Family.JSON) {
            charset = col.charset();
            collation = col.collation();
        }
        if (length != null && ColumnType.TEXT_SIZES.contains(dataType)) {
            dataType = sized(ColumnType.TEXT_SIZES, (long) length * Charsets.maxBytesPerChar(charset));
            columnType = dataType;
            length = null;
        } else if (length != null && ColumnType.BLOB_SIZES.contains(dataType)) {
            dataType = sized(ColumnType.BLOB_SIZES, length);
            columnType = dataType;
            length = null;
        }
        boolean nullable = col.nullable() && !inPrimaryKey;
        boolean impliedNull = nullable && !col.hasDefault() && !col.autoIncrement() && !col.generated();
        // DEFAULT NULL cannot survive on a column that became NOT NULL (it joined the primary key)
        boolean keptDefault = col.hasDefault() && (nullable || col.defaultValue() != null);
        boolean hasDefault = !col.generated() && (keptDefault || impliedNull);
        return new ColumnDef(col.name(), dataType, columnType, length, col.precision(), col.scale(), col.unsigned(),
                nullable, hasDefault ? col.defaultValue() : null, hasDefault, col.autoIncrement(), charset,
                collation, col.elements(), col.generated());
    }

    private static String collation(ColumnDef col, String charset, String tableCollation, ServerFlavor flavor) {
        if (charset == null) {
            return null;
        }
        String written = col.collation();
        if (written == null) {
            return col.charset() == null ? tableCollation : flavor.defaultCollation(charset);
        }
        if (written.equals("_bin")) {
            return charset.equals("binary") ? "binary" : charset + "_bin";
        }
        return written;
    }

    private static String binaryTypeOf(String dataType) {
        return switch (dataType) {
            case "char" -> "binary";
            case "varchar" -> "varbinary";
            case "tinytext" -> "tinyblob";
            case "text" -> "blob";
            case "mediumtext" -> "mediumblob";
            case "longtext" -> "longblob";
            default -> null;
        };
    }

    /** The smallest of the four sizes holding {@code bytes}. */
    static String sized(List<String> sizes, long bytes) {
        for (int i = 0; i < sizes.size(); i++) {
            if (bytes <= ColumnType.SIZE_BYTES[i]) {
                return sizes.get(i);
            }
        }
        return sizes.get(sizes.size() - 1);
    }

    /** CONVERT TO CHARACTER SET for one column: resizes TEXT so it still holds as many characters. */
    static ColumnDef convert(ColumnDef col, String charset, String collation) {
        if (!ColumnType.hasCharset(col.dataType())) {
            return col;
        }
        if ("binary".equals(charset)) {
            String binaryType = binaryTypeOf(col.dataType());
            if (binaryType != null) {
                String columnType = col.length() == null || binaryType.endsWith("blob") ? binaryType
                        : binaryType + "(" + col.length() + ")";
                return new ColumnDef(col.name(), binaryType, columnType, col.length(), null, null, false,
                        col.nullable(), col.defaultValue(), col.hasDefault(), false, null, null, List.of(),
                        col.generated());
            }
        }
        String dataType = col.dataType();
        int index = ColumnType.TEXT_SIZES.indexOf(dataType);
        if (index >= 0 && index < ColumnType.TEXT_SIZES.size() - 1) {
            long chars = ColumnType.SIZE_BYTES[index] / Charsets.maxBytesPerChar(col.charset());
            String needed = sized(ColumnType.TEXT_SIZES, chars * Charsets.maxBytesPerChar(charset));
            dataType = ColumnType.TEXT_SIZES.indexOf(needed) > index ? needed : dataType;
        }
        String columnType = dataType.equals(col.dataType()) ? col.columnType() : dataType;
        return new ColumnDef(col.name(), dataType, columnType, col.length(), col.precision(), col.scale(),
                col.unsigned(), col.nullable(), col.defaultValue(), col.hasDefault(), col.autoIncrement(), charset,
                collation, col.elements(), col.generated());
    }
}
