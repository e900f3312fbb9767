package io.dmconnect.bench;

import java.util.List;

/**
 * One benchmark workload: an upstream table of its own (so its own topic) and the statements that change it.
 *
 * <p>Contract: running {@link #statements()} in order on an empty {@link #table()} produces exactly
 * {@link #changeEvents()} binlog row events and leaves exactly {@link #finalRows()} rows. The statements are a pure
 * function of the workload's parameters: two runs of the same configuration change the same rows the same way.
 */
public sealed interface Workload permits InsertOnlyWorkload, MixedWorkload, HotKeyWorkload {

    WorkloadKind kind();

    /** The table, in schema {@link BenchTable#SCHEMA}: the kind's key with '_' for '-' (the warm-up: warmup). */
    default String table() {
        return kind().key().replace('-', '_');
    }

    /** Upstream DML, in order; schema-qualified, autocommit (one transaction per statement). */
    List<String> statements();

    /** Row events the statements write to the binlog: what a sink applies. */
    long changeEvents();

    /** Rows in the table once every statement ran. */
    long finalRows();
}
