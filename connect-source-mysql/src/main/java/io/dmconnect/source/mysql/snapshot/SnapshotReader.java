package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.emit.SourceStructs;
import io.dmconnect.source.mysql.metrics.SnapshotProgress;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.stream.StreamingSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Reads a task's unfinished chunks of a plan, one after another, a batch of records per poll, on the task's own
 * snapshot connection; remembers where each chunk was read (task 0 needs its own chunks' positions at handoff).
 */
final class SnapshotReader implements AutoCloseable {
    private final MySqlSourceConfig config;
    private final SnapshotPlan plan;
    private final Deque<Chunk> todo;
    private final SnapshotProgress progress;
    private final SnapshotOffsets offsets;
    private final SourceStructs sources;
    private final Map<TableId, SnapshotTable> tables = new HashMap<>();
    private final Map<String, BinlogPosition> read = new HashMap<>();
    private final int batchSize;
    private SnapshotSession session;
    private ChunkCursor cursor;

    SnapshotReader(MySqlSourceConfig config, SnapshotPlan plan, List<Chunk> todo, SnapshotProgress progress) {
        this.config = config;
        this.plan = plan;
        this.todo = new ArrayDeque<>(todo);
        this.progress = progress;
        this.offsets = new SnapshotOffsets(config.sourceId());
        this.sources = new SourceStructs(config.topicPrefix(), config.sourceId());
        this.batchSize = config.getInt(MySqlSourceConfig.BATCH_SIZE);
    }

    boolean finished() {
        return todo.isEmpty() && cursor == null;
    }

    /** Where each chunk this reader finished was read, by {@link Chunk#id}. */
    Map<String, BinlogPosition> positions() {
        return read;
    }

    List<SourceRecord> poll() {
        if (cursor == null) {
            if (todo.isEmpty()) {
                return List.of();
            }
            Chunk chunk = todo.peekFirst();
            cursor = new ChunkCursor(session(), chunk, table(chunk.table()), offsets.chunkPartition(plan.planId(), chunk),
                    sources, config.topicPrefix() + ".heartbeat");
        }
        List<SourceRecord> records = cursor.next(batchSize);
        Chunk chunk = todo.peekFirst();
        String name = chunk.table().toString();
        progress.rows(name, cursor.done() && cursor.rows() == 0 ? 0 : records.size()); // an empty chunk: a marker only
        if (cursor.done()) {
            read.put(chunk.id(plan.planId()), cursor.position());
            progress.chunkDone(name);
            cursor.close();
            cursor = null;
            todo.removeFirst();
            if (todo.isEmpty()) {
                closeSession();
            }
        }
        return records;
    }

    private SnapshotSession session() {
        if (session == null) {
            session = SnapshotSession.open(config);
        }
        return session;
    }

    /** The table's schema now, which must be the planned one; its record factory is the binlog rows' one. */
    private SnapshotTable table(TableId id) {
        return tables.computeIfAbsent(id, t -> {
            TablePlan planned = plan.tables().get(t);
            TableSchema schema = session().schema(t);
            if (!SnapshotSession.hash(schema).equals(planned.schemaHash())) {
                throw new ConnectException("the schema of " + t + " changed since the snapshot was planned; schema "
                        + "changes of a table being snapshotted are not supported. Delete the connector's offsets to "
                        + "snapshot again.");
            }
            return new SnapshotTable(schema, planned.schemaHash(), new ChunkQueries(schema, session().mariaDb()),
                    StreamingSource.tableRecords(config, schema));
        });
    }

    private void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
        closeSession();
    }
}
