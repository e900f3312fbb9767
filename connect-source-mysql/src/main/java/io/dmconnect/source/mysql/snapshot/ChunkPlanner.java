package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.convert.JdbcCells;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Splits a table into chunks of {@code chunkSize} rows by its key (keyset pagination: each boundary is the key of
 * the chunk-size-th row above the previous one, found through the key index). A table without a primary key or NOT
 * NULL unique key is one chunk. The boundaries only split the key space: rows written meanwhile are fine, each
 * chunk is read later at its own consistent position.
 */
public final class ChunkPlanner {
    private final Connection connection;
    private final int chunkSize;
    private final boolean mariaDb;

    public ChunkPlanner(Connection connection, int chunkSize, boolean mariaDb) {
        this.connection = connection;
        this.chunkSize = chunkSize;
        this.mariaDb = mariaDb;
    }

    public TablePlan plan(TableSchema schema, String schemaHash) {
        ChunkQueries queries = new ChunkQueries(schema, mariaDb);
        try {
            List<Serializable[]> boundaries = queries.keyed() ? boundaries(queries) : List.of();
            return new TablePlan(schema.id(), boundaries, rowsEstimate(schema.id()), schemaHash);
        } catch (SQLException e) {
            throw new ConnectException("cannot plan the snapshot of " + schema.id() + ": " + e.getMessage(), e);
        }
    }

    private List<Serializable[]> boundaries(ChunkQueries queries) throws SQLException {
        List<Serializable[]> boundaries = new ArrayList<>();
        Serializable[] lower = null;
        try (PreparedStatement first = connection.prepareStatement(queries.boundary(false, chunkSize));
             PreparedStatement next = connection.prepareStatement(queries.boundary(true, chunkSize))) {
            while (true) {
                PreparedStatement ps = lower == null ? first : next;
                if (lower != null) {
                    queries.bindLower(ps, lower);
                }
                lower = key(ps, queries.key());
                if (lower == null) {
                    return boundaries;
                }
                boundaries.add(lower);
            }
        }
    }

    private Serializable[] key(PreparedStatement ps, List<ColumnDef> key) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Serializable[] cells = new Serializable[key.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = JdbcCells.read(rs, i + 1, key.get(i), mariaDb);
            }
            return cells;
        }
    }

    private long rowsEstimate(TableId table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, table.schema());
            ps.setString(2, table.table());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
