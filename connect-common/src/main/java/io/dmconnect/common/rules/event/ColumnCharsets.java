package io.dmconnect.common.rules.event;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.Locale;

/**
 * The character set and collation of a column before and after a MODIFY/CHANGE COLUMN, as MySQL assigns them: an
 * explicit CHARACTER SET / COLLATE wins, a COLLATE alone implies its character set, BINARY means the {@code _bin}
 * collation, and a definition with neither takes the table's defaults. Types without a character set count as
 * {@code binary}. A value that cannot be known here (a character set without COLLATE gets the server's default
 * collation for it) is null, and null is never reported as a change.
 *
 * @param charset   lower case; {@code utf8} is spelt {@code utf8mb3}
 * @param collation lower case
 */
record ColumnCharsets(String charset, String collation) {
    private static final ColumnCharsets BINARY = new ColumnCharsets("binary", "binary");

    static ColumnCharsets tracked(ColumnDef column, ColumnType type) {
        if (!type.kind().hasCharset() || type.binary()) {
            return BINARY;
        }
        return new ColumnCharsets(charset(column.charset()), collation(column.collation()));
    }

    static ColumnCharsets modified(ColumnSpec spec, ColumnType type, TableSchema table) {
        if (!type.kind().hasCharset() || type.binary()) {
            return BINARY;
        }
        String explicitCharset = charset(spec.charset());
        String explicitCollation = collation(spec.collation());
        if (explicitCollation != null) {
            return new ColumnCharsets(explicitCharset != null ? explicitCharset : charsetOf(explicitCollation),
                    explicitCollation);
        }
        String charset = explicitCharset != null ? explicitCharset : charset(table.charset());
        if (spec.binaryAttribute()) {
            return new ColumnCharsets(charset, charset == null ? null : charset + "_bin");
        }
        return explicitCharset != null ? new ColumnCharsets(charset, null)
                : new ColumnCharsets(charset, collation(table.collation()));
    }

    boolean charsetDiffers(ColumnCharsets other) {
        return differs(charset, other.charset);
    }

    boolean collationDiffers(ColumnCharsets other) {
        return differs(collation, other.collation);
    }

    private static boolean differs(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    private static String charsetOf(String collation) {
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    private static String charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.equals("utf8") ? "utf8mb3" : lower;
    }

    private static String collation(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("utf8_") ? "utf8mb3_" + lower.substring("utf8_".length()) : lower;
    }
}
