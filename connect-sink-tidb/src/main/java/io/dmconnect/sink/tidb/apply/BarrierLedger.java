package io.dmconnect.sink.tidb.apply;

import org.apache.kafka.common.TopicPartition;

/**
 * Where the copies of one DDL meet, whichever tasks (or workers) read the partitions that carry them. The source
 * writes a DDL record to every partition of the table's topic; the DDL may run only once every partition has
 * applied the rows before its copy, and only once. A task cannot see its neighbours' partitions, so the meeting
 * point lives downstream, beside the checkpoints.
 */
public interface BarrierLedger extends AutoCloseable {
    /** Records that {@code tp} reached the DDL {@code key} (idempotent). */
    void arrive(String key, TopicPartition tp);

    /** How many partitions have reached the DDL {@code key}. */
    int arrivals(String key);

    /**
     * True when the caller should run the DDL: it claimed it first, or it is the claimant coming back after a
     * restart before the DDL was marked done (replaying it is harmless: "already done" errors count as success).
     */
    boolean claim(String key, TopicPartition claimant);

    /** The DDL ran: every copy may pass. */
    void done(String key);

    boolean isDone(String key);

    @Override
    default void close() {
    }
}
