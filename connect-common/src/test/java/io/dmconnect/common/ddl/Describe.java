package io.dmconnect.common.ddl;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.stream.Collectors;

/** Compact, readable forms of schema values, so table-driven tests can state whole schemas in one cell. */
final class Describe {
    private Describe() {
    }

    /** {@code name type [collation] [NOT NULL] [DEFAULT x] [AUTO_INCREMENT] [GENERATED]}. */
    static String column(ColumnDef c) {
        StringBuilder out = new StringBuilder(c.name()).append(' ').append(c.columnType());
        if (c.collation() != null) {
            out.append(' ').append(c.collation());
        }
        if (!c.nullable()) {
            out.append(" NOT NULL");
        }
        if (c.hasDefault()) {
            out.append(" DEFAULT ").append(c.defaultValue() == null ? "NULL" : "'" + c.defaultValue() + "'");
        }
        if (c.autoIncrement()) {
            out.append(" AUTO_INCREMENT");
        }
        if (c.generated()) {
            out.append(" GENERATED");
        }
        return out.toString();
    }

    /** {@code KIND name(a,b)}. */
    static String index(IndexDef i) {
        return i.kind() + " " + i.name() + "(" + String.join(",", i.columns()) + ")";
    }

    /** Columns then keys, if any: {@code a int(11) NOT NULL, b ... / PRIMARY PRIMARY(a), UNIQUE u(b)}. */
    static String table(TableSchema t) {
        String columns = t.columns().stream().map(Describe::column).collect(Collectors.joining(", "));
        return t.indexes().isEmpty() ? columns
                : columns + " / " + t.indexes().stream().map(Describe::index).collect(Collectors.joining(", "));
    }
}
