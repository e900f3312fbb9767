package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.stream.Heartbeats;
import io.dmconnect.source.mysql.stream.StreamingSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Task 0's planning of a fresh snapshot: every captured table (those the schema bootstrap read) is chunked, and the
 * plan is published through Connect offsets as small records to the heartbeat topic, where the other tasks find it.
 */
final class SnapshotPlanning {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPlanning.class);

    private final MySqlSourceConfig config;
    private final SnapshotOffsets offsets;

    SnapshotPlanning(MySqlSourceConfig config) {
        this.config = config;
        this.offsets = new SnapshotOffsets(config.sourceId());
    }

    SnapshotPlan plan(StreamingSource.Bootstrapped boot) {
        String planId = boot.position().file() + ":" + boot.position().pos() + "@" + System.currentTimeMillis();
        Map<TableId, TablePlan> tables = new LinkedHashMap<>();
        long started = System.currentTimeMillis();
        try (SnapshotSession session = SnapshotSession.open(config)) {
            ChunkPlanner planner = new ChunkPlanner(session.server().jdbc(),
                    config.getInt(MySqlSourceConfig.SNAPSHOT_CHUNK_SIZE), session.mariaDb());
            for (TableSchema schema : boot.catalog().tables().values()) {
                TablePlan t = planner.plan(schema, SnapshotSession.hash(schema));
                tables.put(schema.id(), t);
                LOG.info("snapshot {}: {} has ~{} rows in {} chunks{}", planId, schema.id(), t.rowsEstimate(),
                        t.chunkCount(), new ChunkQueries(schema, session.mariaDb()).keyed() ? ""
                                : " (no primary or NOT NULL unique key: read whole, in one transaction)");
            }
        }
        SnapshotPlan plan = new SnapshotPlan(planId, boot.position(), tables);
        LOG.info("snapshot {} planned in {} ms: {} tables, {} chunks over {} tasks; streaming takes over at {}", planId,
                System.currentTimeMillis() - started, tables.size(), plan.chunks().size(), config.taskCount(), boot.position());
        return plan;
    }

    /** The plan's records: one per table, then the plan itself (readers require every table of the plan). */
    List<SourceRecord> records(SnapshotPlan plan) {
        List<SourceRecord> records = new ArrayList<>();
        for (TableId t : plan.tableOrder()) {
            records.add(record(offsets.tablePartition(t), SnapshotOffsets.tableOffset(plan.planId(), plan.tables().get(t)),
                    plan.start()));
        }
        records.add(record(offsets.planPartition(), SnapshotOffsets.planOffset(plan), plan.start()));
        return records;
    }

    /**
     * The first start's CREATE TABLE records, with the plan's id in their stream offset: a restart that finds this
     * offset but not the plan knows the plan was lost and plans again.
     */
    static List<SourceRecord> tagged(List<SourceRecord> records, String planId) {
        List<SourceRecord> out = new ArrayList<>(records.size());
        for (SourceRecord r : records) {
            Map<String, Object> offset = new HashMap<>(r.sourceOffset());
            offset.put(SnapshotStart.PLAN_KEY, planId);
            out.add(new SourceRecord(r.sourcePartition(), offset, r.topic(), r.kafkaPartition(), r.keySchema(), r.key(),
                    r.valueSchema(), r.value(), r.timestamp(), r.headers()));
        }
        return out;
    }

    private SourceRecord record(Map<String, String> partition, Map<String, Object> offset, BinlogPosition at) {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString(ChunkCursor.HEADER, "plan");
        long now = System.currentTimeMillis();
        return new SourceRecord(partition, offset, config.topicPrefix() + ".heartbeat", null, null, null,
                Heartbeats.SCHEMA, Heartbeats.value(config.sourceId(), at, now), now, headers);
    }
}
