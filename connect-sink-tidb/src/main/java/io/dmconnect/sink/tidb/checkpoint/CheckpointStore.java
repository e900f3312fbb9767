package io.dmconnect.sink.tidb.checkpoint;

import io.dmconnect.common.TableId;
import io.dmconnect.sink.tidb.decode.SourcePos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * The sink's checkpoint tables in {@code meta.schema} (DM's meta-schema), written by each apply worker in the same
 * transaction as its rows:
 * <pre>
 * `meta`.`&lt;connector&gt;_sink_offsets`   (topic, kafka_partition, worker) → next_offset
 * `meta`.`&lt;connector&gt;_sink_positions` (source_id, db_name, tbl_name, kafka_partition, worker) → file, pos, event_idx, row_idx
 * </pre>
 */
public final class CheckpointStore {
    private final String offsetsTable;
    private final String positionsTable;
    private final String schema;

    public CheckpointStore(String metaSchema, String connectorName) {
        String prefix = tablePrefix(connectorName);
        this.schema = metaSchema;
        this.offsetsTable = TableId.quote(metaSchema) + "." + TableId.quote(prefix + "_sink_offsets");
        this.positionsTable = TableId.quote(metaSchema) + "." + TableId.quote(prefix + "_sink_positions");
    }

    /** The connector's name as a table-name prefix: safe characters, short enough for MySQL's 64. */
    public static String tablePrefix(String connectorName) {
        String prefix = connectorName.replaceAll("[^A-Za-z0-9_]", "_");
        if (prefix.length() > 40) {
            prefix = prefix.substring(0, 32) + "_" + Integer.toHexString(connectorName.hashCode());
        }
        return prefix;
    }

    public void ensureTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + TableId.quote(schema));
            s.execute("CREATE TABLE IF NOT EXISTS " + offsetsTable + " (topic VARCHAR(255) NOT NULL, kafka_partition INT NOT NULL, "
                    + "worker INT NOT NULL, next_offset BIGINT NOT NULL, updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), "
                    + "PRIMARY KEY (topic, kafka_partition, worker))");
            s.execute("CREATE TABLE IF NOT EXISTS " + positionsTable + " (source_id VARCHAR(255) NOT NULL, db_name VARCHAR(64) NOT NULL, "
                    + "tbl_name VARCHAR(64) NOT NULL, kafka_partition INT NOT NULL, worker INT NOT NULL, file VARCHAR(255) NOT NULL, "
                    + "pos BIGINT NOT NULL, event_idx BIGINT NOT NULL, row_idx BIGINT NOT NULL, "
                    + "PRIMARY KEY (source_id, db_name, tbl_name, kafka_partition, worker))");
        }
    }

    public Checkpoints load(Connection c) throws SQLException {
        Map<Integer, Map<TopicPartition, Long>> offsets = new HashMap<>();
        Map<Integer, Map<TableKey, SourcePos>> positions = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT topic, kafka_partition, worker, next_offset FROM " + offsetsTable)) {
                while (rs.next()) {
                    offsets.computeIfAbsent(rs.getInt(3), w -> new HashMap<>())
                            .put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(4));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT source_id, db_name, tbl_name, kafka_partition, worker, file, pos, event_idx, row_idx FROM " + positionsTable)) {
                while (rs.next()) {
                    TableKey key = new TableKey(rs.getString(1), new TableId(rs.getString(2), rs.getString(3)), rs.getInt(4));
                    positions.computeIfAbsent(rs.getInt(5), w -> new HashMap<>())
                            .put(key, new SourcePos(rs.getString(1), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
                }
            }
        }
        return new Checkpoints(offsets, positions);
    }

    /** Upserts one worker's checkpoint; the caller's transaction commits it together with the rows. */
    public void save(Connection c, int worker, Map<TopicPartition, Long> nextOffsets, Map<TableKey, SourcePos> lastPositions)
            throws SQLException {
        if (!nextOffsets.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + offsetsTable + " (topic, kafka_partition, worker, next_offset) "
                    + "VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE next_offset = VALUES(next_offset), updated_at = CURRENT_TIMESTAMP(6)")) {
                for (Map.Entry<TopicPartition, Long> e : nextOffsets.entrySet()) {
                    ps.setString(1, e.getKey().topic());
                    ps.setInt(2, e.getKey().partition());
                    ps.setInt(3, worker);
                    ps.setLong(4, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!lastPositions.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + positionsTable
                    + " (source_id, db_name, tbl_name, kafka_partition, worker, file, pos, event_idx, row_idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE file = VALUES(file), pos = VALUES(pos), event_idx = VALUES(event_idx), row_idx = VALUES(row_idx)")) {
                for (Map.Entry<TableKey, SourcePos> e : lastPositions.entrySet()) {
                    ps.setString(1, e.getKey().sourceId());
                    ps.setString(2, e.getKey().table().schema());
                    ps.setString(3, e.getKey().table().table());
                    ps.setInt(4, e.getKey().partition());
                    ps.setInt(5, worker);
                    ps.setString(6, e.getValue().file());
                    ps.setLong(7, e.getValue().pos());
                    ps.setLong(8, e.getValue().event());
                    ps.setLong(9, e.getValue().row());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
