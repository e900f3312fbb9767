package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row change to apply downstream: the target table, the operation, the row images and the target table's
 * schema (its columns and keys decide the WHERE identity, the written columns and the causality keys).
 *
 * <p>Images map column names to MySQL values (null, Long, BigInteger, BigDecimal, Double, Boolean, String, byte[])
 * in the table's column order. INSERT has only {@code after}, DELETE only {@code before}, UPDATE both. Values of
 * columns the target table does not have are ignored; generated columns of the target are never written.
 * {@code seq} is the caller's ordering token, carried through untouched.
 */
public record RowChange(TableId table, Op op, Map<String, Object> before, Map<String, Object> after,
                        TableSchema schema, long seq) {
    /** The row operation, as the binlog's rows events. */
    public enum Op { INSERT, UPDATE, DELETE }

    public RowChange {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(schema, "schema");
        before = frozen(before);
        after = frozen(after);
        if (op != Op.INSERT && before.isEmpty()) {
            throw new IllegalArgumentException(op + " of " + table + " needs a before image");
        }
        if (op != Op.DELETE && after.isEmpty()) {
            throw new IllegalArgumentException(op + " of " + table + " needs an after image");
        }
    }

    public static RowChange insert(TableSchema schema, Map<String, Object> after, long seq) {
        return new RowChange(schema.id(), Op.INSERT, Map.of(), after, schema, seq);
    }

    public static RowChange update(TableSchema schema, Map<String, Object> before, Map<String, Object> after,
            long seq) {
        return new RowChange(schema.id(), Op.UPDATE, before, after, schema, seq);
    }

    public static RowChange delete(TableSchema schema, Map<String, Object> before, long seq) {
        return new RowChange(schema.id(), Op.DELETE, before, Map.of(), schema, seq);
    }

    /**
     * DM's {@code IsIdentityUpdated}: an UPDATE whose values of the table's PK / NOT NULL unique key differ
     * between the images; for a table without such a key, an UPDATE that changes any value.
     */
    public boolean identityUpdated() {
        return op == Op.UPDATE && TableLayout.of(schema).identityUpdated(before, after);
    }

    /**
     * DM's {@code IsPrimaryOrUniqueKeyUpdated}: {@link #identityUpdated()}, or an UPDATE that changes the values
     * of any other unique key. In safe mode such an UPDATE becomes DELETE + REPLACE instead of a lone REPLACE.
     */
    public boolean uniqueKeyUpdated() {
        return op == Op.UPDATE && TableLayout.of(schema).uniqueKeyUpdated(before, after);
    }

    /** The image that names the row now: {@code after}, or {@code before} for a DELETE. */
    public Map<String, Object> current() {
        return op == Op.DELETE ? before : after;
    }

    /** The same change with another before image; the operation follows the images (DM's {@code Reduce}). */
    RowChange withBefore(Map<String, Object> newBefore) {
        Op newOp = newBefore.isEmpty() ? Op.INSERT : after.isEmpty() ? Op.DELETE : Op.UPDATE;
        return new RowChange(table, newOp, newBefore, after, schema, seq);
    }

    /** The DELETE of the before image and the INSERT of the after image of an UPDATE (DM's {@code SplitUpdate}). */
    RowChange[] split() {
        return new RowChange[] {
            new RowChange(table, Op.DELETE, before, Map.of(), schema, seq),
            new RowChange(table, Op.INSERT, Map.of(), after, schema, seq)};
    }

    private static Map<String, Object> frozen(Map<String, Object> image) {
        if (image == null || image.isEmpty()) {
            return Map.of();
        }
        // LinkedHashMap keeps the column order and allows NULL values, which Map.copyOf does not
        return Collections.unmodifiableMap(new LinkedHashMap<>(image));
    }

    @Override
    public String toString() {
        return op + " " + table + " before=" + before + " after=" + after + " seq=" + seq;
    }
}
