package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays seeded random but valid upstream histories on {@code t(id PK, u UNIQUE NULL, v)} with few key values, so
 * unique values move between rows and keys change, through compaction and causality with the workers interleaved
 * at random, and checks the downstream ends equal to upstream without a single duplicate-key error.
 */
class PipelineModelTest {
    private static final TableSchema T = Tables.schema(Tables.PK_UK);
    private static final int HISTORIES = 400;

    @ParameterizedTest(name = "[{index}] compact={0} workers={1} safe={2}")
    @CsvSource({
            "false, 1, false", "true, 1, false", "false, 4, false", "true, 4, false", "true, 3, true", "false, 16, true",
    })
    void downstreamEndsLikeUpstream(boolean compact, int workers, boolean safeMode) {
        for (int seed = 0; seed < HISTORIES; seed++) {
            Random random = new Random(seed);
            Map<Long, Map<String, Object>> upstream = new TreeMap<>();
            MiniTable downstream = new MiniTable();
            // rows that exist before the history starts, on both sides
            history(random, upstream, 6, false).forEach(downstream::apply);
            List<DmlJob> history = history(random, upstream, 30, safeMode);
            List<DmlJob> jobs = compact ? compactInBatches(history, random) : history;

            apply(jobs, workers, random, downstream);

            assertThat(downstream.errors()).as("seed %d: %s", seed, Jobs.print(jobs)).isEmpty();
            assertThat(downstream.rows()).as("seed %d: %s", seed, Jobs.print(jobs)).isEqualTo(upstream);
        }
    }

    /** Compaction works on batches of whatever size the pipeline happens to hand over. */
    private static List<DmlJob> compactInBatches(List<DmlJob> history, Random random) {
        List<DmlJob> out = new ArrayList<>();
        for (int from = 0; from < history.size(); ) {
            int to = Math.min(history.size(), from + 1 + random.nextInt(20));
            out.addAll(new Compactor().compact(history.subList(from, to)));
            from = to;
        }
        return out;
    }

    /** Assigns every job; queued jobs run in random worker interleavings; a conflict drains all, then resets. */
    private static void apply(List<DmlJob> jobs, int workers, Random random, MiniTable table) {
        Causality causality = new Causality(workers);
        List<List<DmlJob>> queues = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            queues.add(new ArrayList<>());
        }
        for (DmlJob job : jobs) {
            Assignment a = causality.assign(job.change());
            if (a instanceof Assignment.Conflict) {
                drain(queues, table, random);
                causality.reset();
                a = causality.assign(job.change());
            }
            int worker = ((Assignment.Worker) a).index();
            assertThat(worker).isEqualTo(causality.workerOf(job.change()));
            queues.get(worker).add(job);
            if (random.nextInt(4) == 0) {
                step(queues, table, random); // workers make progress while dispatching goes on
            }
        }
        drain(queues, table, random);
    }

    private static void drain(List<List<DmlJob>> queues, MiniTable table, Random random) {
        while (queues.stream().anyMatch(q -> !q.isEmpty())) {
            step(queues, table, random);
        }
    }

    private static void step(List<List<DmlJob>> queues, MiniTable table, Random random) {
        List<List<DmlJob>> busy = queues.stream().filter(q -> !q.isEmpty()).toList();
        if (!busy.isEmpty()) {
            table.apply(busy.get(random.nextInt(busy.size())).remove(0));
        }
    }

    /** A valid history: ids 1..5, unique values 1..3 or NULL, so values are reused and rows renamed. */
    static List<DmlJob> history(Random random, Map<Long, Map<String, Object>> table, int length, boolean safe) {
        List<DmlJob> jobs = new ArrayList<>();
        for (long seq = 1; seq <= length; seq++) {
            List<Long> ids = new ArrayList<>(table.keySet());
            int op = ids.isEmpty() ? 0 : random.nextInt(3);
            if (op == 0 && ids.size() < 5) {
                Map<String, Object> row = row(freeId(random, table), freeU(random, table, null), random.nextInt(10));
                table.put((Long) row.get("id"), row);
                jobs.add(new DmlJob(RowChange.insert(T, row, seq), safe));
            } else if (op == 1 && !ids.isEmpty()) {
                Map<String, Object> before = table.get(ids.get(random.nextInt(ids.size())));
                Map<String, Object> after = new LinkedHashMap<>(before);
                switch (random.nextInt(3)) {
                    case 0 -> after.put("v", (long) random.nextInt(10));
                    case 1 -> after.put("u", freeU(random, table, before.get("u")));
                    default -> after.put("id", table.size() < 5 ? freeId(random, table) : before.get("id"));
                }
                table.remove((Long) before.get("id"));
                table.put((Long) after.get("id"), after);
                jobs.add(new DmlJob(RowChange.update(T, before, after, seq), safe));
            } else if (!ids.isEmpty()) {
                Map<String, Object> before = table.remove(ids.get(random.nextInt(ids.size())));
                jobs.add(new DmlJob(RowChange.delete(T, before, seq), safe));
            }
        }
        return jobs;
    }

    private static Map<String, Object> row(long id, Object u, long v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("u", u);
        row.put("v", v);
        return row;
    }

    private static long freeId(Random random, Map<Long, Map<String, Object>> table) {
        long id;
        do {
            id = 1 + random.nextInt(6);
        } while (table.containsKey(id));
        return id;
    }

    /** A unique value no other row holds (the row's own current value allowed), or NULL. */
    private static Object freeU(Random random, Map<Long, Map<String, Object>> table, Object own) {
        Map<Object, Boolean> taken = new HashMap<>();
        table.values().forEach(r -> taken.put(r.get("u"), true));
        for (int tries = 0; tries < 4; tries++) {
            long u = 1 + random.nextInt(3);
            if (!taken.containsKey(u) || Long.valueOf(u).equals(own)) {
                return u;
            }
        }
        return null;
    }
}
