package io.dmconnect.bench;

import java.util.ArrayList;
import java.util.List;

/** {@code rows} inserts of new keys 1..rows, {@code statementRows} per transaction: the bulk-load shape. */
public record InsertOnlyWorkload(int rows, int statementRows) implements Workload {

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
