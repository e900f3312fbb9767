package io.dmconnect.bench;

import io.dmconnect.harness.MariaDbServer;

/**
 * How far a Connect leg's downstream is, probed cheaply. {@code COUNT(*)} of a million-row table is a full index
 * scan that would cost the downstream (sharing the machine with the leg) CPU at every probe; MariaDB's per-table
 * statistics ({@code userstat}, {@code information_schema.TABLE_STATISTICS.ROWS_CHANGED}) are free. Every row of the
 * table was written at least once, so the table cannot be complete before the table's counter has grown by the row
 * count: only then is {@code COUNT(*)} asked. The counter is the table's alone: the server-wide
 * {@code Handler_write} used before also counted the dm-connect sink's checkpoint rows, which opened the
 * {@code COUNT(*)} probes early for dm-connect only (one full scan every probe interval over the last seconds).
 */
final class DownstreamProgress {
    private final MariaDbServer downstream;
    private final long rows;
    private final long insertedBefore;

    /** Reads the counter's baseline: call before the leg starts. */
    DownstreamProgress(MariaDbServer downstream, long rows) {
        this.downstream = downstream;
        this.rows = rows;
        downstream.execute("SET GLOBAL userstat = 1");
        this.insertedBefore = rowsInserted();
    }

    /** Rows written into the leg's table since the leg began. */
    long inserted() {
        return rowsInserted() - insertedBefore;
    }

    /** True when the table holds every row. */
    boolean complete() {
        return isComplete(inserted(), rows, () -> Long.parseLong(downstream.queryValue(SbTable.countRows())));
    }

    /** The gate: count only once enough rows were inserted; complete when the count is the upstream's. */
    static boolean isComplete(long inserted, long rows, java.util.function.LongSupplier count) {
        return inserted >= rows && count.getAsLong() == rows;
    }

    private long rowsInserted() {
        return Long.parseLong(downstream.queryValue("SELECT COALESCE(SUM(ROWS_CHANGED), 0) FROM "
                + "information_schema.TABLE_STATISTICS WHERE TABLE_SCHEMA = '" + SbTable.SCHEMA + "' AND TABLE_NAME = '"
                + SbTable.TABLE + "'"));
    }
}
