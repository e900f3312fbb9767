package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.CreateTableParser;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.common.schema.TableSchemaJson;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.MySqlSourceConfig.LockingMode;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.server.ServerConnection;
import io.dmconnect.source.mysql.server.ServerFlavors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's snapshot connection: consistent-snapshot transactions and the exact binlog position of each.
 *
 * <p>Lock-free ({@code none}): every chunk gets its own {@code START TRANSACTION WITH CONSISTENT SNAPSHOT}. MariaDB
 * reports the binlog position of that read view itself ({@code binlog_snapshot_file/position}, taken under its
 * commit ordering), so the chunk's rows are exactly the state at that position. MySQL has no such status: the
 * position is read before and after opening the transaction and the transaction is retried until both agree
 * (nothing was logged meanwhile); see docs/snapshot.md for what remains of the race there.
 *
 * <p>Global ({@code global}, DM's dump): FLUSH TABLES WITH READ LOCK, open one consistent-snapshot transaction,
 * read the position, UNLOCK TABLES; every chunk of the task is read in that transaction.
 */
public final class SnapshotSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSession.class);
    private static final int MYSQL_ATTEMPTS = 50;

    private final ServerConnection server;
    private final boolean mariaDb;
    private final LockingMode locking;
    private final CreateTableParser parser;
    private BinlogPosition globalPosition;

    private SnapshotSession(ServerConnection server, boolean mariaDb, LockingMode locking) {
        this.server = server;
        this.mariaDb = mariaDb;
        this.locking = locking;
        this.parser = new CreateTableParser(ServerFlavors.of(server, mariaDb));
    }

    public static SnapshotSession open(MySqlSourceConfig config) {
        return open(config, config.lockingMode());
    }

    /** A session with the given locking mode (ad-hoc snapshots are always lock-free, whatever the config says). */
    public static SnapshotSession open(MySqlSourceConfig config, LockingMode locking) {
        ServerConnection server = ServerConnection.open(config.hostname(), config.port(), config.user(), config.password());
        try {
            // UNIX_TIMESTAMP of a TIMESTAMP column and TIMESTAMP literals of key bounds both mean UTC then
            execute(server, "SET SESSION time_zone = '+00:00'");
            execute(server, "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            return new SnapshotSession(server, server.isMariaDb(), locking);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public ServerConnection server() {
        return server;
    }

    public boolean mariaDb() {
        return mariaDb;
    }

    /** Opens the read view of the next chunk (global: the task's one read view) and returns its exact position. */
    public BinlogPosition begin() {
        if (locking == LockingMode.GLOBAL) {
            if (globalPosition == null) {
                globalPosition = beginGlobal();
            }
            return globalPosition;
        }
        return mariaDb ? beginMariaDb() : beginMySql();
    }

    /** The chunk is read: ends its transaction (global: the one transaction stays open for the next chunk). */
    public void end() {
        if (locking == LockingMode.NONE) {
            execute(server, "COMMIT");
        }
    }

    /** The table's schema now, as the schema bootstrap reads it, and the hash the plan recorded for it. */
    public TableSchema schema(TableId table) {
        String ddl = server.query("SHOW CREATE TABLE " + table.quoted()).get(0).get("Create Table");
        return parser.parse(ddl, table);
    }

    public static String hash(TableSchema schema) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(TableSchemaJson.write(schema).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private BinlogPosition beginMariaDb() {
        execute(server, "START TRANSACTION WITH CONSISTENT SNAPSHOT");
        String file = null;
        long pos = -1;
        for (Map<String, String> row : server.query("SHOW STATUS LIKE 'binlog_snapshot_%'")) {
            String name = row.get("Variable_name").toLowerCase(java.util.Locale.ROOT);
            if (name.equals("binlog_snapshot_file")) {
                file = row.get("Value");
            } else if (name.equals("binlog_snapshot_position")) {
                pos = Long.parseLong(row.get("Value"));
            }
        }
        if (file == null || file.isEmpty() || pos < 0) {
            throw new ConnectException(server.description() + " reports no binlog_snapshot_file/position: is log_bin ON?");
        }
        return BinlogPosition.at(file, pos);
    }

    private BinlogPosition beginMySql() {
        for (int attempt = 1; ; attempt++) {
            Map<String, String> before = server.binlogStatus();
            execute(server, "START TRANSACTION WITH CONSISTENT SNAPSHOT");
            Map<String, String> after = server.binlogStatus();
            if (before.equals(after) || attempt == MYSQL_ATTEMPTS) {
                if (!before.equals(after)) {
                    LOG.warn("{}: the binlog kept moving while opening a snapshot transaction ({} attempts); using {} "
                            + "(changes logged in between may reach the topic twice; snapshot.locking.mode=global avoids "
                            + "this)", server.description(), attempt, before);
                }
                return BinlogPosition.at(before.get("file"), Long.parseLong(before.get("pos")));
            }
            execute(server, "COMMIT");
        }
    }

    private BinlogPosition beginGlobal() {
        try {
            execute(server, "FLUSH TABLES WITH READ LOCK");
        } catch (ConnectException e) {
            throw new ConnectException("snapshot.locking.mode=global: FLUSH TABLES WITH READ LOCK failed on "
                    + server.description() + " (" + e.getMessage() + "). It needs the RELOAD privilege (GRANT RELOAD "
                    + "ON *.* TO the connector's user), or use snapshot.locking.mode=none, which takes no lock.", e);
        }
        try {
            execute(server, "START TRANSACTION WITH CONSISTENT SNAPSHOT");
            Map<String, String> p = server.binlogStatus();
            return BinlogPosition.at(p.get("file"), Long.parseLong(p.get("pos")));
        } finally {
            execute(server, "UNLOCK TABLES");
        }
    }

    private static void execute(ServerConnection server, String sql) {
        try (Statement s = server.jdbc().createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new ConnectException(server.description() + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Ends the global transaction, if any, and closes the connection. */
    @Override
    public void close() {
        if (globalPosition != null) {
            try {
                execute(server, "COMMIT");
            } catch (ConnectException e) {
                // the connection is going away anyway
            }
        }
        server.close();
    }

}
