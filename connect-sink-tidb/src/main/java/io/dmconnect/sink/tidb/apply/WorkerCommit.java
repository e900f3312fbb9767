package io.dmconnect.sink.tidb.apply;

import io.dmconnect.sink.tidb.checkpoint.CheckpointStore;
import io.dmconnect.sink.tidb.checkpoint.Checkpoints;
import io.dmconnect.sink.tidb.checkpoint.TableKey;
import io.dmconnect.sink.tidb.decode.SourcePos;
import io.dmconnect.sink.tidb.dml.Batch;
import io.dmconnect.sink.tidb.dml.Batcher;
import io.dmconnect.sink.tidb.dml.Compactor;
import io.dmconnect.sink.tidb.dml.DmlJob;
import io.dmconnect.sink.tidb.dml.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What one worker does with its queued jobs at a flush: transactions of at most {@code batch.size} jobs, each
 * committing its rows together with the worker's checkpoint (the offsets and positions of the jobs in it). The last
 * transaction also moves the worker's offsets to the end of the flushed records, even for partitions it had no row
 * of, so every worker's checkpoint covers every partition it was handed.
 */
final class WorkerCommit {
    private final Batcher batcher;
    private final int batchSize;
    private final boolean compact;
    private final CheckpointStore store;
    private final Checkpoints mirror;

    WorkerCommit(Batcher batcher, int batchSize, boolean compact, CheckpointStore store, Checkpoints mirror) {
        this.mirror = mirror;
        this.batcher = batcher;
        this.batchSize = batchSize;
        this.compact = compact;
        this.store = store;
    }

    /** Applies {@code jobs} (in order) for {@code worker} on {@code c}; {@code endOffsets} are the flush's ends. */
    void apply(Connection c, int worker, List<PendingJob> jobs, Map<TopicPartition, Long> endOffsets) throws SQLException {
        List<List<PendingJob>> chunks = chunks(jobs);
        for (int i = 0; i < chunks.size(); i++) {
            List<PendingJob> chunk = chunks.get(i);
            for (Batch batch : batcher.batches(dmlJobs(chunk))) {
                execute(c, batch.statements());
            }
            boolean last = i == chunks.size() - 1;
            save(c, worker, last ? endOffsets : offsets(chunk), positions(chunk));
        }
        if (chunks.isEmpty()) {
            save(c, worker, endOffsets, Map.of());
        }
    }

    private void save(Connection c, int worker, Map<TopicPartition, Long> offsets, Map<TableKey, SourcePos> positions)
            throws SQLException {
        store.save(c, worker, offsets, positions);
        c.commit();
        mirror.advance(worker, offsets, positions);
    }

    private List<DmlJob> dmlJobs(List<PendingJob> chunk) {
        List<DmlJob> dml = new ArrayList<>(chunk.size());
        chunk.forEach(p -> dml.add(p.job()));
        return compact ? new Compactor().compact(dml) : dml;
    }

    /** batch.size jobs per transaction: the same cut the Batcher makes, so a checkpoint never splits a batch. */
    private List<List<PendingJob>> chunks(List<PendingJob> jobs) {
        List<List<PendingJob>> chunks = new ArrayList<>();
        int size = Math.max(1, batchSize);
        for (int i = 0; i < jobs.size(); i += size) {
            chunks.add(jobs.subList(i, Math.min(jobs.size(), i + size)));
        }
        return chunks;
    }

    static void execute(Connection c, List<Statement> statements) throws SQLException {
        for (Statement s : statements) {
            try (PreparedStatement ps = c.prepareStatement(s.sql())) {
                for (int p = 0; p < s.params().size(); p++) {
                    ps.setObject(p + 1, s.params().get(p));
                }
                ps.executeUpdate();
            }
        }
    }

    private static Map<TopicPartition, Long> offsets(List<PendingJob> chunk) {
        Map<TopicPartition, Long> next = new HashMap<>();
        chunk.forEach(p -> next.merge(p.tp(), p.offset() + 1, Math::max));
        return next;
    }

    private static Map<TableKey, SourcePos> positions(List<PendingJob> chunk) {
        Map<TableKey, SourcePos> last = new HashMap<>();
        for (PendingJob p : chunk) {
            if (p.table() != null) {
                last.merge(p.table(), p.pos(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return last;
    }
}
