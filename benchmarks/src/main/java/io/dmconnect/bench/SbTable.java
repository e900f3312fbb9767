package io.dmconnect.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The snapshot benchmark's table: sysbench's {@code sbtest1} (id INT auto-increment primary key, k INT with its
 * secondary index, c CHAR(120), pad CHAR(60)), filled like {@code sysbench oltp_common prepare} but by the server
 * itself: each statement is an {@code INSERT ... SELECT} over MariaDB's SEQUENCE engine, so the client sends a few
 * hundred short statements for a million rows. Values are deterministic functions of the id (the same data on every
 * run) in sysbench's formats: k in 1..rows, c ten and pad five dash-separated groups of 11 digits.
 */
public final class SbTable {
    public static final String SCHEMA = "sbtest";
    public static final String TABLE = "sbtest1";
    static final String QUALIFIED = SCHEMA + "." + TABLE;

    /** Multipliers of the digit groups: large odd numbers, so neighbouring ids differ in every group. */
    private static final long[] GROUP_MULTIPLIERS = {1_000_000_007L, 998_244_353L, 1_000_000_009L, 999_999_937L,
        1_000_003L, 7_919_000_003L, 2_147_483_647L, 3_000_000_019L, 5_000_000_029L, 9_999_999_967L};

    private SbTable() {
    }

    /** The table as sysbench leaves it: with the secondary index k_1. The downstreams are created this way. */
    public static String createTable() {
        return "CREATE TABLE " + QUALIFIED + " (" + columns() + ", PRIMARY KEY (id), KEY k_1 (k)) ENGINE=InnoDB";
    }

    /** Upstream before loading: sysbench creates k_1 after the rows ({@link #createIndex()}), which loads faster. */
    static String createTableWithoutIndex() {
        return "CREATE TABLE " + QUALIFIED + " (" + columns() + ", PRIMARY KEY (id)) ENGINE=InnoDB";
    }

    static String createIndex() {
        return "CREATE INDEX k_1 ON " + QUALIFIED + " (k)";
    }

    private static String columns() {
        return "id INT NOT NULL AUTO_INCREMENT, k INT NOT NULL DEFAULT 0, c CHAR(120) NOT NULL DEFAULT '', "
                + "pad CHAR(60) NOT NULL DEFAULT ''";
    }

    /** Statements that insert ids 1..rows, at most {@code statementRows} per statement (one transaction each). */
    static List<String> load(int rows, int statementRows) {
        List<String> statements = new ArrayList<>();
        for (long first = 1; first <= rows; first += statementRows) {
            statements.add(insertSelect(first, (int) Math.min(statementRows, rows - first + 1), rows));
        }
        return statements;
    }

    /** Rows {@code firstId .. firstId + count - 1} of a table of {@code tableRows} rows. */
    static String insertSelect(long firstId, int count, int tableRows) {
        return "INSERT INTO " + QUALIFIED + " (id, k, c, pad) SELECT id, 1 + (id * 2654435761) % " + tableRows + ", "
                + groups(10, 0) + ", " + groups(5, 1) + " FROM (SELECT " + (firstId - 1) + " + seq AS id FROM "
                + SCHEMA + ".seq_1_to_" + count + ") s";
    }

    /**
     * {@code count} groups of 11 digits joined by '-'. Group i multiplies the id by multiplier i; {@code salt} makes
     * pad's groups differ from c's.
     */
    private static String groups(int count, int salt) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long multiplier = GROUP_MULTIPLIERS[(i * 3 + salt) % GROUP_MULTIPLIERS.length];
            parts.add("LPAD((id * " + multiplier + " + " + (i + 11 * salt) + ") % 100000000000, 11, '0')");
        }
        return "CONCAT_WS('-', " + String.join(", ", parts) + ")";
    }

    /** Cheap progress probe: an index scan. */
    static String countRows() {
        return "SELECT COUNT(*) FROM " + QUALIFIED;
    }

    /** Every column of every row folded into one line: the count and a BIT_XOR of a CRC32 per row. */
    static String checksum() {
        return "SELECT COUNT(*), COALESCE(BIT_XOR(CRC32(CONCAT_WS('#', id, k, c, pad))), 0) FROM " + QUALIFIED;
    }
}
