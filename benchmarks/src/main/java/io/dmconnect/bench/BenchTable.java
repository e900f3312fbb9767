package io.dmconnect.bench;

/**
 * The table every workload writes (the peer baseline's orders table, with keys the workload chooses), and the
 * queries that compare it upstream and downstream.
 */
public final class BenchTable {
    public static final String SCHEMA = "bench";

    private BenchTable() {
    }

    /** The same DDL upstream and, pre-created, in both downstreams. */
    public static String createTable(String table) {
        return "CREATE TABLE " + SCHEMA + "." + table + " (id BIGINT NOT NULL PRIMARY KEY, customer_id INT NOT NULL, "
                + "amount DECIMAL(12,2) NOT NULL, status VARCHAR(16) NOT NULL, note VARCHAR(64), "
                + "created_at DATETIME(6) NOT NULL)";
    }

    /**
     * Rows {@code firstId .. firstId + count - 1} in one statement. MariaDB's SEQUENCE engine makes them on the
     * server, so the client sends one short statement per transaction and the upstream is never the bottleneck.
     */
    public static String insertSelect(String table, long firstId, int count) {
        String id = "(" + (firstId - 1) + " + seq)";
        return "INSERT INTO " + SCHEMA + "." + table + " (id, customer_id, amount, status, note, created_at) SELECT "
                + id + ", " + id + " % 9973, (" + id + " * 37 % 100000) / 100, "
                + "ELT(1 + " + id + " % 4, 'new', 'paid', 'shipped', 'closed'), CONCAT('order ', " + id + "), "
                + "TIMESTAMP'2026-01-01 00:00:00' + INTERVAL (" + id + " * 1000003) MICROSECOND "
                + "FROM " + SCHEMA + ".seq_1_to_" + count;
    }

    /** Cheap progress probe: a count is an index scan, the checksum a full read. */
    public static String countRows(String table) {
        return "SELECT COUNT(*) FROM " + SCHEMA + "." + table;
    }

    /**
     * Every column of every row folded into one line: COUNT, SUMs and BIT_XOR of a CRC32 per row. NULL notes are
     * spelled out so that NULL and '' differ.
     */
    public static String checksum(String table) {
        return "SELECT COUNT(*), COALESCE(SUM(customer_id), 0), COALESCE(SUM(amount), 0), "
                + "COALESCE(BIT_XOR(CRC32(CONCAT_WS('|', id, customer_id, amount, status, IFNULL(note, '<null>'), "
                + "created_at))), 0) FROM " + SCHEMA + "." + table;
    }
}
