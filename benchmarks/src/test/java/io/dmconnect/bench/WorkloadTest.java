package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workloads' statements, replayed on a small in-memory model of the table (ids present, row events written):
 * the counts each workload promises are the counts its statements produce.
 */
class WorkloadTest {
    private static final Pattern INSERT = Pattern.compile("INSERT INTO bench\\.(\\w+) .* SELECT \\((-?\\d+) \\+ seq\\).* "
            + "FROM bench\\.seq_1_to_(\\d+)");
    private static final Pattern UPDATE_RANGE = Pattern.compile("UPDATE bench\\.(\\w+) SET .* WHERE id BETWEEN (\\d+) AND (\\d+) "
            + "AND id % 10 = (\\d)");
    private static final Pattern DELETE_RANGE = Pattern.compile("DELETE FROM bench\\.(\\w+) WHERE id BETWEEN (\\d+) AND (\\d+) "
            + "AND id % 10 = (\\d)");
    private static final Pattern UPDATE_IN = Pattern.compile("UPDATE bench\\.(\\w+) SET .* WHERE id IN \\(([\\d, ]+)\\)");

    /** What the statements do to the table, as MariaDB would: ids present and row events logged. */
    private static final class Replay {
        final Set<Long> ids = new HashSet<>();
        final Set<String> tables = new HashSet<>();
        long events;

        Replay run(List<String> statements) {
            statements.forEach(this::apply);
            return this;
        }

        void apply(String sql) {
            Matcher m;
            if ((m = INSERT.matcher(sql)).matches()) {
                tables.add(m.group(1));
                long base = Long.parseLong(m.group(2));
                for (long seq = 1; seq <= Long.parseLong(m.group(3)); seq++) {
                    assertThat(ids.add(base + seq)).as("duplicate key %d", base + seq).isTrue();
                    events++;
                }
            } else if ((m = UPDATE_RANGE.matcher(sql)).matches() || (m = DELETE_RANGE.matcher(sql)).matches()) {
                tables.add(m.group(1));
                boolean delete = sql.startsWith("DELETE");
                for (long id = Long.parseLong(m.group(2)); id <= Long.parseLong(m.group(3)); id++) {
                    if (id % 10 == Long.parseLong(m.group(4)) && ids.contains(id)) {
                        events++;
                        if (delete) {
                            ids.remove(id);
                        }
                    }
                }
            } else if ((m = UPDATE_IN.matcher(sql)).matches()) {
                tables.add(m.group(1));
                List<Long> in = new ArrayList<>();
                for (String id : m.group(2).split(",\\s*")) {
                    in.add(Long.parseLong(id));
                }
                assertThat(new HashSet<>(in)).as("distinct ids in %s", sql).hasSize(in.size());
                events += in.stream().filter(ids::contains).count();
            } else {
                throw new AssertionError("unexpected statement: " + sql);
            }
        }
    }

    @ParameterizedTest(name = "insert-only rows={0} per statement={1}")
    @CsvSource({"1, 1000", "999, 1000", "1000, 1000", "1001, 1000", "2500, 7", "50000, 1000"})
    void insertOnlyInsertsEveryIdOnce(int rows, int perStatement) {
        Workload w = new InsertOnlyWorkload(rows, perStatement);
        Replay r = new Replay().run(w.statements());
        assertThat(r.tables).containsExactly("insert_only");
        assertThat(r.events).isEqualTo(w.changeEvents()).isEqualTo(rows);
        assertThat(r.ids).hasSize((int) w.finalRows());
        assertThat(w.statements()).hasSize((rows + perStatement - 1) / perStatement);
    }

    @ParameterizedTest(name = "mixed rows={0} per statement={1}")
    @CsvSource({"1, 1000", "2, 1000", "10, 3", "12, 5", "1001, 1000", "50000, 1000"})
    void mixedUpdatesAndDeletesTenPercentEach(int rows, int perStatement) {
        MixedWorkload w = new MixedWorkload(rows, perStatement);
        Replay r = new Replay().run(w.statements());
        assertThat(r.tables).containsExactly("mixed");
        assertThat(r.events).isEqualTo(w.changeEvents());
        assertThat(r.ids).hasSize((int) w.finalRows());
        long endingIn1 = java.util.stream.LongStream.rangeClosed(1, rows).filter(id -> id % 10 == 1).count();
        long endingIn2 = java.util.stream.LongStream.rangeClosed(1, rows).filter(id -> id % 10 == 2).count();
        assertThat(w.updates()).isEqualTo(endingIn1);
        assertThat(w.deletes()).isEqualTo(endingIn2);
    }

    @Test
    void mixedAtFiftyThousandIsTheIssuesTenPercent() {
        MixedWorkload w = new MixedWorkload(50_000, 1_000);
        assertThat(w.updates()).isEqualTo(5_000);
        assertThat(w.deletes()).isEqualTo(5_000);
        assertThat(w.changeEvents()).isEqualTo(60_000);
        assertThat(w.finalRows()).isEqualTo(45_000);
    }

    @ParameterizedTest(name = "hot-key updates={0} hot rows={1}")
    @CsvSource({"1, 1", "45, 200", "50000, 200", "100, 7", "41, 20"})
    void hotKeyUpdatesOnlyTheHotRowsAndEachUpdateIsOneEvent(int updates, int hotRows) {
        HotKeyWorkload w = new HotKeyWorkload(updates, hotRows);
        Replay r = new Replay().run(w.statements());
        assertThat(r.tables).containsExactly("hot_key");
        assertThat(r.events).isEqualTo(w.changeEvents()).isEqualTo((long) hotRows + updates);
        assertThat(r.ids).hasSize((int) w.finalRows()).allSatisfy(id -> assertThat(id).isBetween(1L, (long) hotRows));
        int perStatement = Math.min(HotKeyWorkload.ROWS_PER_STATEMENT, hotRows);
        assertThat(w.statements()).hasSize(1 + (updates + perStatement - 1) / perStatement);
    }

    @Test
    void hotKeyHitsEveryHotRowOftenAndTheSameWayEveryTime() {
        HotKeyWorkload w = new HotKeyWorkload(50_000, 200);
        assertThat(w.statements()).isEqualTo(new HotKeyWorkload(50_000, 200).statements());
        Map<Long, Integer> hits = new HashMap<>();
        for (String sql : w.statements().subList(1, w.statements().size())) {
            Matcher m = UPDATE_IN.matcher(sql);
            assertThat(m.matches()).isTrue();
            for (String id : m.group(2).split(",\\s*")) {
                hits.merge(Long.parseLong(id), 1, Integer::sum);
            }
        }
        // 50 000 updates over 200 rows: 250 each on average; a fair draw keeps every row far from 0
        assertThat(hits).hasSize(200);
        assertThat(hits.values()).allSatisfy(n -> assertThat(n).isBetween(150, 350));
    }

    @Test
    void theWarmupIsAnInsertOnlyWorkloadOnItsOwnTable() {
        InsertOnlyWorkload w = InsertOnlyWorkload.warmup(2_500, 1_000);
        assertThat(w.table()).isEqualTo("warmup");
        assertThat(w.kind()).isEqualTo(WorkloadKind.INSERT_ONLY);
        Replay r = new Replay().run(w.statements());
        assertThat(r.tables).containsExactly("warmup");
        assertThat(r.events).isEqualTo(2_500);
    }

    @ParameterizedTest
    @CsvSource({"insert-only, insert_only", "mixed, mixed", "hot-key, hot_key"})
    void eachKindHasItsOwnTable(String key, String table) {
        WorkloadKind kind = WorkloadKind.byKey(key).orElseThrow();
        Workload w = kind.create(new WorkloadSize(10, 5, 3));
        assertThat(w.kind()).isEqualTo(kind);
        assertThat(w.table()).isEqualTo(table);
        assertThat(SourcePhase.topic(w.table())).isEqualTo("up.bench." + table);
    }

    @Test
    void theInsertStatementIsExactlyThis() {
        assertThat(BenchTable.insertSelect("t", 11, 5)).isEqualTo("INSERT INTO bench.t (id, customer_id, amount, status, "
                + "note, created_at) SELECT (10 + seq), (10 + seq) % 9973, ((10 + seq) * 37 % 100000) / 100, "
                + "ELT(1 + (10 + seq) % 4, 'new', 'paid', 'shipped', 'closed'), CONCAT('order ', (10 + seq)), "
                + "TIMESTAMP'2026-01-01 00:00:00' + INTERVAL ((10 + seq) * 1000003) MICROSECOND FROM bench.seq_1_to_5");
    }
}
