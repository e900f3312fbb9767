package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the DML classes need from a target {@link TableSchema}, worked out once per schema instance: its unique
 * keys with their column definitions and DM's table-level identity key (PK, else the first unique key whose
 * columns are all NOT NULL). Immutable and thread-safe.
 */
final class TableLayout {
    /** A unique key resolved against the table's columns. */
    record Key(IndexDef index, List<ColumnDef> columns, boolean notNull) {
        boolean primary() {
            return index.kind() == IndexDef.Kind.PRIMARY;
        }
    }

    /** Marks a column the image does not carry (a carried column may be NULL). */
    static final Object ABSENT = new Object();

    private static final int CACHE_LIMIT = 4096;
    private static final Map<SchemaRef, TableLayout> CACHE = new ConcurrentHashMap<>();

    private final TableSchema schema;
    private final List<Key> uniqueKeys;
    private final Key identityKey;

    private TableLayout(TableSchema schema) {
        this.schema = schema;
        this.uniqueKeys = resolveUniqueKeys(schema);
        this.identityKey = uniqueKeys.stream().filter(Key::primary).findFirst()
                .orElseGet(() -> uniqueKeys.stream().filter(Key::notNull).findFirst().orElse(null));
    }

    /** The layout of a schema; schemas are immutable, so one layout per instance is enough. */
    static TableLayout of(TableSchema schema) {
        TableLayout layout = CACHE.get(new SchemaRef(schema));
        if (layout == null) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear(); // superseded schema versions are never asked for again
            }
            layout = new TableLayout(schema);
            CACHE.put(new SchemaRef(schema), layout);
        }
        return layout;
    }

    TableSchema schema() {
        return schema;
    }

    /** Unique keys (PRIMARY and UNIQUE) in declaration order; keys naming unknown columns are left out. */
    List<Key> uniqueKeys() {
        return uniqueKeys;
    }

    /** DM's {@code UniqueNotNullIdx}: the PK, else the first unique key with only NOT NULL columns, else null. */
    Key identityKey() {
        return identityKey;
    }

    /** The value of a column in an image, found case-insensitively as MySQL does, or {@link #ABSENT}. */
    static Object value(Map<String, Object> image, String column) {
        Object v = image.get(column);
        if (v != null || image.containsKey(column)) {
            return v;
        }
        for (Map.Entry<String, Object> e : image.entrySet()) {
            if (e.getKey().equalsIgnoreCase(column)) {
                return e.getValue();
            }
        }
        return ABSENT;
    }

    /** Columns the image carries, in table order; generated columns only when {@code withGenerated}. */
    List<ColumnDef> present(Map<String, Object> image, boolean withGenerated) {
        List<ColumnDef> present = new ArrayList<>(schema.columns().size());
        for (ColumnDef c : schema.columns()) {
            if ((withGenerated || !c.generated()) && value(image, c.name()) != ABSENT) {
                present.add(c);
            }
        }
        return present;
    }

    /** The columns an INSERT, REPLACE or UPDATE writes from this image: carried and not generated. */
    List<ColumnDef> written(Map<String, Object> image) {
        return present(image, false);
    }

    /** Whether the image carries every column of the key. */
    static boolean covers(Key key, Map<String, Object> image) {
        for (ColumnDef c : key.columns()) {
            if (value(image, c.name()) == ABSENT) {
                return false;
            }
        }
        return true;
    }

    boolean identityUpdated(Map<String, Object> before, Map<String, Object> after) {
        if (identityKey != null && covers(identityKey, before) && covers(identityKey, after)) {
            return changed(identityKey.columns(), before, after);
        }
        // DM compares the whole source row when the table has no PK / NOT NULL unique key, columns the target
        // lacks included: in safe mode a changed row must be deleted before its REPLACE, or it would get a twin
        if (before.size() != after.size()) {
            return true;
        }
        for (Map.Entry<String, Object> e : before.entrySet()) {
            if (!after.containsKey(e.getKey()) || !ValueKeys.same(e.getValue(), after.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    boolean uniqueKeyUpdated(Map<String, Object> before, Map<String, Object> after) {
        if (identityUpdated(before, after)) {
            return true;
        }
        for (Key key : uniqueKeys) {
            if (key == identityKey) {
                continue;
            }
            // a key only one image carries cannot be compared: assume it moved, DELETE + REPLACE is always safe
            if (!covers(key, before) || !covers(key, after) || changed(key.columns(), before, after)) {
                return true;
            }
        }
        return false;
    }

    private static boolean changed(List<ColumnDef> columns, Map<String, Object> before, Map<String, Object> after) {
        for (ColumnDef c : columns) {
            if (!ValueKeys.same(value(before, c.name()), value(after, c.name()))) {
                return true;
            }
        }
        return false;
    }

    private static List<Key> resolveUniqueKeys(TableSchema schema) {
        List<Key> keys = new ArrayList<>();
        for (IndexDef index : schema.indexes()) {
            if (!index.isUnique() || index.columns().isEmpty()) {
                continue;
            }
            List<ColumnDef> columns = new ArrayList<>(index.columns().size());
            boolean notNull = true;
            for (String name : index.columns()) {
                ColumnDef c = schema.column(name).orElse(null);
                if (c == null) {
                    columns = null; // an expression index or a stale definition: it cannot identify rows here
                    break;
                }
                columns.add(c);
                notNull &= !c.nullable();
            }
            if (columns != null) {
                // MySQL makes primary key columns NOT NULL whatever the column definition says
                keys.add(new Key(index, List.copyOf(columns), notNull || index.kind() == IndexDef.Kind.PRIMARY));
            }
        }
        return List.copyOf(keys);
    }

    /** Identity, not equality: records compare deeply, and hashing a whole schema per row would be wasteful. */
    private record SchemaRef(TableSchema schema) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SchemaRef r && r.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }
}
