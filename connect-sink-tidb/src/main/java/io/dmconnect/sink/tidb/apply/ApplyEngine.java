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
 * queued; DDL records are barriers. Queued rows are applied when the {@link FlushTrigger} says so, before a DDL, on a
 * causality conflict and at every offset commit ({@link #flushHeld}); {@link #committed()} reports only offsets whose
 * records are applied (or filtered, or in the dead-letter queue). What is held survives a failed apply: Connect
 * delivers the failed batch again and the engine skips what it already took ({@link InHand}).
 * Not thread-safe: Connect calls a task from one thread.
 */
public final class ApplyEngine implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApplyEngine.class);
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
    private final DdlBarriers barriers;
    private final PartitionControl partitions;
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    /** Per partition, the end of the records taken since the last apply: committed once the held rows are. */
    private final Map<TopicPartition, Long> ends = new HashMap<>();
    private final InHand inHand = new InHand();
    private final FlushTrigger trigger;
    private long seq;
    private static final long BARRIER_WAIT_MS = 2_000;
    private static final long BARRIER_POLL_MS = 200;

    public ApplyEngine(RuleStage rules, Causality causality, WorkerPool workers, WorkerCommit commit, TargetSchemas targets,
                       DdlStage ddl, SafeMode safeMode, Checkpoints checkpoints, FailureHandler failures,
                       java.time.ZoneId sessionZone, PartitionControl partitions, BarrierLedger ledger,
                       FlushTrigger trigger) {
        this.trigger = trigger;
        this.decoder = new RecordDecoder(sessionZone);
        this.barriers = new DdlBarriers(ledger);
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
        advanceBarriers();
        for (SinkRecord record : records) {
            TopicPartition tp = new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
            if (inHand.taken(tp, record.originalKafkaOffset())) {
                continue; // delivered again after a failure: queued, held or applied already
            }
            process(record, tp);
            inHand.take(tp, record.originalKafkaOffset());
        }
        if (records.isEmpty()) {
            awaitBarriers();
        }
        if (trigger.due()) {
            flush();
        }
    }

    /** Applies whatever is held: before offsets are committed, so that the commit covers as much as possible. */
    public void flushHeld() throws InterruptedException {
        flush();
    }

    /** How soon the held rows must be applied, in ms (-1: nothing held): Connect is asked to call put by then. */
    public long lingerMs() {
        return trigger.remainingMs();
    }

    /** One record; a partition held back by a DDL barrier keeps its records until the barrier is complete. */
    private void process(SinkRecord record, TopicPartition tp) throws InterruptedException {
        DdlBarriers.Barrier holding = barriers.blocking(tp);
        if (holding != null) {
            holding.hold(record, tp);
            return;
        }
        Change change = failures.decode(decoder, record);
        if (change instanceof Change.Row row) {
            queue(row, tp);
        } else if (change instanceof Change.Ddl d) {
            ddl(d, tp, record);
            return; // ddl() moved this partition's end as far as it may
        }
        ends.merge(tp, record.originalKafkaOffset() + 1, Math::max);
    }

    private void ddl(Change.Ddl d, TopicPartition tp, SinkRecord record) throws InterruptedException {
        flush(); // this partition's earlier rows are committed before its copy counts as arrived
        if (d.partitions() <= 1) {
            ddl.apply(d, tp);
            ends.merge(tp, record.originalKafkaOffset() + 1, Math::max);
            return;
        }
        DdlBarriers.Barrier b = barriers.arrive(d, tp, record.originalKafkaOffset());
        partitions.pause(tp);
        LOG.info("DDL barrier {}: {} arrived at offset {} ({} partitions): {}", b.key.substring(0, 8), tp,
                record.originalKafkaOffset(), d.partitions(), d.ddl());
        tryComplete(b);
    }

    /** Barriers whose last copy arrived meanwhile (here or in another task) let their partitions go on. */
    private void advanceBarriers() throws InterruptedException {
        for (DdlBarriers.Barrier b : barriers.open()) {
            tryComplete(b);
        }
    }

    /**
     * With every partition of a barrier paused Connect calls put with nothing, as rarely as once per offset commit
     * interval: wait here a little for the other tasks' copies rather than sit out a whole interval.
     */
    private void awaitBarriers() throws InterruptedException {
        long deadline = System.currentTimeMillis() + BARRIER_WAIT_MS;
        while (!barriers.open().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(BARRIER_POLL_MS);
            advanceBarriers();
        }
    }

    /** Runs the DDL if this task is the one to, frees the partitions and applies what they held back. */
    private boolean tryComplete(DdlBarriers.Barrier b) throws InterruptedException {
        DdlBarriers.State state = barriers.state(b);
        if (state == DdlBarriers.State.WAITING) {
            return false;
        }
        if (state == DdlBarriers.State.RUN_IT) {
            ddl.apply(b.ddl, b.arrived.keySet().iterator().next());
            barriers.ran(b);
        }
        LOG.info("DDL barrier {}: passed ({}), partitions {} go on", b.key.substring(0, 8),
                state == DdlBarriers.State.RUN_IT ? "ran the DDL here" : "another task ran it", b.arrived.keySet());
        b.arrived.forEach((p, offset) -> ends.merge(p, offset + 1, Math::max));
        for (TopicPartition freed : barriers.release(b)) {
            partitions.resume(freed);
        }
        for (SinkRecord held : b.held) {
            process(held, new TopicPartition(held.originalTopic(), held.originalKafkaPartition()));
        }
        return true;
    }

    /**
     * Partitions assigned to this task that no barrier holds: Connect re-pauses, after a rebalance, every partition
     * the task once paused and still owns, but the barrier that paused it was dropped with the revocation (its copy
     * arrives again), so nothing else would ever resume it.
     */
    public java.util.List<TopicPartition> unheld(Collection<TopicPartition> assigned) {
        return assigned.stream().filter(tp -> barriers.blocking(tp) == null).toList();
    }

    /** Partitions revoked from this task: their copies and held records are another task's now. */
    public void revoked(Collection<TopicPartition> revoked) {
        if (!barriers.open().isEmpty()) {
            LOG.info("partitions {} revoked while DDL barriers are open; their copies arrive again at the new owner", revoked);
        }
        barriers.forget(revoked);
        revoked.forEach(committed::remove);
        revoked.forEach(ends::remove);
        inHand.forget(revoked);
        // held rows of revoked partitions are left to the next owner, which starts from the downstream checkpoint
        pending.values().forEach(jobs -> jobs.removeIf(p -> revoked.contains(p.tp())));
    }

    private void queue(Change.Row row, TopicPartition tp) throws InterruptedException {
        Optional<RoutedRow> routed = rules.apply(row);
        if (routed.isEmpty()) {
            return;
        }
        TableSchema target = targets.require(routed.get().target(), row);
        RowChange change = toChange(routed.get(), target);
        long offset = row.record().originalKafkaOffset();
        int worker = causality.workerOf(change);
        TableKey table = new TableKey(row.pos().sourceId(), row.upstream(), tp.partition());
        Envelope.Op op = routed.get().change().op();
        boolean positioned = SnapshotRows.positioned(op, exactPosition(row));
        if (checkpoints.appliedOffset(worker, tp, offset) || positioned && checkpoints.appliedPosition(worker, table, row.pos())) {
            return; // applied before a restart, or emitted twice by the source
        }
        Assignment a = causality.assign(change);
        if (a instanceof Assignment.Conflict) {
            flush(); // DM: a key held by another worker drains everyone first
            causality.reset();
            a = causality.assign(change);
        }
        boolean safe = SnapshotRows.safe(op, safeMode.on(tp, offset, System.currentTimeMillis()));
        List<PendingJob> queue = pending.computeIfAbsent(((Assignment.Worker) a).index(), w -> new ArrayList<>());
        queue.add(new PendingJob(new DmlJob(change, safe), row.record(), tp, offset, positioned ? table : null, row.pos()));
        trigger.queued(queue.size());
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

    /**
     * Every worker applies and commits what it holds (all workers: their checkpoints move to the flush's end). When a
     * worker fails for a reason worth retrying, the rows not yet committed stay held for the next attempt.
     */
    private void flush() throws InterruptedException {
        if (ends.isEmpty() && pending.values().stream().allMatch(List::isEmpty)) {
            trigger.flushed();
            return; // nothing taken since the last apply: no transaction to commit
        }
        Map<Integer, WorkerPool.Work> work = new HashMap<>();
        for (int w = 0; w < workers.size(); w++) {
            List<PendingJob> jobs = pending.getOrDefault(w, List.of()); // runAll returns before pending changes
            int worker = w;
            Map<TopicPartition, Long> endOffsets = Map.copyOf(ends);
            work.put(w, c -> commit.apply(c, worker, jobs, endOffsets));
        }
        try {
            workers.runAll(work);
            failures.succeeded();
        } catch (WorkerPool.WorkerFailure f) {
            try {
                failures.onWorkerFailure(f, pending.getOrDefault(f.worker(), List.of()));
            } catch (RuntimeException retryOrFail) {
                pending.forEach((w, jobs) -> jobs.removeIf(p -> checkpoints.appliedOffset(w, p.tp(), p.offset())));
                trigger.failed();
                throw retryOrFail;
            }
        }
        pending.clear();
        causality.reset();
        trigger.flushed();
        ends.forEach((tp, next) -> committed.merge(tp, next, Math::max));
        ends.clear();
    }

    /** Offsets every record below which is applied, per partition: what preCommit reports. */
    public Map<TopicPartition, Long> committed() {
        return Map.copyOf(committed);
    }

    @Override
    public void close() {
        workers.close();
        ddl.close();
        barriers.close();
    }

    static ConnectException missingTable(TableId target, Change.Row row) {
        return new ConnectException("target table " + target + " for " + row.upstream() + " does not exist downstream "
                + "and no DDL record created it: create it, or let the source publish its CREATE TABLE");
    }
}
