package io.dmconnect.common.rules.expr.eval;

import io.dmconnect.common.rules.expr.ExpressionException;
import java.time.ZoneId;
import java.util.Map;

/**
 * One row image as expressions read it: values looked up by column name (case-insensitively), normalized once and
 * kept, so several rules over the same row pay for each column once. Not thread-safe: one per row change.
 */
public final class RowView {
    private static final Object UNREAD = new Object();

    private final Map<String, Object> row;
    private final SchemaBinding schema;
    private final ZoneId zone;
    private final Object[] values;

    /**
     * @param schema null when the table's schema is unknown: values are then typed by their Java class only
     */
    public RowView(Map<String, Object> row, SchemaBinding schema, ZoneId zone) {
        this.row = row;
        this.schema = schema;
        this.zone = zone;
        this.values = new Object[schema == null ? 0 : schema.size()];
        java.util.Arrays.fill(values, UNREAD);
    }

    public SchemaBinding schema() {
        return schema;
    }

    /** The value of the column at a schema position. */
    Object value(int index) {
        Object v = values[index];
        if (v == UNREAD) {
            v = schema.normalize(index, raw(schema.name(index)), zone);
            values[index] = v;
        }
        return v;
    }

    /** The value of a column by name, without a schema. */
    Object value(String name) {
        return ValueNormalizer.byClass(raw(name), zone);
    }

    private Object raw(String name) {
        Object v = row.get(name);
        if (v != null || row.containsKey(name)) {
            return v;
        }
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        throw new ExpressionException(ExpressionException.Kind.UNKNOWN_COLUMN, "the row has no value for column '" + name
                + "'" + (schema == null ? " (and no table schema is known)" : " of " + schema.table()));
    }
}
