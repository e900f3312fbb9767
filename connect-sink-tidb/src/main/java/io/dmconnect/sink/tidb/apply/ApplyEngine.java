package io.dmconnect.sink.tidb.apply;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.Envelope;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.sink.tidb.checkpoint.Checkpoints;
import io.dmconnect.sink.tidb.checkpoint.TableKey;
import io.dmconnect.sink.tidb.decode.Change;
import io.dmconnect.sink.tidb.decode.RecordDecoder;
import io.dmconnect.sink.tidb.dml.Assignment;
import io.dmconnect.sink.tidb.dml.Causality;
import io.dmconnect.sink.tidb.dml.DmlJob;
import io.dmconnect.sink.tidb.dml.RowChange;
import io.dmconnect.sink.tidb.route.RoutedRow;
import io.dmconnect.sink.tidb.route.RuleStage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One task's apply path: records are decoded, passed through the rules, assigned to workers by causality and
 * applied; DDL records are barriers. Every {@link #put} ends with all workers committed, so after it returns every
 * record handed to it is applied (or filtered, or in the dead-letter queue), and {@link #committed()} may report it.
 * Not thread-safe: Connect calls a task from one thread.
 */
public final class ApplyEngine implements AutoCloseable {
    private final RecordDecoder decoder;
    private final RuleStage rules;
    private final Causality causality;
    private final WorkerPool workers;
    private final WorkerCommit commit;
    private final TargetSchemas targets;
    private final DdlStage ddl;
    private final SafeMode safeMode;
    private final Checkpoints checkpoints;
    private final FailureHandler failures;
    private final Map<Integer, List<PendingJob>> pending = new HashMap<>();
    private final DdlBarriers barriers = new DdlBarriers();
    private final PartitionControl partitions;
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private long seq;

    public ApplyEngine(RuleStage rules, Causality causality, WorkerPool workers, WorkerCommit commit, TargetSchemas targets,
                       DdlStage ddl, SafeMode safeMode, Checkpoints checkpoints, FailureHandler failures,
                       java.time.ZoneId sessionZone, PartitionControl partitions) {
        this.decoder = new RecordDecoder(sessionZone);
        this.partitions = partitions;
        this.rules = rules;
        this.causality = causality;
        this.workers = workers;
        this.commit = commit;
        this.targets = targets;
        this.ddl = ddl;
        this.safeMode = safeMode;
        this.checkpoints = checkpoints;
        this.failures = failures;
    }

    public void put(Collection<SinkRecord> records) throws InterruptedException {
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (SinkRecord record : records) {
            process(record, ends);
        }
        flush(ends);
        ends.forEach((tp, next) -> committed.merge(tp, next, Math::max));
    }

    /** One record; a partition held back by a DDL barrier keeps its records until the barrier is complete. */
    private void process(SinkRecord record, Map<TopicPartition, Long> ends) throws InterruptedException {
        TopicPartition tp = new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
        DdlBarriers.Barrier holding = barriers.blocking(tp);
        if (holding != null) {
            holding.held.add(record);
            return;
        }
        Change change = failures.decode(decoder, record);
        if (change instanceof Change.Row row) {
            queue(row, tp, ends);
        } else if (change instanceof Change.Ddl d) {
            ddl(d, tp, record, ends);
            return; // ddl() moved this partition's end as far as it may
        }
        ends.merge(tp, record.originalKafkaOffset() + 1, Math::max);
    }

    private void ddl(Change.Ddl d, TopicPartition tp, SinkRecord record, Map<TopicPartition, Long> ends) throws InterruptedException {
        if (d.partitions() <= 1 || partitions.assigned(tp.topic()).size() < d.partitions()) {
            // one partition, or copies this task never sees (another task owns them): apply at this copy
            flush(ends);
            ddl.apply(d, tp);
            ends.merge(tp, record.originalKafkaOffset() + 1, Math::max);
            return;
        }
        DdlBarriers.Barrier complete = barriers.arrive(d, tp, record.originalKafkaOffset());
        if (complete == null) {
            partitions.pause(tp);
            return;
        }
        flush(ends);
        ddl.apply(d, tp);
        complete.arrived.forEach((p, offset) -> ends.merge(p, offset + 1, Math::max));
        for (TopicPartition freed : barriers.release(complete)) {
            partitions.resume(freed);
        }
        for (SinkRecord held : complete.held) {
            process(held, ends);
        }
    }

    private void queue(Change.Row row, TopicPartition tp, Map<TopicPartition, Long> ends) throws InterruptedException {
        Optional<RoutedRow> routed = rules.apply(row);
        if (routed.isEmpty()) {
            return;
        }
        TableSchema target = targets.require(routed.get().target(), row);
        RowChange change = toChange(routed.get(), target);
        long offset = row.record().originalKafkaOffset();
        int worker = causality.workerOf(change);
        TableKey table = new TableKey(row.pos().sourceId(), row.upstream());
        Envelope.Op op = routed.get().change().op();
        boolean positioned = SnapshotRows.positioned(op, exactPosition(row));
        if (checkpoints.appliedOffset(worker, tp, offset) || positioned && checkpoints.appliedPosition(worker, table, row.pos())) {
            return; // applied before a restart, or emitted twice by the source
        }
        Assignment a = causality.assign(change);
        if (a instanceof Assignment.Conflict) {
            flush(ends); // DM: a key held by another worker drains everyone first
            causality.reset();
            a = causality.assign(change);
        }
        boolean safe = SnapshotRows.safe(op, safeMode.on(tp, offset, System.currentTimeMillis()));
        pending.computeIfAbsent(((Assignment.Worker) a).index(), w -> new ArrayList<>())
                .add(new PendingJob(new DmlJob(change, safe), row.record(), tp, offset, positioned ? table : null, row.pos()));
    }

    /** Our records carry (event, row): their position identifies them; Debezium's do not, safe mode covers those. */
    private static boolean exactPosition(Change.Row row) {
        return row.record().valueSchema() != null && row.record().valueSchema().field(Envelope.SOURCE) != null
                && row.record().valueSchema().field(Envelope.SOURCE).schema().field("source_id") != null;
    }

    private RowChange toChange(RoutedRow r, TableSchema target) {
        RowChange.Op op = switch (r.change().op()) {
            case CREATE, READ -> RowChange.Op.INSERT;
            case UPDATE -> RowChange.Op.UPDATE;
            case DELETE -> RowChange.Op.DELETE;
        };
        return new RowChange(target.id(), op, r.before(), r.after(), target, seq++);
    }

    /** Every worker applies and commits what it holds (all workers: their checkpoints move to the flush's end). */
    private void flush(Map<TopicPartition, Long> ends) throws InterruptedException {
        Map<Integer, WorkerPool.Work> work = new HashMap<>();
        for (int w = 0; w < workers.size(); w++) {
            List<PendingJob> jobs = pending.getOrDefault(w, List.of());
            int worker = w;
            Map<TopicPartition, Long> endOffsets = Map.copyOf(ends);
            work.put(w, c -> commit.apply(c, worker, jobs, endOffsets));
        }
        try {
            workers.runAll(work);
            failures.succeeded();
        } catch (WorkerPool.WorkerFailure f) {
            failures.onWorkerFailure(f, pending.getOrDefault(f.worker(), List.of()));
        } finally {
            pending.clear();
            causality.reset();
        }
    }

    /** Offsets every record below which is applied, per partition: what preCommit reports. */
    public Map<TopicPartition, Long> committed() {
        return Map.copyOf(committed);
    }

    @Override
    public void close() {
        workers.close();
        ddl.close();
    }

    static ConnectException missingTable(TableId target, Change.Row row) {
        return new ConnectException("target table " + target + " for " + row.upstream() + " does not exist downstream "
                + "and no DDL record created it: create it, or let the source publish its CREATE TABLE");
    }
}
