package io.dmconnect.sink.tidb.checkpoint;

import io.dmconnect.common.TableId;
import io.dmconnect.sink.tidb.apply.BarrierLedger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.RetriableException;

/**
 * The {@link BarrierLedger} in {@code meta.schema}, on one autocommit connection of its own:
 * <pre>
 * `meta`.`&lt;connector&gt;_ddl_arrivals` (ddl_key, topic, kafka_partition)  one row per copy that arrived
 * `meta`.`&lt;connector&gt;_ddl_applied`  (ddl_key) → claimed_by, done        one row per DDL, kept as its history
 * </pre>
 * Arrivals of a finished DDL are deleted; its applied row stays, so a copy read again after a restart passes.
 */
public final class DownstreamBarrierLedger implements BarrierLedger {
    /** Opens a connection (the caller's session setup included). */
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource connections;
    private final String schema;
    private final String arrivals;
    private final String applied;
    private Connection connection;

    public DownstreamBarrierLedger(ConnectionSource connections, String metaSchema, String connectorName) {
        this.connections = connections;
        this.schema = metaSchema;
        String prefix = CheckpointStore.tablePrefix(connectorName);
        this.arrivals = TableId.quote(metaSchema) + "." + TableId.quote(prefix + "_ddl_arrivals");
        this.applied = TableId.quote(metaSchema) + "." + TableId.quote(prefix + "_ddl_applied");
    }

    @Override
    public void arrive(String key, TopicPartition tp) {
        call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO " + arrivals
                    + " (ddl_key, topic, kafka_partition) VALUES (?, ?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, tp.topic());
                ps.setInt(3, tp.partition());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int arrivals(String key) {
        return call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + arrivals + " WHERE ddl_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public boolean claim(String key, TopicPartition claimant) {
        return call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO " + applied
                    + " (ddl_key, claimed_by, done) VALUES (?, ?, 0)")) {
                ps.setString(1, key);
                ps.setString(2, claimant.toString());
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT claimed_by, done FROM " + applied + " WHERE ddl_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1).equals(claimant.toString()) && !rs.getBoolean(2);
                }
            }
        });
    }

    @Override
    public void done(String key) {
        call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + applied + " SET done = 1, done_at = CURRENT_TIMESTAMP(6) WHERE ddl_key = ?");
                 PreparedStatement del = c.prepareStatement("DELETE FROM " + arrivals + " WHERE ddl_key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
                del.setString(1, key);
                del.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean isDone(String key) {
        return call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT done FROM " + applied + " WHERE ddl_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    private interface Call<T> {
        T run(Connection c) throws SQLException;
    }

    /** A failed call drops the connection; the task retries the whole put, and every call here is idempotent. */
    private synchronized <T> T call(Call<T> call) {
        try {
            if (connection == null) {
                connection = connections.open();
                connection.setAutoCommit(true);
                ensureTables(connection);
            }
            return call.run(connection);
        } catch (SQLException e) {
            close();
            throw new RetriableException("cannot reach the DDL barrier tables in " + schema + ": " + e.getMessage(), e);
        }
    }

    private void ensureTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + TableId.quote(schema));
            s.execute("CREATE TABLE IF NOT EXISTS " + arrivals + " (ddl_key CHAR(40) NOT NULL, topic VARCHAR(255) NOT NULL, "
                    + "kafka_partition INT NOT NULL, arrived_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), "
                    + "PRIMARY KEY (ddl_key, topic, kafka_partition))");
            s.execute("CREATE TABLE IF NOT EXISTS " + applied + " (ddl_key CHAR(40) NOT NULL PRIMARY KEY, "
                    + "claimed_by VARCHAR(300) NOT NULL, done TINYINT NOT NULL, "
                    + "claimed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), done_at TIMESTAMP(6) NULL)");
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a broken connection: nothing to keep
            }
            connection = null;
        }
    }
}
