package io.dmconnect.common.ddl;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import java.util.ArrayList;
import java.util.List;

/** Index-list rules shared by CREATE and ALTER: MySQL's names for unnamed keys, PRIMARY first, FK indexes. */
final class Indexes {
    private Indexes() {
    }

    /** {@code base}, or {@code base_2}, {@code base_3}, ... whichever is free (names compare case-insensitively). */
    static String uniqueName(String base, List<IndexDef> existing) {
        if (find(existing, base) < 0 && !base.equalsIgnoreCase("PRIMARY")) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "_" + i;
            if (find(existing, candidate) < 0) {
                return candidate;
            }
        }
    }

    static int find(List<IndexDef> indexes, String name) {
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    static boolean hasPrimary(List<IndexDef> indexes) {
        return indexes.stream().anyMatch(i -> i.kind() == IndexDef.Kind.PRIMARY);
    }

    /**
     * Adds an index to the list: an unnamed one is named after its first column, PRIMARY goes first. Fails on a
     * second primary key, a taken name or an unknown column.
     */
    static List<IndexDef> add(List<IndexDef> indexes, IndexDef index, List<ColumnDef> columns) {
        for (String column : index.columns()) {
            if (!isExpression(column) && columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(column))) {
                throw new SchemaConflict(DdlApplyException.Reason.UNKNOWN_COLUMN,
                        "key column '" + column + "' does not exist");
            }
        }
        List<IndexDef> result = new ArrayList<>(indexes);
        if (index.kind() == IndexDef.Kind.PRIMARY) {
            if (hasPrimary(indexes)) {
                throw new SchemaConflict(DdlApplyException.Reason.MULTIPLE_PRIMARY_KEY,
                        "the table already has a primary key");
            }
            result.add(0, new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, canonicalNames(index.columns(), columns)));
            return result;
        }
        String name = index.name().isEmpty() ? uniqueName(baseName(index), indexes) : index.name();
        if (find(indexes, name) >= 0) {
            throw new SchemaConflict(DdlApplyException.Reason.DUPLICATE_KEY, "duplicate key name '" + name + "'");
        }
        result.add(new IndexDef(name, index.kind(), canonicalNames(index.columns(), columns)));
        return result;
    }

    private static String baseName(IndexDef index) {
        String first = index.columns().isEmpty() ? "key" : index.columns().get(0);
        return isExpression(first) ? "functional_index" : first;
    }

    /** Key columns spelled as the column is declared (MySQL resolves names case-insensitively). */
    private static List<String> canonicalNames(List<String> keyColumns, List<ColumnDef> columns) {
        List<String> names = new ArrayList<>();
        for (String k : keyColumns) {
            names.add(columns.stream().filter(c -> c.name().equalsIgnoreCase(k)).map(ColumnDef::name).findFirst()
                    .orElse(k));
        }
        return names;
    }

    /** A functional key part, kept as its expression text. */
    static boolean isExpression(String keyColumn) {
        return keyColumn.indexOf('(') >= 0 || keyColumn.indexOf(' ') >= 0;
    }

    /**
     * The index InnoDB creates for a foreign key when no index starts with its columns; named after the CONSTRAINT
     * symbol, else the index name written after FOREIGN KEY, else the first column.
     */
    static List<IndexDef> withForeignKeyIndex(List<IndexDef> indexes, ForeignKey fk, List<ColumnDef> columns) {
        for (IndexDef index : indexes) {
            if (startsWith(index.columns(), fk.columns())) {
                return indexes;
            }
        }
        String name = fk.name() != null ? fk.name() : fk.indexName() != null ? fk.indexName()
                : uniqueName(fk.columns().get(0), indexes);
        return add(indexes, new IndexDef(name, IndexDef.Kind.INDEX, fk.columns()), columns);
    }

    private static boolean startsWith(List<String> indexColumns, List<String> prefix) {
        if (indexColumns.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!indexColumns.get(i).equalsIgnoreCase(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }
}
