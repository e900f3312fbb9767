package io.dmconnect.source.mysql.adhoc;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.MySqlSourceConfig.LockingMode;
import io.dmconnect.source.mysql.convert.JdbcCells;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.snapshot.Chunk;
import io.dmconnect.source.mysql.snapshot.ChunkQueries;
import io.dmconnect.source.mysql.snapshot.SnapshotSession;
import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Reads ad-hoc chunks on a side connection, each in its own consistent-snapshot transaction at an exact binlog
 * position (the initial snapshot's {@link SnapshotSession}, always lock-free). The chunk's upper key is found in the
 * same read view with the initial snapshot's boundary query (the chunk-size-th key above the previous chunk), so the
 * table is planned chunk by chunk as it is read and a restart continues above the last published chunk.
 */
final class AdhocChunkReader implements AutoCloseable {
    private final MySqlSourceConfig config;
    private final int chunkSize;
    private SnapshotSession session;

    AdhocChunkReader(MySqlSourceConfig config) {
        this.config = config;
        this.chunkSize = config.getInt(MySqlSourceConfig.SNAPSHOT_CHUNK_SIZE);
    }

    /** Opens the next chunk's read view; returns its exact binlog position. */
    BinlogPosition begin() {
        return session().begin();
    }

    /** The server's estimate of the table's rows (information_schema), for progress only. */
    long rowsEstimate(TableId table) {
        try (PreparedStatement ps = session().server().jdbc().prepareStatement(
                "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, table.schema());
            ps.setString(2, table.table());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    private SnapshotSession session() {
        if (session == null) {
            session = SnapshotSession.open(config, LockingMode.NONE);
        }
        return session;
    }

    /** Reads chunk {@code index} (keys above {@code lower}) in the open read view, then ends the transaction. */
    ChunkRows read(TableId table, int index, Serializable[] lower, BinlogPosition at) {
        try {
            // a read takes the table's metadata lock for the transaction: its definition cannot change under us
            try (Statement s = session.server().jdbc().createStatement()) {
                s.executeQuery("SELECT 1 FROM " + table.quoted() + " LIMIT 0").close();
            }
            TableSchema schema = session.schema(table);
            ChunkQueries queries = new ChunkQueries(schema, session.mariaDb());
            Serializable[] upper = queries.keyed() ? upper(queries, lower) : null;
            Chunk chunk = new Chunk(table, index, 0, queries.keyed() ? lower : null, upper);
            List<Serializable[]> rows = rows(schema, queries, chunk);
            return new ChunkRows(table, index, at, schema.columns().stream().map(ColumnDef::name).toList(), rows, upper);
        } catch (SQLException e) {
            throw new ConnectException("cannot read ad-hoc snapshot chunk " + index + " of " + table + ": " + e.getMessage(), e);
        } finally {
            end();
        }
    }

    private Serializable[] upper(ChunkQueries queries, Serializable[] lower) throws SQLException {
        try (PreparedStatement ps = session.server().jdbc().prepareStatement(queries.boundary(lower != null, chunkSize))) {
            if (lower != null) {
                queries.bindLower(ps, lower);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Serializable[] key = new Serializable[queries.key().size()];
                for (int i = 0; i < key.length; i++) {
                    key[i] = JdbcCells.read(rs, i + 1, queries.key().get(i), session.mariaDb());
                }
                return key;
            }
        }
    }

    private List<Serializable[]> rows(TableSchema schema, ChunkQueries queries, Chunk chunk) throws SQLException {
        JdbcCells.CellReader[] readers = JdbcCells.readers(schema.columns(), session.mariaDb());
        List<Serializable[]> rows = new ArrayList<>();
        try (PreparedStatement ps = session.server().jdbc().prepareStatement(queries.chunk(chunk),
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE);
            queries.bind(ps, chunk);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(JdbcCells.row(rs, readers));
                }
            }
        }
        return rows;
    }

    /** Ends the open transaction, if any (a failed read too). */
    void end() {
        if (session != null) {
            try {
                session.end();
            } catch (ConnectException e) {
                close(); // the connection is broken: the next chunk opens a new one
            }
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
