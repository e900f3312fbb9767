package io.dmconnect.sink.tidb.dml;

/** Where {@link Causality} puts a change: on a worker, or nowhere until every worker has drained. */
public sealed interface Assignment permits Assignment.Worker, Assignment.Conflict {
    /** Apply the change on worker {@code index} (0-based), after the changes already queued there. */
    record Worker(int index) implements Assignment {
    }

    /**
     * The change shares {@code key} with changes queued on worker {@code heldBy}, but belongs to worker
     * {@code wanted}. Drain every worker, call {@link Causality#reset()}, then assign the change again.
     */
    record Conflict(String key, int heldBy, int wanted) implements Assignment {
    }
}
