package io.dmconnect.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * {@code hotRows} inserts, then {@code updates} updates that all hit those few rows: each statement updates
 * {@link #ROWS_PER_STATEMENT} distinct hot rows (fewer when there are fewer hot rows, or for the remainder), drawn
 * from a fixed-seed generator, so the same key recurs every few dozen events. This is where conflict detection
 * (causality) and compaction matter.
 */
public record HotKeyWorkload(int updates, int hotRows) implements Workload {
    static final int ROWS_PER_STATEMENT = 20;
    private static final long SEED = 20261121L;

    @Override
    public WorkloadKind kind() {
        return WorkloadKind.HOT_KEY;
    }

    @Override
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        statements.add(BenchTable.insertSelect(table(), 1, hotRows));
        SplittableRandom random = new SplittableRandom(SEED);
        int[] ids = new int[hotRows];
        for (int i = 0; i < hotRows; i++) {
            ids[i] = i + 1;
        }
        int round = 0;
        for (int left = updates; left > 0; round++) {
            int count = Math.min(left, Math.min(ROWS_PER_STATEMENT, hotRows));
            statements.add(update(pick(ids, count, random), round));
            left -= count;
        }
        return statements;
    }

    /** The first {@code count} ids after a partial Fisher-Yates shuffle: distinct, so each is one row event. */
    private static List<Integer> pick(int[] ids, int count, SplittableRandom random) {
        List<Integer> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(ids.length - i);
            int swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
            picked.add(ids[i]);
        }
        return picked;
    }

    private String update(List<Integer> ids, int round) {
        StringJoiner in = new StringJoiner(", ", "(", ")");
        ids.forEach(id -> in.add(String.valueOf(id)));
        // amount always changes, so MariaDB logs every matched row (an unchanged row writes no row event)
        return "UPDATE " + BenchTable.SCHEMA + "." + table() + " SET amount = amount + 1, customer_id = customer_id + 1, "
                + "note = 'round " + round + "' WHERE id IN " + in;
    }

    @Override
    public long changeEvents() {
        return (long) hotRows + updates;
    }

    @Override
    public long finalRows() {
        return hotRows;
    }
}
