package io.dmconnect.sink.tidb.error;

/**
 * What the sink does about a failed downstream statement. {@link ErrorClassifier} picks one per failure; the apply
 * pipeline acts on it. Every class states the effect users read in docs/errors.md.
 */
public enum ErrorClass {
    /** Transient (deadlock, write conflict, TiKV busy, ...): the rolled-back batch is simply run again. */
    RETRY("Roll back and run the same batch again after the backoff (DM's statement retry: 3 s apart, at most "
            + "100 attempts); when the attempts run out the task fails with DMC-SINK-1001."),
    /** The transaction is too large for the downstream: smaller transactions will pass. */
    SPLIT_AND_RETRY("Roll back, split the batch in halves and apply each half on its own; a single row that is "
            + "still too large fails the task with DMC-SINK-1002."),
    /** The row itself is unacceptable (duplicate key, value too long, incorrect value, ...). */
    RECORD("Roll back, apply the batch row by row and report each failing row to the dead-letter queue through "
            + "Connect's errant record reporter while the task continues; without a dead-letter queue "
            + "(errors.tolerance=none) the task fails with DMC-SINK-1003."),
    /**
     * The connection broke after statements were sent: whether the transaction committed is unknown, so it may be
     * redone only idempotently.
     */
    RETRY_IF_IDEMPOTENT("Reconnect and redo the batch in safe mode (INSERT as REPLACE, UPDATE as DELETE + REPLACE), "
            + "which is harmless whether or not the lost transaction committed; this is what DM's resume does. A "
            + "DDL that cannot be repeated safely fails the task with DMC-SINK-2007."),
    /** Retrying cannot help. */
    FATAL("The task fails with the error (DMC-SINK-1004 for rows; DMC-SINK-2001/2002 for DDL, naming the statement "
            + "and how to skip or replace it); fix the cause and restart the task."),
    /** A replayed DDL whose effect is already there (it ran before a restart). */
    IGNORABLE_DDL("Count the DDL as done and go on: its effect is already in place (DM's idempotent DDL list).");

    private final String effect;

    ErrorClass(String effect) {
        this.effect = effect;
    }

    /** What the sink does, for the error catalogue. */
    public String effect() {
        return effect;
    }

    /** The pause between attempts for the classes that try again, else null. */
    public Backoff backoff() {
        return this == RETRY || this == RETRY_IF_IDEMPOTENT ? Backoff.DM_STATEMENT : null;
    }
}
