package io.dmconnect.sink.tidb.apply;

import java.util.function.LongSupplier;

/**
 * When the row changes the engine holds are applied. Applying every {@code put} at once makes each of the
 * {@code worker.count} connections commit a few rows (Connect hands over at most {@code max.poll.records} records)
 * and the downstream pays a commit and a checkpoint write per handful of rows. So rows are held until one worker has
 * {@code batch.size} of them (a full transaction, DM's batch) or the oldest has waited {@code batch.linger.ms}
 * (DM applies a worker's jobs as soon as no more are queued; the linger is the Connect equivalent of "no more now").
 * DDL, causality conflicts and offset commits apply what is held regardless. Not thread-safe.
 */
final class FlushTrigger {
    private final int batchSize;
    private final long lingerMs;
    private final LongSupplier clockMs;
    private long oldestMs = -1;
    private boolean full;

    FlushTrigger(int batchSize, long lingerMs, LongSupplier clockMs) {
        this.batchSize = batchSize;
        this.lingerMs = lingerMs;
        this.clockMs = clockMs;
    }

    /** A row change was queued on a worker that now holds {@code workerQueue} of them. */
    void queued(int workerQueue) {
        if (oldestMs < 0) {
            oldestMs = clockMs.getAsLong();
        }
        if (workerQueue >= batchSize) {
            full = true;
        }
    }

    /** Whether what is held should be applied now. */
    boolean due() {
        return full || oldestMs >= 0 && clockMs.getAsLong() - oldestMs >= lingerMs;
    }

    /** Milliseconds until the linger runs out (at least 1), or -1 when nothing is held. */
    long remainingMs() {
        if (oldestMs < 0) {
            return -1;
        }
        return Math.max(1, lingerMs - (clockMs.getAsLong() - oldestMs));
    }

    /** Applying what is held failed and will be retried: at the next put, whatever the linger says. */
    void failed() {
        full = true;
    }

    /** Everything held was applied. */
    void flushed() {
        oldestMs = -1;
        full = false;
    }
}
