package io.dmconnect.common.schema;

import io.dmconnect.common.TableId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table's structure at one binlog position: what the schema tracker holds, what DDL records carry before and
 * after, and what the rules read (fine-grained DDL events, expression filters). Immutable.
 */
public record TableSchema(TableId id, List<ColumnDef> columns, List<IndexDef> indexes, String charset,
                          String collation, String engine, String comment) {
    public TableSchema {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
    }

    public static TableSchema of(TableId id, List<ColumnDef> columns, List<IndexDef> indexes) {
        return new TableSchema(id, columns, indexes, null, null, null, null);
    }

    /** Column by name, case-insensitively (MySQL column names are case-insensitive). */
    public Optional<ColumnDef> column(String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<IndexDef> primaryKey() {
        return indexes.stream().filter(i -> i.kind() == IndexDef.Kind.PRIMARY).findFirst();
    }

    /** Position of a column (0-based), or -1. */
    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(columnName)) {
                return i;
            }
        }
        return -1;
    }
}
