package io.dmconnect.source.mysql.stream;

import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.server.ServerConnection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Where streaming starts: the committed offset when there is one (DM's checkpoint), otherwise the configured start
 * (DM's meta: GTID set, or a start time, or file and position), otherwise where the schemas were read. A start in a binlog file the
 * server no longer has is an error that names the file and what to do.
 */
public record StartPoint(BinlogPosition position, String gtids, boolean fromOffset) {

    public static StartPoint choose(BinlogPosition committed, MySqlSourceConfig config, BinlogPosition bootstrapped,
                                    Function<Instant, BinlogPosition> byTime) {
        if (committed != null) {
            return new StartPoint(committed, null, true);
        }
        String gtid = config.getString(MySqlSourceConfig.START_GTID);
        if (!gtid.isBlank()) {
            return new StartPoint(new BinlogPosition("", 4, gtid.trim(), 0, 0, 0, 0), gtid.trim(), false);
        }
        String time = config.getString(MySqlSourceConfig.START_TIME);
        if (!time.isBlank()) {
            return new StartPoint(byTime.apply(OffsetDateTime.parse(time.trim()).toInstant()), null, false);
        }
        String file = config.getString(MySqlSourceConfig.START_FILE);
        if (!file.isBlank()) {
            return new StartPoint(BinlogPosition.at(file.trim(), config.getLong(MySqlSourceConfig.START_POSITION)), null, false);
        }
        return new StartPoint(bootstrapped, null, false);
    }

    /** Fails when the file to start from was purged (or never existed). */
    public void requireAvailable(ServerConnection server) {
        if (gtids != null) {
            return; // the server resolves GTIDs itself and says so when they are purged
        }
        List<String> files = server.binlogFiles();
        if (!files.contains(position.file())) {
            throw new ConnectException("binlog file " + position.file() + " (" + (fromOffset ? "the connector's offset" : "binlog.start.file")
                    + ") is not on " + server.description() + ", which has " + (files.isEmpty() ? "no binlog files"
                    : files.get(0) + " .. " + files.get(files.size() - 1)) + ". It was purged: "
                    + "start again from a snapshot (snapshot.mode=when_needed) or a position the server still has.");
        }
    }
}
