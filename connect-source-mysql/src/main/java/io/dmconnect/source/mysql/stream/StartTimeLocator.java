package io.dmconnect.source.mysql.stream;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.NullEventDataDeserializer;
import io.dmconnect.source.mysql.binlog.BinlogReader;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.server.ServerConnection;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * DM's {@code --start-time}: the binlog position of the first transaction that started at or after a moment. The
 * binlog files are searched by the time of their first event (binary search), then the chosen file is read until a
 * transaction start (GTID event, or BEGIN / a DDL without GTIDs) carries a timestamp at or after the moment.
 * Events are read without decoding rows.
 */
public final class StartTimeLocator {
    private final ServerConnection server;
    private final BinlogReader.Settings settings;

    public StartTimeLocator(ServerConnection server, BinlogReader.Settings settings) {
        this.server = server;
        this.settings = settings;
    }

    public BinlogPosition locate(Instant time) {
        List<String> files = server.binlogFiles();
        if (files.isEmpty()) {
            throw new ConnectException("binlog.start.time: the server has no binlog files");
        }
        long target = time.toEpochMilli();
        int chosen = -1;
        for (int lo = 0, hi = files.size() - 1; lo <= hi; ) {
            int mid = (lo + hi) >>> 1;
            if (firstEventTime(files.get(mid)) <= target) {
                chosen = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (chosen < 0) {
            throw new ConnectException("binlog.start.time " + time + " is before the oldest binlog file " + files.get(0)
                    + " the server still has: the changes since then were purged. Take a snapshot instead.");
        }
        for (int i = chosen; i < files.size(); i++) {
            BinlogPosition found = firstTransactionAtOrAfter(files.get(i), target);
            if (found != null) {
                return found;
            }
        }
        Map<String, String> now = server.binlogStatus(); // nothing that late yet: start at the end
        return BinlogPosition.at(now.get("file"), Long.parseLong(now.get("pos")));
    }

    private long firstEventTime(String file) {
        long[] ts = {Long.MAX_VALUE};
        read(file, event -> {
            EventHeaderV4 h = event.getHeader();
            if (h.getTimestamp() > 0 && h.getEventType() != EventType.ROTATE) {
                ts[0] = h.getTimestamp();
                return true;
            }
            return false;
        });
        return ts[0];
    }

    private BinlogPosition firstTransactionAtOrAfter(String file, long target) {
        BinlogPosition[] found = {null};
        read(file, event -> {
            EventHeaderV4 h = event.getHeader();
            if (h.getTimestamp() >= target && startsTransaction(event)) {
                found[0] = BinlogPosition.at(file, h.getPosition());
                return true;
            }
            return false;
        });
        return found[0];
    }

    private static boolean startsTransaction(Event event) {
        EventType type = event.getHeader().getEventType();
        if (type == EventType.GTID || type == EventType.MARIADB_GTID) {
            return true;
        }
        return type == EventType.QUERY && event.getData() instanceof QueryEventData q
                && !q.getSql().trim().equalsIgnoreCase("COMMIT");
    }

    /** Reads one file from its start, until {@code stop} says so or the file ends; never waits for new events. */
    private void read(String file, java.util.function.Predicate<Event> stop) {
        BinaryLogClient client = new BinaryLogClient(settings.host(), settings.port(), settings.user(), settings.password());
        client.setServerId(settings.serverId());
        client.setBlocking(false);
        client.setBinlogFilename(file);
        client.setBinlogPosition(4);
        EventDeserializer deserializer = new EventDeserializer();
        for (EventType t : EventType.values()) {
            if (EventType.isRowMutation(t) || t == EventType.TABLE_MAP) {
                deserializer.setEventDataDeserializer(t, new NullEventDataDeserializer());
            }
        }
        client.setEventDeserializer(deserializer);
        boolean[] done = {false};
        client.registerEventListener(event -> {
            if (!done[0] && (event.getHeader().getEventType() == EventType.ROTATE && done(event, file) || stop.test(event))) {
                done[0] = true;
                disconnect(client);
            }
        });
        try {
            client.connect();
        } catch (IOException e) {
            if (!done[0]) {
                throw new ConnectException("binlog.start.time: cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** A ROTATE to another file (not the fake one naming this file) means this file is over. */
    private static boolean done(Event rotate, String file) {
        com.github.shyiko.mysql.binlog.event.RotateEventData data = rotate.getData();
        return !data.getBinlogFilename().equals(file);
    }

    private static void disconnect(BinaryLogClient client) {
        try {
            client.disconnect();
        } catch (IOException e) {
            // the search has its answer
        }
    }
}
