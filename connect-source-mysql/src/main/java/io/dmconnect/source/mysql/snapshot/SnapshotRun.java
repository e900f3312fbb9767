package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.Rules;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.adhoc.AdhocState;
import io.dmconnect.source.mysql.binlog.RowSkip;
import io.dmconnect.source.mysql.MySqlSourceConfig.SnapshotMode;
import io.dmconnect.source.mysql.metrics.SnapshotProgress;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.position.SourcePartitions;
import io.dmconnect.source.mysql.server.ServerConnection;
import io.dmconnect.source.mysql.stream.SourceRunner;
import io.dmconnect.source.mysql.stream.StreamingSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task's part of a snapshot, phase by phase. Task 0 plans (or resumes) the snapshot, reads its chunks, waits
 * until every chunk of the plan is done, then streams the binlog from the plan's position with the
 * {@link SnapshotSkips} handoff rule (initial, when_needed) or idles (initial_only). The other tasks wait for the
 * plan in the offsets, read their chunks and idle, watching for a newer plan (a when_needed re-snapshot).
 */
public final class SnapshotRun implements SourceRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotRun.class);
    /** How often a task that waits for its first plan reads the offsets: each read costs one offsets-topic fetch. */
    private static final long FIRST_PLAN_CHECK_MS = 200;
    /** How often a task with nothing to do looks for a newer plan (a when_needed re-snapshot). */
    private static final long PLAN_CHECK_MS = 1_000;
    private static final long DONE_CHECK_MS = 2_000;

    private enum Phase { FIRST_RECORDS, PLAN_COMMITTING, READING, WAITING_FOR_PLAN, WAITING_FOR_OTHERS, STREAMING, FINISHED }

    private final MySqlSourceConfig config;
    private final Rules rules;
    private final OffsetStorageReader offsetReader;
    private final SnapshotOffsets offsets;
    private final SnapshotProgress progress;
    private Phase phase;
    private SnapshotPlan plan;
    private SnapshotReader reader;
    private List<SourceRecord> firstRecords = List.of();
    private final Map<String, BinlogPosition> ownPositions = new HashMap<>();
    private boolean freshPlan;
    private StreamingSource streaming;

    private SnapshotRun(MySqlSourceConfig config, Rules rules, OffsetStorageReader offsetReader) {
        this.config = config;
        this.rules = rules;
        this.offsetReader = offsetReader;
        this.offsets = new SnapshotOffsets(config.sourceId());
        this.progress = new SnapshotProgress(config.sourceId(), config.taskIndex(),
                config.getLong(MySqlSourceConfig.SNAPSHOT_PROGRESS_MS));
    }

    /** What this task runs: a snapshot part, or (task 0, nothing to snapshot) plain streaming. */
    public static SourceRunner start(MySqlSourceConfig config, Rules rules, OffsetStorageReader offsetReader) {
        SnapshotMode mode = config.snapshotMode();
        Map<String, Object> streamOffset = offsetReader.offset(SourcePartitions.of(config.sourceId()));
        streamOffset = streamOffset == null || streamOffset.isEmpty() ? null : streamOffset;
        if (config.taskIndex() > 0) {
            SnapshotRun run = new SnapshotRun(config, rules, offsetReader);
            run.waitForPlan();
            return run;
        }
        Optional<SnapshotPlan> committed = new SnapshotOffsets(config.sourceId()).readPlan(offsetReader);
        boolean purged = streamOffset != null && purged(config, streamOffset);
        boolean startSet = !(config.getString(MySqlSourceConfig.START_FILE).isBlank()
                && config.getString(MySqlSourceConfig.START_GTID).isBlank()
                && config.getString(MySqlSourceConfig.START_TIME).isBlank());
        SnapshotStart start = SnapshotStart.decide(mode, committed.isPresent(), streamOffset, purged, startSet);
        LOG.info("source {} task 0: snapshot.mode={}, plan {}, stream offset {}{}: {}", config.sourceId(),
                mode.name().toLowerCase(java.util.Locale.ROOT), committed.map(SnapshotPlan::planId).orElse("none"),
                streamOffset == null ? "none" : BinlogPosition.fromOffset(streamOffset), purged ? " (purged)" : "", start);
        if (start == SnapshotStart.STREAM) {
            return StreamingSource.start(config, rules, streamOffset == null ? null : BinlogPosition.fromOffset(streamOffset),
                    RowSkip.NONE, AdhocState.fromOffset(streamOffset));
        }
        SnapshotRun run = new SnapshotRun(config, rules, offsetReader);
        if (start == SnapshotStart.FRESH) {
            run.planAfresh();
        } else {
            run.read(committed.get());
        }
        return run;
    }

    private static boolean purged(MySqlSourceConfig config, Map<String, Object> streamOffset) {
        try (ServerConnection server = ServerConnection.open(config.hostname(), config.port(), config.user(), config.password())) {
            return !server.binlogFiles().contains(BinlogPosition.fromOffset(streamOffset).file());
        }
    }

    private void planAfresh() {
        progress.phase("planning");
        ProducerAdvice.advice(config.originalsStrings()).ifPresent(advice -> LOG.info("source {}: {}", config.sourceId(),
                advice));
        StreamingSource.Bootstrapped boot = StreamingSource.bootstrap(config, rules);
        SnapshotPlan fresh = new SnapshotPlanning(config).plan(boot);
        List<SourceRecord> first = new ArrayList<>(SnapshotPlanning.tagged(boot.records(), fresh.planId()));
        first.addAll(new SnapshotPlanning(config).records(fresh));
        firstRecords = first;
        freshPlan = true;
        read(fresh);
        phase = Phase.FIRST_RECORDS;
    }

    /** Reads this task's unfinished chunks of {@code p}. */
    private void read(SnapshotPlan p) {
        plan = p;
        List<Chunk> mine = p.chunksOf(config.taskIndex(), config.taskCount());
        Map<String, SnapshotOffsets.ChunkDone> done = freshPlan ? Map.of() : offsets.readDone(offsetReader, p.planId(), mine);
        for (TableId t : p.tableOrder()) {
            List<Chunk> ofTable = mine.stream().filter(c -> c.table().equals(t)).toList();
            if (!ofTable.isEmpty()) {
                progress.table(t.toString(), p.tables().get(t).rowsEstimate() * ofTable.size() / p.tables().get(t).chunkCount(),
                        ofTable.size(), (int) ofTable.stream().filter(c -> done.containsKey(c.id(p.planId()))).count());
            }
        }
        List<Chunk> todo = mine.stream().filter(c -> !done.containsKey(c.id(p.planId()))).toList();
        LOG.info("snapshot {}: task {} of {} reads {} of its {} chunks ({} of the plan's {} tables)", p.planId(),
                config.taskIndex(), config.taskCount(), todo.size(), mine.size(), progress.getTablesTotal(), p.tables().size());
        closeReader();
        reader = new SnapshotReader(config, p, todo, progress);
        phase = Phase.READING;
        progress.phase("reading");
    }

    private void waitForPlan() {
        phase = Phase.WAITING_FOR_PLAN;
        progress.phase("waiting-for-plan");
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        switch (phase) {
            case FIRST_RECORDS -> {
                phase = Phase.PLAN_COMMITTING;
                progress.phase("committing-plan");
                LOG.info("snapshot {}: planned; chunks are read once the worker commits the plan's offsets (at its next "
                        + "offset.flush.interval.ms; Connect's default is 60 s, 1-5 s is recommended)", plan.planId());
                List<SourceRecord> first = firstRecords;
                firstRecords = List.of();
                return first;
            }
            case PLAN_COMMITTING -> {
                awaitPlanCommitted();
                return List.of();
            }
            case READING -> {
                return readSome();
            }
            case WAITING_FOR_OTHERS -> {
                awaitOthers();
                return List.of();
            }
            case STREAMING -> {
                return streaming.poll();
            }
            default -> {
                watchForPlan();
                return List.of();
            }
        }
    }

    /**
     * Task 0 reads no chunk of a fresh plan before the plan is in the committed offsets, like the other tasks: a plan
     * lost in a crash is planned again at a later position, and a row an earlier chunk had published could have been
     * deleted in between (streaming starts after the delete) and would stay downstream.
     */
    private void awaitPlanCommitted() throws InterruptedException {
        Optional<SnapshotPlan> committed = offsets.readPlan(offsetReader);
        if (committed.isPresent() && committed.get().planId().equals(plan.planId())) {
            LOG.info("snapshot {}: the plan is committed, task 0 reads its chunks", plan.planId());
            phase = Phase.READING;
            progress.phase("reading");
            return;
        }
        Thread.sleep(FIRST_PLAN_CHECK_MS);
    }

    private List<SourceRecord> readSome() {
        List<SourceRecord> records = reader.poll();
        if (reader.finished()) {
            ownPositions.putAll(reader.positions());
            progress.finishedReading();
            closeReader();
            if (config.taskIndex() == 0) {
                phase = Phase.WAITING_FOR_OTHERS;
                progress.phase("waiting-for-other-tasks");
            } else {
                phase = Phase.FINISHED;
                progress.phase("finished");
            }
        }
        return records;
    }

    /** Task 0: every chunk done (own ones known here, the others' from the offsets)? Then hand over. */
    private void awaitOthers() throws InterruptedException {
        Map<String, BinlogPosition> positions = new HashMap<>(ownPositions);
        List<Chunk> all = plan.chunks();
        List<Chunk> others = all.stream().filter(c -> !positions.containsKey(c.id(plan.planId()))).toList();
        offsets.readDone(offsetReader, plan.planId(), others).forEach((id, d) -> positions.put(id, d.high()));
        List<String> missing = all.stream().map(c -> c.id(plan.planId())).filter(id -> !positions.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            LOG.info("snapshot {}: waiting for {} chunks of other tasks, e.g. {}", plan.planId(), missing.size(),
                    missing.subList(0, Math.min(3, missing.size())));
            Thread.sleep(DONE_CHECK_MS);
            return;
        }
        LOG.info("snapshot {} finished: every chunk of {} tables is done", plan.planId(), plan.tables().size());
        if (config.snapshotMode() == SnapshotMode.INITIAL_ONLY) {
            LOG.info("snapshot.mode=initial_only: the snapshot is finished; the connector reads nothing more");
            phase = Phase.FINISHED;
            progress.phase("finished");
            return;
        }
        streaming = StreamingSource.start(config, rules, streamStart(), SnapshotSkips.of(plan, positions),
                freshPlan ? AdhocState.NONE : AdhocState.fromOffset(offsetReader.offset(SourcePartitions.of(config.sourceId()))));
        phase = Phase.STREAMING;
        progress.phase("streaming");
    }

    /** A fresh plan streams from its own position (its first records' offset may not be committed yet). */
    private BinlogPosition streamStart() {
        Map<String, Object> committed = offsetReader.offset(SourcePartitions.of(config.sourceId()));
        if (freshPlan || committed == null || committed.isEmpty()) {
            return plan.start();
        }
        BinlogPosition at = BinlogPosition.fromOffset(committed);
        return at.compareTo(plan.start()) < 0 ? plan.start() : at;
    }

    /** Tasks > 0, and finished task 0 in initial_only: follow the plan in the offsets (a new one is read too). */
    private void watchForPlan() throws InterruptedException {
        if (config.taskIndex() > 0) {
            Optional<SnapshotPlan> committed = offsets.readPlan(offsetReader);
            if (committed.isPresent() && (plan == null || !plan.planId().equals(committed.get().planId()))) {
                read(committed.get());
                return;
            }
        }
        Thread.sleep(phase == Phase.WAITING_FOR_PLAN ? FIRST_PLAN_CHECK_MS : PLAN_CHECK_MS);
    }

    private void closeReader() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    @Override
    public void close() {
        closeReader();
        if (streaming != null) {
            streaming.close();
        }
        progress.close();
    }
}
