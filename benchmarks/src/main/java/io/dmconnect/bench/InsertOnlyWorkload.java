package io.dmconnect.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code rows} inserts of new keys 1..rows, {@code statementRows} per transaction: the bulk-load shape. The same
 * shape fills the warm-up table (its own table name) that every sink applies once, unmeasured, before its runs.
 */
public record InsertOnlyWorkload(String table, int rows, int statementRows) implements Workload {
    static final String WARMUP_TABLE = "warmup";

    /** The measured insert-only workload. */
    public InsertOnlyWorkload(int rows, int statementRows) {
        this(WorkloadKind.INSERT_ONLY.key().replace('-', '_'), rows, statementRows);
    }

    /** The warm-up: same shape, table {@value #WARMUP_TABLE}. */
    public static InsertOnlyWorkload warmup(int rows, int statementRows) {
        return new InsertOnlyWorkload(WARMUP_TABLE, rows, statementRows);
    }

    @Override
    public WorkloadKind kind() {
        return WorkloadKind.INSERT_ONLY;
    }

    @Override
    public List<String> statements() {
        return inserts(table(), rows, statementRows);
    }

    /** Ids 1..rows in chunks of {@code statementRows}; the last chunk takes the remainder. */
    static List<String> inserts(String table, int rows, int statementRows) {
        List<String> statements = new ArrayList<>();
        for (long first = 1; first <= rows; first += statementRows) {
            int count = (int) Math.min(statementRows, rows - first + 1);
            statements.add(BenchTable.insertSelect(table, first, count));
        }
        return statements;
    }

    @Override
    public long changeEvents() {
        return rows;
    }

    @Override
    public long finalRows() {
        return rows;
    }
}
