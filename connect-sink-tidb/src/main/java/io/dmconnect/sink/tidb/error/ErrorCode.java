package io.dmconnect.sink.tidb.error;

/**
 * dm-connect's own user-visible sink errors. Each has a stable code (never renumbered or reused), a message and a
 * workaround; docs/errors.md is generated from this enum. Codes 1xxx are about rows, 2xxx about DDL.
 */
public enum ErrorCode {
    RETRIES_EXHAUSTED(1001, Scope.DOWNSTREAM, "A transient downstream error persisted through every retry",
            "Check the downstream's health (TiKV/PD load, lock contention, long transactions), then restart the "
                    + "task: it resumes from its last checkpoint and replays idempotently."),
    TRANSACTION_TOO_LARGE(1002, Scope.DOWNSTREAM, "A single row change is larger than the downstream accepts in one "
            + "transaction or packet",
            "Raise TiDB's txn-total-size-limit / txn-entry-size-limit (MySQL: max_binlog_cache_size, "
                    + "max_allowed_packet), or route the row to the dead-letter queue with errors.tolerance=all."),
    ROW_REJECTED(1003, Scope.DOWNSTREAM, "The downstream rejected a row (duplicate key, value too long, incorrect "
            + "value, ...) and no dead-letter queue takes it",
            "Set errors.tolerance=all and errors.deadletterqueue.topic.name so rejected rows go to the dead-letter "
                    + "queue while the task continues, or fix the downstream table (column sizes, unique keys, "
                    + "sql_mode) and restart."),
    DOWNSTREAM_FAILED(1004, Scope.DOWNSTREAM, "A row change failed downstream with an error that retrying cannot fix",
            "Read the MySQL/TiDB error in the message, fix its cause downstream (privileges, a missing or different "
                    + "table) and restart the task."),
    UNSUPPORTED_DDL(2001, Scope.DOWNSTREAM, "The downstream cannot execute this DDL",
            "Replace it with statements the downstream can run (ddl.replace=<name> with ddl.replace.<name>.statement, "
                    + ".position and .with, as the message shows), or skip it with ddl.skip.statements=<regex "
                    + "matching it> and make an equivalent change downstream by hand; then restart the task."),
    DDL_FAILED(2002, Scope.DOWNSTREAM, "A DDL failed downstream",
            "Fix the cause downstream and restart the task, or replace the statement with others (ddl.replace, "
                    + "as the message shows), or skip it with ddl.skip.statements=<regex matching it> and make the "
                    + "change downstream by hand."),
    UNPARSEABLE_DDL(2003, Scope.UPSTREAM, "The sink cannot parse this DDL, so it cannot put the routed table names "
            + "into it",
            "Replace it with statements written with the downstream names (ddl.replace, as the message shows), "
                    + "or skip it with ddl.skip.statements=<regex matching it> and apply it downstream by hand."),
    FOREIGN_KEY_DDL(2004, Scope.CONFIG, "A foreign-key DDL is refused because the downstream session has "
            + "foreign_key_checks=1 (as DM refuses it)",
            "Remove session.foreign_key_checks (DM's default is 0), or skip the statement with "
                    + "ddl.skip.statements=<regex matching it>."),
    CREATE_TABLE_SELECT(2005, Scope.UPSTREAM, "CREATE TABLE ... SELECT cannot be replayed: its rows come from "
            + "upstream tables",
            "Create the table downstream by hand and skip the statement with ddl.skip.statements=<regex matching it>."),
    RENAME_IN_OPTIMISTIC_MODE(2006, Scope.CONFIG, "RENAME TABLE is not supported in optimistic shard mode (as in DM)",
            "Skip the rename with ddl.skip.statements=<regex matching it> and rename downstream by hand, or use "
                    + "shard.mode=pessimistic."),
    DDL_OUTCOME_UNKNOWN(2007, Scope.DOWNSTREAM, "The connection broke while a DDL that cannot be repeated safely "
            + "was running; whether it took effect is unknown",
            "Look at the downstream table: if the DDL took effect, skip it with ddl.skip.statements=<regex matching "
                    + "it>; otherwise restart the task and it runs again."),
    CANNOT_CREATE_TABLE(2008, Scope.UPSTREAM, "A missing downstream table cannot be created from the schema the "
            + "record carries",
            "Create the table downstream by hand (the record's schema_after shows its columns), then restart the "
                    + "task.");

    /** Where the cause lies. */
    public enum Scope { UPSTREAM, DOWNSTREAM, CONFIG, INTERNAL }

    private final int number;
    private final Scope scope;
    private final String message;
    private final String workaround;

    ErrorCode(int number, Scope scope, String message, String workaround) {
        this.number = number;
        this.scope = scope;
        this.message = message;
        this.workaround = workaround;
    }

    /** {@code DMC-SINK-1001}. */
    public String code() {
        return "DMC-SINK-" + number;
    }

    public int number() {
        return number;
    }

    public Scope scope() {
        return scope;
    }

    public String message() {
        return message;
    }

    public String workaround() {
        return workaround;
    }
}
