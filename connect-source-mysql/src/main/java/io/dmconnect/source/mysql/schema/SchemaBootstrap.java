package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.CreateTableParser;
import io.dmconnect.common.ddl.SchemaCatalog;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.rules.ba.BlockAllowList;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.server.ServerConnection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Reads the captured tables' schemas from the server at a known binlog position, without locks: read the position,
 * read the schemas, read the position again; if a DDL may have run in between (the binlog moved past anything but
 * row changes), do it again. The schemas are then exactly those at the first position.
 */
public final class SchemaBootstrap {
    private static final int ATTEMPTS = 10;

    /** The schemas and the position they are valid at (with the server's executed GTID set then). */
    /**
     * The schemas, the position they are valid at (with the server's executed GTID set then), and each table's
     * {@code CREATE TABLE IF NOT EXISTS} statement (from SHOW CREATE TABLE, schema-qualified) for consumers that
     * must create the table downstream.
     */
    public record Result(SchemaCatalog catalog, BinlogPosition position, Map<TableId, String> createStatements) {
    }

    private SchemaBootstrap() {
    }

    public static Result read(ServerConnection server, BlockAllowList blockAllow, ServerFlavor flavor, boolean mariaDb) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, String> p1 = server.binlogStatus();
            String gtids = gtids(server, mariaDb);
            Map<TableId, String> statements = new java.util.LinkedHashMap<>();
            SchemaCatalog catalog = catalog(server, t -> blockAllow.decide(t).captured(), flavor, statements);
            Map<String, String> p2 = server.binlogStatus();
            if (p1.equals(p2) || onlyRowChangesBetween(server, p1, p2)) {
                return new Result(catalog, new BinlogPosition(p1.get("file"), Long.parseLong(p1.get("pos")), gtids, 0, 0, 0, 0),
                        statements);
            }
        }
        throw new ConnectException("could not read a consistent schema of " + server.description() + " in " + ATTEMPTS
                + " attempts: DDL keeps running. Start the connector when no DDL runs for a second.");
    }

    /** The databases and their default charsets (new tables inherit them), without tables. */
    public static SchemaCatalog databasesOnly(ServerConnection server) {
        SchemaCatalog catalog = SchemaCatalog.EMPTY;
        for (Map<String, String> db : server.query("SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME "
                + "FROM information_schema.SCHEMATA")) {
            catalog = catalog.withDatabase(new SchemaCatalog.DatabaseDef(db.get("SCHEMA_NAME"),
                    db.get("DEFAULT_CHARACTER_SET_NAME"), db.get("DEFAULT_COLLATION_NAME")));
        }
        return catalog;
    }

    /**
     * Tables captured now that {@code known} lacks (added to the block-allow list since the schemas were first
     * read), read from the server now, with their CREATE statements; added to {@code known}'s catalog.
     */
    public static Result added(ServerConnection server, BlockAllowList blockAllow, ServerFlavor flavor,
                               SchemaCatalog known, BinlogPosition at) {
        Map<TableId, String> statements = new java.util.LinkedHashMap<>();
        SchemaCatalog read = catalog(server, t -> blockAllow.decide(t).captured() && known.table(t).isEmpty(), flavor,
                statements);
        SchemaCatalog result = known;
        for (var t : read.tables().values()) {
            result = result.withTable(t);
        }
        return new Result(result, at, statements);
    }

    static SchemaCatalog catalog(ServerConnection server, java.util.function.Predicate<TableId> captured,
                                 ServerFlavor flavor, Map<TableId, String> statements) {
        SchemaCatalog catalog = databasesOnly(server);
        CreateTableParser parser = new CreateTableParser(flavor);
        for (Map<String, String> t : server.query("SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES "
                + "WHERE TABLE_TYPE = 'BASE TABLE'")) {
            TableId id = new TableId(t.get("TABLE_SCHEMA"), t.get("TABLE_NAME"));
            if (captured.test(id)) {
                String ddl = server.query("SHOW CREATE TABLE " + id.quoted()).get(0).get("Create Table");
                catalog = catalog.withTable(parser.parse(ddl, id));
                statements.put(id, ddl.replaceFirst("^CREATE TABLE `(?:[^`]|``)+`", "CREATE TABLE IF NOT EXISTS "
                        + java.util.regex.Matcher.quoteReplacement(id.quoted())));
            }
        }
        return catalog;
    }

    private static String gtids(ServerConnection server, boolean mariaDb) {
        String sql = mariaDb ? "SELECT @@GLOBAL.gtid_binlog_pos AS g" : "SELECT @@GLOBAL.gtid_executed AS g";
        try {
            String g = server.query(sql).get(0).get("g");
            return g == null ? "" : g.replace("\n", "");
        } catch (ConnectException e) {
            return ""; // GTIDs off on MySQL: positions alone
        }
    }

    /** True when every event between the two positions (same file) is a row change or its transaction framing. */
    private static boolean onlyRowChangesBetween(ServerConnection server, Map<String, String> p1, Map<String, String> p2) {
        if (!p1.get("file").equals(p2.get("file"))) {
            return false;
        }
        long end = Long.parseLong(p2.get("pos"));
        List<Map<String, String>> events = server.query("SHOW BINLOG EVENTS IN '" + p1.get("file").replace("'", "''")
                + "' FROM " + Long.parseLong(p1.get("pos")) + " LIMIT 10000");
        for (Map<String, String> e : events) {
            if (Long.parseLong(e.get("Pos")) >= end) {
                return true;
            }
            String type = e.get("Event_type");
            String info = String.valueOf(e.get("Info")).trim().toUpperCase(java.util.Locale.ROOT);
            if (type.equals("Query") && !(info.equals("BEGIN") || info.equals("COMMIT"))) {
                return false;
            }
        }
        return events.size() < 10000;
    }
}
