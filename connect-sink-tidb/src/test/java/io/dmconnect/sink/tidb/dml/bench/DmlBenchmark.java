package io.dmconnect.sink.tidb.dml.bench;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.sink.tidb.dml.Assignment;
import io.dmconnect.sink.tidb.dml.Batcher;
import io.dmconnect.sink.tidb.dml.Causality;
import io.dmconnect.sink.tidb.dml.Compactor;
import io.dmconnect.sink.tidb.dml.DmlBuilder;
import io.dmconnect.sink.tidb.dml.DmlJob;
import io.dmconnect.sink.tidb.dml.RowChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * Throughput of the DML planning steps on one thread (no JMH; a rough guide, not a measurement to publish):
 * statements built per second (single-row, and multi-row via the batcher), causality assignments per second and
 * compaction per second, over a 10-column table with a PK and a unique key.
 *
 * <p>Run: {@code mvn -o -q -pl connect-sink-tidb test-compile exec:java
 * -Dexec.mainClass=io.dmconnect.sink.tidb.dml.bench.DmlBenchmark [-Dexec.args=200000]}
 */
public final class DmlBenchmark {
    private static final int ROUNDS = 5;

    private DmlBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<DmlJob> jobs = jobs(schema(), n, new Random(1));
        DmlBuilder builder = new DmlBuilder();
        Batcher single = new Batcher(builder, 100, false);
        Batcher multi = new Batcher(builder, 100, true);

        report("single-row statements", n, () -> countStatements(jobs, j -> builder.statements(j.change(),
                j.safeMode()).size()));
        report("batches, multiple.rows=false (statements)", n, () -> single.batches(jobs).stream()
                .mapToInt(b -> b.statements().size()).sum());
        report("batches, multiple.rows=true (statements)", n, () -> multi.batches(jobs).stream()
                .mapToInt(b -> b.statements().size()).sum());
        report("causality assignments, 16 workers (conflicts)", n, () -> assign(jobs, 16));
        report("compaction in batches of 1024 (jobs out)", n, () -> compact(jobs, 1024));
    }

    private static void report(String what, int n, java.util.function.IntSupplier run) {
        run.getAsInt(); // warm-up
        long best = Long.MAX_VALUE;
        int result = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            result = run.getAsInt();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-48s %,12.0f changes/s  (%,d)%n", what, n / (best / 1e9), result);
    }

    private static int countStatements(List<DmlJob> jobs, ToIntFunction<DmlJob> statements) {
        int count = 0;
        for (DmlJob job : jobs) {
            count += statements.applyAsInt(job);
        }
        return count;
    }

    private static int assign(List<DmlJob> jobs, int workers) {
        Causality causality = new Causality(workers);
        int conflicts = 0;
        for (int i = 0; i < jobs.size(); i++) {
            if (causality.assign(jobs.get(i).change()) instanceof Assignment.Conflict) {
                conflicts++;
                causality.reset();
                causality.assign(jobs.get(i).change());
            }
            if (i % 10_000 == 0) {
                causality.reset(); // a checkpoint flush drains the workers now and then
            }
        }
        return conflicts;
    }

    private static int compact(List<DmlJob> jobs, int batch) {
        Compactor compactor = new Compactor();
        int out = 0;
        for (int from = 0; from < jobs.size(); from += batch) {
            out += compactor.compact(jobs.subList(from, Math.min(jobs.size(), from + batch))).size();
        }
        return out;
    }

    private static TableSchema schema() {
        List<ColumnDef> columns = new ArrayList<>();
        columns.add(notNull(ColumnDef.of("id", "bigint")));
        columns.add(ColumnDef.of("code", "varchar(32)"));
        for (int i = 0; i < 4; i++) {
            columns.add(ColumnDef.of("n" + i, "bigint"));
        }
        columns.add(ColumnDef.of("name", "varchar(64)"));
        columns.add(ColumnDef.of("price", "decimal(10,2)"));
        columns.add(ColumnDef.of("created", "datetime(6)"));
        columns.add(ColumnDef.of("note", "text"));
        return TableSchema.of(new TableId("bench", "orders"), columns, List.of(
                new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("id")),
                new IndexDef("uk_code", IndexDef.Kind.UNIQUE, List.of("code"))));
    }

    private static ColumnDef notNull(ColumnDef c) {
        return new ColumnDef(c.name(), c.dataType(), c.columnType(), c.length(), c.precision(), c.scale(),
                c.unsigned(), false, null, false, false, null, null, List.of(), false);
    }

    /** 50% INSERT, 30% UPDATE, 20% DELETE over a working set of 50,000 ids; safe mode for the first tenth. */
    private static List<DmlJob> jobs(TableSchema schema, int n, Random random) {
        Map<Long, Map<String, Object>> live = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        List<DmlJob> jobs = new ArrayList<>(n);
        long nextId = 1;
        for (int seq = 0; seq < n; seq++) {
            int dice = random.nextInt(10);
            boolean safe = seq < n / 10;
            if (dice < 5 || ids.isEmpty()) {
                Map<String, Object> row = row(nextId++, random);
                live.put((Long) row.get("id"), row);
                ids.add((Long) row.get("id"));
                jobs.add(new DmlJob(RowChange.insert(schema, row, seq), safe));
            } else {
                int at = random.nextInt(ids.size());
                Long id = ids.get(at);
                Map<String, Object> before = live.get(id);
                if (dice < 8) {
                    Map<String, Object> after = new LinkedHashMap<>(before);
                    after.put("n0", random.nextLong());
                    after.put("price", BigDecimal.valueOf(random.nextInt(100_000), 2));
                    live.put(id, after);
                    jobs.add(new DmlJob(RowChange.update(schema, before, after, seq), safe));
                } else {
                    live.remove(id);
                    ids.set(at, ids.get(ids.size() - 1));
                    ids.remove(ids.size() - 1);
                    jobs.add(new DmlJob(RowChange.delete(schema, before, seq), safe));
                }
            }
            if (ids.size() > 50_000) {
                ids.remove(0);
            }
        }
        return jobs;
    }

    private static Map<String, Object> row(long id, Random random) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("code", "C-" + id);
        for (int i = 0; i < 4; i++) {
            row.put("n" + i, random.nextLong());
        }
        row.put("name", "customer " + random.nextInt(1000));
        row.put("price", BigDecimal.valueOf(random.nextInt(100_000), 2));
        row.put("created", "2026-11-21 10:00:00.123456");
        row.put("note", random.nextBoolean() ? null : "note " + id);
        return row;
    }
}
