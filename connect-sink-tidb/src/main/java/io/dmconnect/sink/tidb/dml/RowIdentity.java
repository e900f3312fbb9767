package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The columns and values that find one row downstream, chosen as DM's {@code getWhereIdxByData} does, in order:
 * <ol>
 *   <li>the downstream primary key;</li>
 *   <li>else the first unique key whose columns are all NOT NULL;</li>
 *   <li>else the first unique key (declaration order) whose values are all non-NULL in this image;</li>
 *   <li>else all columns the image carries (generated ones included), compared NULL-safely.</li>
 * </ol>
 * A key must be carried completely by the image to be used. Keys compare with {@code =} (a NULL value, which a
 * key should never hold, is compared with {@code <=>}); the all-columns fallback compares every column with
 * {@code <=>}, as a row without a usable key may hold NULLs and may even have identical twins downstream.
 *
 * @param values the image's values of {@code columns}, in order; may contain NULLs
 */
public record RowIdentity(Kind kind, List<ColumnDef> columns, List<Object> values) {
    /** Which rule chose the columns. Every kind but {@code ALL_COLUMNS} names at most one row. */
    public enum Kind { PRIMARY_KEY, UNIQUE_NOT_NULL, UNIQUE_NON_NULL_VALUES, ALL_COLUMNS }

    public RowIdentity {
        columns = List.copyOf(columns);
        values = Collections.unmodifiableList(new ArrayList<>(values));
        if (columns.isEmpty() || columns.size() != values.size()) {
            throw new IllegalArgumentException("an identity needs one value per column, at least one column");
        }
    }

    /**
     * The identity of {@code image} (the before image of an UPDATE or DELETE, the after image of an INSERT).
     *
     * @throws IllegalArgumentException when the image carries no column of the table
     */
    public static RowIdentity of(TableSchema schema, Map<String, Object> image) {
        TableLayout layout = TableLayout.of(schema);
        TableLayout.Key identity = layout.identityKey();
        if (identity != null && TableLayout.covers(identity, image)) {
            return fromKey(identity, image);
        }
        for (TableLayout.Key key : layout.uniqueKeys()) {
            if (TableLayout.covers(key, image) && nonNull(key, image)) {
                return fromKey(key, image);
            }
        }
        List<ColumnDef> all = layout.present(image, true);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the row carries no column of " + schema.id() + ": " + image.keySet());
        }
        return new RowIdentity(Kind.ALL_COLUMNS, all, valuesOf(all, image));
    }

    /** Whether the identity names at most one row (a key), so it may be merged into an IN list. */
    public boolean unique() {
        return kind != Kind.ALL_COLUMNS;
    }

    /** Whether column {@code i} is compared with {@code <=>} rather than {@code =}. */
    public boolean nullSafe(int i) {
        return kind == Kind.ALL_COLUMNS || values.get(i) == null;
    }

    /** Whether any column is compared with {@code <=>}. */
    public boolean anyNullSafe() {
        for (int i = 0; i < columns.size(); i++) {
            if (nullSafe(i)) {
                return true;
            }
        }
        return false;
    }

    /** Appends {@code `a` = ? AND `b` <=> ?} and its parameters. */
    void appendCondition(StringBuilder sql, List<Object> params) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(" AND ");
            }
            sql.append(TableId.quote(columns.get(i).name())).append(nullSafe(i) ? " <=> ?" : " = ?");
            params.add(values.get(i));
        }
    }

    /** Same columns (case-insensitively) in the same order. */
    boolean sameColumns(RowIdentity other) {
        if (other.columns.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).name().equalsIgnoreCase(other.columns.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    /** Exact text of the values: equal exactly when the values are equal (compaction's row key). */
    String exactKey() {
        StringBuilder key = new StringBuilder(16 * values.size());
        for (Object v : values) {
            ValueKeys.appendExact(key, v);
        }
        return key.toString();
    }

    /** The causality key of this identity: the key of its index, or the whole-row key of the fallback. */
    String looseKey(TableId table) {
        return unique() ? CausalityKeys.indexKey(table, columns, values) : CausalityKeys.rowKey(table, columns, values);
    }

    private static RowIdentity fromKey(TableLayout.Key key, Map<String, Object> image) {
        Kind kind = key.primary() ? Kind.PRIMARY_KEY : key.notNull() ? Kind.UNIQUE_NOT_NULL
                : Kind.UNIQUE_NON_NULL_VALUES;
        return new RowIdentity(kind, key.columns(), valuesOf(key.columns(), image));
    }

    private static boolean nonNull(TableLayout.Key key, Map<String, Object> image) {
        for (ColumnDef c : key.columns()) {
            if (TableLayout.value(image, c.name()) == null) {
                return false;
            }
        }
        return true;
    }

    static List<Object> valuesOf(List<ColumnDef> columns, Map<String, Object> image) {
        List<Object> values = new ArrayList<>(columns.size());
        for (ColumnDef c : columns) {
            values.add(TableLayout.value(image, c.name()));
        }
        return values;
    }
}
