package io.dmconnect.cli;

import io.dmconnect.harness.DatabaseServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The demo's sharded shop: on shard N the database {@code shop_0N} with {@code orders_01} and {@code orders_02}
 * (merged downstream into {@code shop.orders}) and {@code orders_archive}, which the block-allow list leaves behind.
 */
final class DemoData {
    static final List<String> TABLES = List.of("orders_01", "orders_02");
    static final String IGNORED_TABLE = "orders_archive";
    static final int ROWS_PER_TABLE = 1500;
    static final String COLUMNS = "id BIGINT NOT NULL, customer VARCHAR(32), amount DECIMAL(12,2), status VARCHAR(16), "
            + "updated_at DATETIME(6)";
    /** The merged table's extra columns: DM's extract columns, last, as strings. */
    static final String EXTRACT_COLUMNS = "c_table VARCHAR(8) NOT NULL, c_schema VARCHAR(8) NOT NULL, c_source VARCHAR(8) NOT NULL";
    private DemoData() {
    }

    static String schema(int shard) {
        return "shop_0" + shard;
    }

    static void createShard(DatabaseServer server, int shard) {
        String db = schema(shard);
        List<String> sql = new ArrayList<>(List.of("CREATE DATABASE " + db));
        for (String table : TABLES) {
            sql.add("CREATE TABLE " + db + "." + table + " (" + COLUMNS + ", PRIMARY KEY (id))");
        }
        sql.add("CREATE TABLE " + db + "." + IGNORED_TABLE + " (" + COLUMNS + ", PRIMARY KEY (id))");
        server.execute(sql.toArray(String[]::new));
    }

    /** A few thousand existing rows: what the snapshot copies. The ignored table gets rows too (they stay behind). */
    static void seed(DatabaseServer server, int shard) {
        String db = schema(shard);
        for (String table : TABLES) {
            insertRange(server, db + "." + table, 1, ROWS_PER_TABLE);
        }
        insertRange(server, db + "." + IGNORED_TABLE, 1, 200);
    }

    /**
     * The downstream: the merged table of sink-shard-merge.properties, the archive of sink-archive.properties and the
     * one-to-one copies sink-single.properties writes into, so every example in config/ works as shipped.
     */
    static void createDownstream(DatabaseServer server) {
        List<String> sql = new ArrayList<>(List.of("CREATE DATABASE shop", "CREATE DATABASE archive", "CREATE DATABASE shop_01",
                "CREATE TABLE shop.orders (" + COLUMNS + ", " + EXTRACT_COLUMNS + ", PRIMARY KEY (id, c_table, c_schema, c_source))",
                "CREATE TABLE archive.orders (" + COLUMNS + ", " + EXTRACT_COLUMNS + ", PRIMARY KEY (id, c_table, c_schema, c_source))"));
        for (String table : TABLES) {
            sql.add("CREATE TABLE shop_01." + table + " (" + COLUMNS + ", PRIMARY KEY (id))");
        }
        server.execute(sql.toArray(String[]::new));
    }

    static void insertRange(DatabaseServer server, String table, long from, long to) {
        StringBuilder values = new StringBuilder();
        for (long id = from; id <= to; id++) {
            values.append(id == from ? "" : ",").append(String.format(java.util.Locale.ROOT,
                    "(%d,'customer-%d',%d.%02d,'%s','2026-01-01 00:00:00' + INTERVAL %d SECOND)",
                    id, id % 97, id % 1000, id % 100, id % 3 == 0 ? "paid" : "new", id * 37));
        }
        server.execute("INSERT INTO " + table + " VALUES " + values);
    }

    /**
     * The live workload on one shard, one round every {@code pause} until {@code stop}: new orders, updates, deletes
     * and a primary-key change, in both tables. Ids above 1,000,000 are the ones the workload adds.
     */
    static int workload(DatabaseServer server, int shard, int rounds, Duration pause, AtomicBoolean stop) throws InterruptedException {
        String db = schema(shard);
        int done = 0;
        for (int round = 1; round <= rounds && !stop.get(); round++, done++) {
            for (String table : TABLES) {
                String t = db + "." + table;
                long base = 1_000_000L + round * 100L;
                insertRange(server, t, base, base + 19);
                server.execute(
                        "UPDATE " + t + " SET amount = amount + 1, status = 'shipped', updated_at = NOW(6) WHERE id % 41 = " + round,
                        "DELETE FROM " + t + " WHERE id % 53 = " + round + " AND id < 1000000",
                        // a primary-key change: the row moves to a new id (DELETE + INSERT downstream in safe mode)
                        "UPDATE " + t + " SET id = id + 5000000 WHERE id = " + (base + 7));
            }
            Thread.sleep(pause.toMillis());
        }
        return done;
    }
}
