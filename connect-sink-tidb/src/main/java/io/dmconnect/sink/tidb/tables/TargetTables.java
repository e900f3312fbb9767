package io.dmconnect.sink.tidb.tables;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.CreateTableParser;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.schema.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The downstream tables' schemas, read with SHOW CREATE TABLE the first time a table is written and cached until
 * a DDL touches it: DML is built for the table as it is downstream (its keys decide the row identity).
 */
public final class TargetTables {
    private final CreateTableParser parser;
    private final Map<TableId, TableSchema> cache = new ConcurrentHashMap<>();

    public TargetTables(ServerFlavor flavor) {
        this.parser = new CreateTableParser(flavor);
    }

    /** The table's schema, or empty when it does not exist downstream. */
    public Optional<TableSchema> get(Connection c, TableId table) throws SQLException {
        TableSchema cached = cache.get(table);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + table.quoted())) {
            if (!rs.next()) {
                return Optional.empty();
            }
            TableSchema schema = parser.parse(rs.getString(2), table);
            cache.put(table, schema);
            return Optional.of(schema);
        } catch (SQLException e) {
            if (e.getErrorCode() == 1146 || e.getErrorCode() == 1049) { // no such table / database
                return Optional.empty();
            }
            throw e;
        }
    }

    public void invalidate(TableId table) {
        cache.remove(table);
    }

    public void invalidateAll() {
        cache.clear();
    }
}
