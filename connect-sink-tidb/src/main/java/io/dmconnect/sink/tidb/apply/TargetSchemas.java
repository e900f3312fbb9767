package io.dmconnect.sink.tidb.apply;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.sink.tidb.decode.Change;
import io.dmconnect.sink.tidb.tables.TargetTables;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;

/** The downstream schema of a target table, read on its own connection (never a worker's, which holds a transaction). */
public final class TargetSchemas implements AutoCloseable {
    private final DownstreamConnections downstream;
    private final TargetTables tables;
    private Connection connection;

    public TargetSchemas(DownstreamConnections downstream, TargetTables tables) {
        this.downstream = downstream;
        this.tables = tables;
    }

    /** The schema, or a task failure naming the table when it does not exist downstream. */
    public TableSchema require(TableId target, Change.Row row) {
        try {
            return tables.get(connection(), target).orElseThrow(() -> ApplyEngine.missingTable(target, row));
        } catch (SQLException e) {
            closeQuietly();
            throw new RetriableException("cannot read the schema of " + target + " downstream: " + e.getMessage(), e);
        }
    }

    public void invalidate(TableId target) {
        tables.invalidate(target);
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = downstream.open();
            connection.setAutoCommit(true);
        }
        return connection;
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // broken anyway
        }
        connection = null;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    /** For the DDL stage, which shares this connection (DDL runs outside any worker's transaction). */
    Connection ddlConnection() {
        try {
            return connection();
        } catch (SQLException e) {
            throw new ConnectException("cannot connect to " + downstream.description() + ": " + e.getMessage(), e);
        }
    }
}
