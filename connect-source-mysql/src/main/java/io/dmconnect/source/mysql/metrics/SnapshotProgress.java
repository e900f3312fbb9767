package io.dmconnect.source.mysql.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's snapshot progress: counters per table for the chunks this task reads, the phase, a 10-second rows/s
 * window; registered as an MBean and logged every {@code snapshot.progress.interval.ms}, and when a table or the
 * whole snapshot finishes. Updated from the task thread, read from JMX threads.
 */
public final class SnapshotProgress implements SnapshotProgressMBean, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotProgress.class);
    private static final long WINDOW_MS = 10_000;

    /** One table's counters (this task's chunks of it). */
    private static final class TableCounters {
        long rowsEstimated;
        int chunksTotal;
        int chunksDone;
        long rowsDone;
        long startedMs;
    }

    private final ObjectName name;
    private final long logIntervalMs;
    private final Map<String, TableCounters> tables = new LinkedHashMap<>();
    private final Deque<long[]> samples = new ArrayDeque<>();
    private volatile String phase = "planning";
    private final long startedMs = System.currentTimeMillis();
    private long lastLogMs = startedMs;

    public SnapshotProgress(String sourceId, int taskIndex, long logIntervalMs) {
        this.logIntervalMs = logIntervalMs;
        this.name = MBeans.register(this, "io.dmconnect:type=source-snapshot,source=" + ObjectName.quote(sourceId) + ",task=" + taskIndex);
    }

    public void phase(String phase) {
        if (!phase.equals(this.phase)) {
            LOG.info("snapshot phase: {}", phase);
        }
        this.phase = phase;
    }

    /** A table this task reads {@code chunks} chunks of ({@code done} of them finished before a restart). */
    public synchronized void table(String table, long rowsEstimated, int chunks, int done) {
        TableCounters t = tables.computeIfAbsent(table, k -> new TableCounters());
        t.rowsEstimated = rowsEstimated;
        t.chunksTotal = chunks;
        t.chunksDone = done;
        t.startedMs = System.currentTimeMillis();
    }

    /** The table's chunk count as known now; -1 for a table not in the progress. */
    public synchronized int chunksTotal(String table) {
        TableCounters t = tables.get(table);
        return t == null ? -1 : t.chunksTotal;
    }

    /** A table planned as it is read (an ad-hoc snapshot): its chunk count as known now. */
    public synchronized void chunksTotal(String table, int chunks) {
        tables.get(table).chunksTotal = chunks;
    }

    public synchronized void rows(String table, int rows) {
        tables.get(table).rowsDone += rows;
        long now = System.currentTimeMillis();
        samples.addLast(new long[] {now, rows});
        while (!samples.isEmpty() && samples.peekFirst()[0] < now - WINDOW_MS) {
            samples.removeFirst();
        }
        if (now - lastLogMs >= logIntervalMs) {
            lastLogMs = now;
            tables.forEach((name, t) -> {
                if (t.chunksDone < t.chunksTotal) {
                    LOG.info("snapshot of {}: {} of ~{} rows, {} of {} chunks, {} rows/s", name, t.rowsDone,
                            t.rowsEstimated, t.chunksDone, t.chunksTotal, Math.round(getRowsPerSecond()));
                }
            });
        }
    }

    public synchronized void chunkDone(String table) {
        TableCounters t = tables.get(table);
        t.chunksDone++;
        if (t.chunksDone == t.chunksTotal) {
            double seconds = Math.max(0.001, (System.currentTimeMillis() - t.startedMs) / 1000.0);
            LOG.info("snapshot of {} finished by this task: {} rows in {} chunks, {} s, {} rows/s", table, t.rowsDone,
                    t.chunksTotal, String.format("%.1f", seconds), Math.round(t.rowsDone / seconds));
        }
    }

    /** This task read all its chunks. */
    public synchronized void finishedReading() {
        double seconds = Math.max(0.001, (System.currentTimeMillis() - startedMs) / 1000.0);
        long rows = getRowsDone();
        LOG.info("snapshot: this task read all its chunks: {} rows of {} tables, {} s, {} rows/s", rows, tables.size(),
                String.format("%.1f", seconds), Math.round(rows / seconds));
    }

    @Override
    public String getPhase() {
        return phase;
    }

    @Override
    public synchronized int getTablesTotal() {
        return tables.size();
    }

    @Override
    public synchronized int getChunksTotal() {
        return tables.values().stream().mapToInt(t -> t.chunksTotal).sum();
    }

    @Override
    public synchronized int getChunksDone() {
        return tables.values().stream().mapToInt(t -> t.chunksDone).sum();
    }

    @Override
    public synchronized int getChunksRemaining() {
        return getChunksTotal() - getChunksDone();
    }

    @Override
    public synchronized long getRowsDone() {
        return tables.values().stream().mapToLong(t -> t.rowsDone).sum();
    }

    @Override
    public synchronized long getRowsEstimated() {
        return tables.values().stream().mapToLong(t -> t.rowsEstimated).sum();
    }

    @Override
    public synchronized double getRowsPerSecond() {
        long now = System.currentTimeMillis();
        long rows = samples.stream().filter(s -> s[0] >= now - WINDOW_MS).mapToLong(s -> s[1]).sum();
        return rows * 1000.0 / Math.min(WINDOW_MS, Math.max(1, now - startedMs));
    }

    @Override
    public synchronized String getTableProgressJson() {
        ObjectMapper json = new ObjectMapper();
        ArrayNode all = json.createArrayNode();
        tables.forEach((name, t) -> all.addObject().put("table", name).put("rows_done", t.rowsDone)
                .put("rows_estimated", t.rowsEstimated).put("chunks_done", t.chunksDone).put("chunks_total", t.chunksTotal));
        return all.toString();
    }

    @Override
    public void close() {
        MBeans.unregister(name);
    }
}
