package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema tracker's view of the upstream at one binlog position: known databases (with the default charset a
 * new table inherits) and table schemas. Immutable; every change returns a new catalog. Names are matched exactly
 * (as the server spells them); with {@code lower_case_table_names=1} a caller lower-cases ids before use, e.g.
 * through {@link SingleDdl#renamed}.
 */
public record SchemaCatalog(Map<String, DatabaseDef> databases, Map<TableId, TableSchema> tables) {
    /** A database and its defaults; charset and collation null when unknown. */
    public record DatabaseDef(String name, String charset, String collation) {
        public DatabaseDef {
            Objects.requireNonNull(name, "name");
        }
    }

    public static final SchemaCatalog EMPTY = new SchemaCatalog(Map.of(), Map.of());

    public SchemaCatalog {
        databases = Map.copyOf(databases);
        tables = Map.copyOf(tables);
    }

    public Optional<TableSchema> table(TableId id) {
        return Optional.ofNullable(tables.get(id));
    }

    public Optional<DatabaseDef> database(String name) {
        return Optional.ofNullable(databases.get(name));
    }

    /** Adds or replaces the table (under its own id). */
    public SchemaCatalog withTable(TableSchema table) {
        Map<TableId, TableSchema> copy = new LinkedHashMap<>(tables);
        copy.put(table.id(), table);
        return new SchemaCatalog(databases, copy);
    }

    public SchemaCatalog withoutTable(TableId id) {
        if (!tables.containsKey(id)) {
            return this;
        }
        Map<TableId, TableSchema> copy = new LinkedHashMap<>(tables);
        copy.remove(id);
        return new SchemaCatalog(databases, copy);
    }

    public SchemaCatalog withDatabase(DatabaseDef database) {
        Map<String, DatabaseDef> copy = new LinkedHashMap<>(databases);
        copy.put(database.name(), database);
        return new SchemaCatalog(copy, tables);
    }

    /** Removes the database and every table in it. */
    public SchemaCatalog withoutDatabase(String name) {
        Map<String, DatabaseDef> dbs = new LinkedHashMap<>(databases);
        dbs.remove(name);
        Map<TableId, TableSchema> rest = new LinkedHashMap<>(tables);
        rest.keySet().removeIf(id -> id.schema().equals(name));
        return new SchemaCatalog(dbs, rest);
    }
}
