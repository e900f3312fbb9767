package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.record.Envelope;
import io.dmconnect.source.mysql.convert.JdbcCells;
import io.dmconnect.source.mysql.emit.SourceStructs;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.position.SourcePartitions;
import io.dmconnect.source.mysql.stream.Heartbeats;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Reads one chunk, a batch of records per call: opens the chunk's read view, locks the table's definition for the
 * transaction (a read takes the metadata lock, held until commit), checks that the definition is still the
 * planned one, then streams the rows as op {@code r} records through the same {@code TableRecords} and
 * {@code RowConverter} as binlog rows. The last record carries the chunk's done offset; an empty chunk emits one
 * marker record to the heartbeat topic instead.
 */
final class ChunkCursor implements AutoCloseable {
    static final String HEADER = "dm.snapshot";

    private final SnapshotSession session;
    private final Chunk chunk;
    private final SnapshotTable table;
    private final Map<String, String> partition;
    private final SourceStructs sources;
    private final String heartbeatTopic;
    private final BitSet allColumns;
    private final JdbcCells.CellReader[] readers;
    private PreparedStatement statement;
    private ResultSet rows;
    private BinlogPosition position;
    private Struct held;
    private long count;
    private boolean done;

    ChunkCursor(SnapshotSession session, Chunk chunk, SnapshotTable table, Map<String, String> partition,
                SourceStructs sources, String heartbeatTopic) {
        this.session = session;
        this.chunk = chunk;
        this.table = table;
        this.partition = partition;
        this.sources = sources;
        this.heartbeatTopic = heartbeatTopic;
        this.allColumns = new BitSet();
        allColumns.set(0, table.schema().columns().size());
        this.readers = JdbcCells.readers(table.schema().columns(), session.mariaDb());
    }

    boolean done() {
        return done;
    }

    long rows() {
        return count;
    }

    BinlogPosition position() {
        return position;
    }

    /** Up to {@code max} records of the chunk; the chunk's last call returns its done record. */
    List<SourceRecord> next(int max) {
        try {
            if (rows == null) {
                open();
            }
            List<SourceRecord> out = new ArrayList<>(Math.min(max, 4096));
            // one source block per batch, shared by its records (Connect's converters and SMTs build new structs,
            // never change one): every field but ts_ms is the chunk's, and a batch is read within milliseconds;
            // per row it cost 16 validated puts
            long now = System.currentTimeMillis();
            Struct source = source(now);
            while (out.size() < max && rows.next()) {
                Struct row = table.records().encoder().value(JdbcCells.row(rows, readers), allColumns);
                if (held != null) {
                    out.add(record(held, SnapshotOffsets.chunkInFlight(), source, now));
                }
                held = row;
                count++;
            }
            if (out.size() < max) {
                finish(out, source, now);
            }
            return out;
        } catch (SQLException e) {
            throw new ConnectException("cannot read snapshot chunk " + chunk.index() + " of " + chunk.table() + ": "
                    + e.getMessage(), e);
        }
    }

    private void open() throws SQLException {
        position = session.begin();
        lockAndVerify();
        statement = session.server().jdbc().prepareStatement(table.queries().chunk(chunk), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(Integer.MIN_VALUE); // Connector/J streams the rows instead of buffering them all
        table.queries().bind(statement, chunk);
        rows = statement.executeQuery();
    }

    /**
     * Takes the table's metadata lock in this transaction (DDL on it now waits for the commit), then compares the
     * definition with the planned one: rows read under another definition would not fit the topic's schema.
     */
    private void lockAndVerify() throws SQLException {
        try (var s = session.server().jdbc().createStatement()) {
            s.executeQuery("SELECT 1 FROM " + chunk.table().quoted() + " LIMIT 0").close();
        }
        String now = SnapshotSession.hash(session.schema(chunk.table()));
        if (!now.equals(table.schemaHash())) {
            throw new ConnectException("the schema of " + chunk.table() + " changed during its snapshot (a DDL ran after "
                    + "the snapshot was planned); schema changes of a table being snapshotted are not supported. Let "
                    + "the DDL finish, then delete the connector's offsets (or use snapshot.mode=when_needed after a "
                    + "purge) to snapshot again.");
        }
    }

    private void finish(List<SourceRecord> out, Struct source, long now) throws SQLException {
        rows.close();
        statement.close();
        session.end();
        Map<String, Object> doneOffset = SnapshotOffsets.chunkDone(position, count);
        out.add(held != null ? record(held, doneOffset, source, now) : marker(doneOffset));
        held = null;
        done = true;
    }

    private Struct source(long now) {
        return sources.struct(position, now, chunk.table().schema(), chunk.table().table(), null, 0, null, true);
    }

    private SourceRecord record(Struct after, Map<String, Object> offset, Struct source, long now) {
        return table.records().record(partition, offset, Envelope.Op.READ, null, after, source, now);
    }

    private SourceRecord marker(Map<String, Object> offset) {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString(HEADER, "chunk");
        long now = System.currentTimeMillis();
        return new SourceRecord(partition, offset, heartbeatTopic, null, null, null, Heartbeats.SCHEMA,
                Heartbeats.value(partition.get(SourcePartitions.SOURCE_ID), position, now), now, headers);
    }

    @Override
    public void close() {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            // the session is closed next
        }
    }
}
