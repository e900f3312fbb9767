package io.dmconnect.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code rows} inserts, then, chunk by chunk, an update of the rows whose id ends in 1 and a delete of those whose id
 * ends in 2: 10 % updates and 10 % deletes of what was inserted, as in the peer baseline's phase 2.
 */
public record MixedWorkload(int rows, int statementRows) implements Workload {
    static final int UPDATED_DIGIT = 1;
    static final int DELETED_DIGIT = 2;

    @Override
    public WorkloadKind kind() {
        return WorkloadKind.MIXED;
    }

    @Override
    public List<String> statements() {
        String t = BenchTable.SCHEMA + "." + table();
        List<String> statements = new ArrayList<>(InsertOnlyWorkload.inserts(table(), rows, statementRows));
        for (long first = 1; first <= rows; first += statementRows) {
            long last = Math.min(rows, first + statementRows - 1);
            String chunk = "id BETWEEN " + first + " AND " + last;
            statements.add("UPDATE " + t + " SET amount = amount + 1, status = 'updated', note = CONCAT(note, ' u') "
                    + "WHERE " + chunk + " AND id % 10 = " + UPDATED_DIGIT);
            statements.add("DELETE FROM " + t + " WHERE " + chunk + " AND id % 10 = " + DELETED_DIGIT);
        }
        return statements;
    }

    /** How many of the ids 1..rows end in {@code digit} (1..9). */
    static long idsEndingIn(long rows, int digit) {
        return rows < digit ? 0 : (rows - digit) / 10 + 1;
    }

    public long updates() {
        return idsEndingIn(rows, UPDATED_DIGIT);
    }

    public long deletes() {
        return idsEndingIn(rows, DELETED_DIGIT);
    }

    @Override
    public long changeEvents() {
        return rows + updates() + deletes();
    }

    @Override
    public long finalRows() {
        return rows - deletes();
    }
}
