package io.dmconnect.source.mysql.adhoc;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.Rules;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.binlog.EmitContext;
import io.dmconnect.source.mysql.binlog.StreamGate;
import io.dmconnect.source.mysql.metrics.SnapshotProgress;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ad-hoc snapshots of task 0 while it streams: a thread of its own reads the signal topic and, for each table of an
 * execute-snapshot signal, reads chunk after chunk at exact binlog positions on a side connection; the binlog
 * thread publishes each buffered chunk where its position comes in the stream ({@link ChunkWindow}). Both threads
 * meet under one lock; the binlog thread waits only when it reaches a chunk's position before the chunk is read.
 * Bad signals are logged and skipped, a table that cannot be read is given up with a WARN: the task never fails
 * because of a signal.
 */
public final class AdhocSnapshots implements StreamGate, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdhocSnapshots.class);
    private static final Duration SIGNAL_POLL = Duration.ofSeconds(1);
    private static final int MAX_REREADS = 5;

    private final MySqlSourceConfig config;
    private final Rules rules;
    private AdhocEmitter emitter;
    private final Consumer<RuntimeException> onFailure;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ChunkWindow<ChunkRows> window = new ChunkWindow<>();
    private final Thread thread;
    private volatile AdhocState state;
    /** {@code state}'s offset keys, computed once per state (every binlog record carries them). */
    private volatile Map<String, Object> offsetState;
    private volatile BinlogPosition processed;
    private volatile boolean closed;
    private Supplier<BinlogPosition> committed;
    private SignalReader signals;
    private SnapshotProgress progress;
    private AdhocChunkReader chunkReader;
    /** Reads of the current chunk dropped in a row (schema changes); a table that never fits is given up. */
    private int rereads;

    /** @param start the state in the committed offset; {@code processedFrom} where the binlog reading starts */
    public AdhocSnapshots(MySqlSourceConfig config, Rules rules, AdhocState start, BinlogPosition processedFrom,
                          Consumer<RuntimeException> onFailure) {
        this.config = config;
        this.rules = rules;
        setState(start);
        this.processed = processedFrom.within(0, 0);
        this.onFailure = onFailure;
        this.thread = new Thread(this::run, "dm-connect-adhoc-snapshot-" + config.sourceId());
        thread.setDaemon(true);
    }

    /**
     * Starts reading signals. {@code emitter} publishes chunks straight to the queue; {@code committedPosition} is
     * the binlog processor's position between transactions.
     */
    public void start(AdhocEmitter chunkEmitter, Supplier<BinlogPosition> committedPosition) {
        this.emitter = chunkEmitter;
        this.committed = committedPosition;
        thread.start();
    }

    /** The state's offset keys now; read right after the processor's position, they belong to it (see poll). */
    public Map<String, Object> offsetState() {
        return offsetState;
    }

    /** The binlog side's output: each record's offset also carries the ad-hoc state at the time it is queued. */
    public EmitContext.Output withOffsetState(EmitContext.Output queue) {
        return record -> queue.emit(withState(record, offsetState));
    }

    /** {@code record} with {@code extra} added to its offset (itself when there is nothing to add). */
    public static SourceRecord withState(SourceRecord record, Map<String, Object> extra) {
        if (extra.isEmpty()) {
            return record;
        }
        Map<String, Object> offset = new HashMap<>(record.sourceOffset());
        offset.putAll(extra);
        return new SourceRecord(record.sourcePartition(), offset, record.topic(), record.kafkaPartition(),
                record.keySchema(), record.key(), record.valueSchema(), record.value(), record.timestamp(), record.headers());
    }

    /** Records are queued with the previous state's keys until this returns: callers hold the lock or own the state. */
    private void setState(AdhocState next) {
        offsetState = Map.copyOf(next.toOffset());
        state = next;
    }

    @Override
    public void beforeEvent(BinlogPosition eventEnd) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (!closed) {
                ChunkWindow.Action action = window.beforeEvent(eventEnd);
                if (action == ChunkWindow.Action.PASS) {
                    return;
                }
                if (action == ChunkWindow.Action.WAIT) {
                    changed.await(100, TimeUnit.MILLISECONDS);
                } else {
                    publishOrDrop(action);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void processed(BinlogPosition upTo) {
        processed = upTo;
    }

    @Override
    public void tableChanged(TableId table) {
        lock.lock();
        try {
            if (state.running() && state.current().equals(table)) {
                window.tableChanged();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: publishes the window's rows at the stream's current position, or drops them to re-read. */
    private void publishOrDrop(ChunkWindow.Action action) throws InterruptedException {
        ChunkRows rows = window.take();
        AdhocState before = state;
        AdhocState after = before.chunkDone(rows.upper());
        if (action == ChunkWindow.Action.EMIT && emitter.emit(rows, committed.get(), before, after)) {
            setState(after);
            rereads = 0;
            progressed(rows, before.chunksDone(), !after.running());
        } else {
            rereads++;
            LOG.info("ad-hoc snapshot of {}: the table's schema changed while chunk {} was buffered; reading it again",
                    rows.table(), rows.index());
        }
        changed.signalAll();
    }

    private void progressed(ChunkRows rows, int doneBefore, boolean allDone) {
        String table = rows.table().toString();
        progress.rows(table, rows.rows().size());
        int total = progress.chunksTotal(table);
        progress.chunksTotal(table, rows.upper() == null ? doneBefore + 1 : Math.max(doneBefore + 2, total));
        progress.chunkDone(table);
        if (allDone) {
            progress.phase("streaming");
        }
    }

    private void run() {
        try {
            signals = new SignalReader(config.getString(MySqlSourceConfig.HISTORY_BOOTSTRAP), config.signalTopic(),
                    "dm-connect-signals-" + config.sourceId(), state.signalNext());
            if (state.signalNext() < 0) {
                setState(state.readUpTo(signals.position()));
            }
            LOG.info("source {}: reading signals from topic {} at offset {}{}", config.sourceId(), config.signalTopic(),
                    state.signalNext(), state.running() ? "; resuming the ad-hoc snapshot of " + state.tables() : "");
            while (!closed) {
                if (state.running()) {
                    snapshotNextChunk();
                } else {
                    signals.poll(SIGNAL_POLL).forEach(this::handle);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            if (!closed) {
                onFailure.accept(new ConnectException("ad-hoc snapshots stopped: " + e.getMessage(), e));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(SignalReader.Message m) {
        SnapshotSignal.Parsed parsed = SnapshotSignal.parse(m.value());
        if (parsed instanceof SnapshotSignal.Rejected r) {
            LOG.warn("signal at offset {} of topic {} skipped: {}. Value: {}", m.offset(), config.signalTopic(),
                    r.reason(), m.value());
            setState(state.readUpTo(m.offset() + 1));
            return;
        }
        SnapshotSignal.Snapshot s = (SnapshotSignal.Snapshot) parsed;
        List<TableId> notCaptured = s.tables().stream().filter(t -> !rules.blockAllow().decide(t).captured()).toList();
        if (!notCaptured.isEmpty()) {
            LOG.warn("signal {} at offset {} of topic {} skipped: {} not captured by the connector's block-allow list; "
                    + "add them to the list (update the connector's config), then send the signal again",
                    s.id(), m.offset(), config.signalTopic(), notCaptured);
            setState(state.readUpTo(m.offset() + 1));
            return;
        }
        LOG.info("signal {} at offset {}: ad-hoc snapshot of {}", s.id(), m.offset(), s.tables());
        setState(state.start(m.offset(), s.id(), s.tables()));
    }

    /** Reads the current table's next chunk and waits until the binlog side published (or dropped) it. */
    private void snapshotNextChunk() throws InterruptedException {
        AdhocState at = state;
        TableId table = at.current();
        try {
            if (rereads >= MAX_REREADS) {
                rereads = 0;
                throw new ConnectException("its rows were read " + MAX_REREADS + " times with columns that differ from "
                        + "the tracked schema's");
            }
            startProgress(table, at);
            ChunkRows rows = read(table, at);
            lock.lockInterruptibly();
            try {
                window.ready(rows);
                changed.signalAll();
                awaitPublished();
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            // e.g. the table was dropped, or the connection broke: the stream goes on without this table
            LOG.warn("ad-hoc snapshot of {} given up at chunk {}: {}. Send the signal again to snapshot it.", table,
                    at.chunksDone(), e.getMessage(), e);
            lock.lock();
            try {
                window.take();
                setState(state.tableDone());
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Under the lock: until the window is closed; publishes it here when the binlog side is idle past it. */
    private void awaitPublished() throws InterruptedException {
        while (!closed && window.open()) {
            ChunkWindow.Action idle = window.whenIdle(processed);
            if (idle != ChunkWindow.Action.PASS) {
                publishOrDrop(idle);
                return;
            }
            changed.await(100, TimeUnit.MILLISECONDS);
        }
    }

    /** Opens the chunk's window, then its read view (so no event passes its position unseen), then reads it. */
    private ChunkRows read(TableId table, AdhocState at) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            window.opening();
        } finally {
            lock.unlock();
        }
        BinlogPosition position = reader().begin();
        lock.lockInterruptibly();
        try {
            window.openedAt(position);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return reader().read(table, at.chunksDone(), at.afterKey(), position);
    }

    private AdhocChunkReader reader() {
        if (chunkReader == null) {
            chunkReader = new AdhocChunkReader(config);
        }
        return chunkReader;
    }

    private void startProgress(TableId table, AdhocState at) {
        if (progress == null) {
            progress = new SnapshotProgress(config.sourceId(), config.taskIndex(),
                    config.getLong(MySqlSourceConfig.SNAPSHOT_PROGRESS_MS));
        }
        progress.phase("adhoc");
        String name = table.toString();
        if (progress.chunksTotal(name) < 0 || at.chunksDone() == 0) {
            long estimate = reader().rowsEstimate(table);
            int chunkSize = config.getInt(MySqlSourceConfig.SNAPSHOT_CHUNK_SIZE);
            progress.table(name, estimate, (int) Math.max(at.chunksDone() + 1, (estimate + chunkSize - 1) / chunkSize),
                    at.chunksDone());
        }
    }

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (signals != null) {
            signals.wakeup();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (signals != null) {
            try {
                signals.close();
            } catch (RuntimeException e) {
                // the thread did not stop in time and still uses the consumer: it goes away with the task
            }
        }
        if (chunkReader != null) {
            chunkReader.close();
        }
        if (progress != null) {
            progress.close();
        }
    }
}
