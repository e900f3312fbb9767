package io.dmconnect.common.rules.expr;

import java.util.Objects;

/**
 * One expression filter rule (DM's {@code expression-filter.<name>}): the table it applies to, by exact name, and the
 * expression of the one kind of change it filters. INSERT has only {@code after} (the new row); DELETE only
 * {@code before} (the old row); UPDATE has {@code before} (update-old-value-expr) and/or {@code after}
 * (update-new-value-expr), and a missing side counts as TRUE.
 */
public record ExpressionRule(String name, String schema, String table, RowOp op, Expression before, Expression after) {
    public ExpressionRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(op, "op");
        boolean valid = switch (op) {
            case INSERT -> before == null && after != null;
            case DELETE -> before != null && after == null;
            case UPDATE -> before != null || after != null;
        };
        if (!valid) {
            throw new IllegalArgumentException("rule " + name + ": " + op + " takes "
                    + (op == RowOp.INSERT ? "only the after (new row) expression" : op == RowOp.DELETE
                    ? "only the before (old row) expression" : "an old and/or a new expression"));
        }
    }

    public static ExpressionRule insert(String name, String schema, String table, Expression expr) {
        return new ExpressionRule(name, schema, table, RowOp.INSERT, null, expr);
    }

    public static ExpressionRule update(String name, String schema, String table, Expression oldExpr, Expression newExpr) {
        return new ExpressionRule(name, schema, table, RowOp.UPDATE, oldExpr, newExpr);
    }

    public static ExpressionRule delete(String name, String schema, String table, Expression expr) {
        return new ExpressionRule(name, schema, table, RowOp.DELETE, expr, null);
    }
}
