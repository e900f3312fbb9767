package io.dmconnect.bench;

import io.dmconnect.harness.MariaDbServer;

/**
 * How far a Connect leg's downstream is, probed cheaply. {@code COUNT(*)} of a million-row table is a full index
 * scan that would cost the downstream (sharing the machine with the leg) CPU at every probe; the server's
 * {@code Handler_write} counter (rows written to tables other than internal temporary ones) is free. The downstream
 * is the leg's own and only its sink writes to it, and every row of the table was written at least once, so the
 * table cannot be complete before the counter has grown by the row count: only then is {@code COUNT(*)} asked.
 */
final class DownstreamProgress {
    private final MariaDbServer downstream;
    private final long rows;
    private final long insertedBefore;

    /** Reads the counter's baseline: call before the leg starts. */
    DownstreamProgress(MariaDbServer downstream, long rows) {
        this.downstream = downstream;
        this.rows = rows;
        this.insertedBefore = rowsInserted();
    }

    /** Rows inserted into the downstream since the leg began (checkpoint rows included). */
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
        return Long.parseLong(downstream.query("SHOW GLOBAL STATUS LIKE 'Handler_write'").get(0).get(1));
    }
}
