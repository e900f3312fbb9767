package io.dmconnect.cli;

import io.dmconnect.harness.DatabaseServer;
import java.util.List;

/** Reads the demo's row counts and checksums: the union of the shards (with extract columns) against the merged table. */
final class DemoChecksums {
    static final String MERGED = "shop.orders";

    private DemoChecksums() {
    }

    /** The merged table; {@code shards.get(i)} is shard i + 1. */
    static ChecksumDiff.Line merged(List<? extends DatabaseServer> shards, DatabaseServer downstream) {
        ChecksumDiff.Side up = new ChecksumDiff.Side(0, 0);
        for (int i = 0; i < shards.size(); i++) {
            int shard = i + 1;
            for (String table : DemoData.TABLES) {
                // the values the sink's extract rules give: orders_01 -> '01', shop_02 -> '02', up2 -> '2'
                String extract = "'" + table.substring(table.indexOf('_') + 1) + "', '0" + shard + "', '" + shard + "'";
                up = up.plus(side(shards.get(i), DemoData.schema(shard) + "." + table, extract));
            }
        }
        return new ChecksumDiff.Line(MERGED, up, side(downstream, MERGED, "c_table, c_schema, c_source"));
    }

    /** Rows of blocked tables that reached the merged table (their c_table is not a shard number): should be 0. */
    static long blockedRowsDownstream(DatabaseServer downstream) {
        return Long.parseLong(downstream.queryValue("SELECT COUNT(*) FROM " + MERGED + " WHERE c_table NOT REGEXP '^[0-9]+$'"));
    }

    /** COUNT(*) and the sum of every row's CRC32 (order-independent, and a duplicated row changes it). */
    static ChecksumDiff.Side side(DatabaseServer server, String table, String extractColumns) {
        List<String> row = server.query("SELECT COUNT(*), IFNULL(SUM(CRC32(CONCAT_WS('|', id, IFNULL(customer, 'NULL'), "
                + "IFNULL(amount, 'NULL'), IFNULL(status, 'NULL'), IFNULL(updated_at, 'NULL'), " + extractColumns + "))), 0) "
                + "FROM " + table).get(0);
        return new ChecksumDiff.Side(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)));
    }
}
