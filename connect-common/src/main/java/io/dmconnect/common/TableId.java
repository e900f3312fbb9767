package io.dmconnect.common;

import java.util.Objects;

/**
 * A table's schema (database) and name, exactly as the server spells them. Case folding is the rules' business
 * ({@code case.sensitive}), never this value's.
 */
public record TableId(String schema, String table) {
    public TableId {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table"); // "" for schema-level statements (CREATE DATABASE ...)
    }

    /** A schema-level id, for statements that name no table. */
    public static TableId schemaOnly(String schema) {
        return new TableId(schema, "");
    }

    public boolean isSchemaOnly() {
        return table.isEmpty();
    }

    /** {@code `db`.`t`} with backquotes doubled, ready for SQL. */
    public String quoted() {
        return isSchemaOnly() ? quote(schema) : quote(schema) + "." + quote(table);
    }

    public static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** {@code db.t} (or {@code db}), for messages and topic names. */
    @Override
    public String toString() {
        return isSchemaOnly() ? schema : schema + "." + table;
    }
}
