package io.dmconnect.source.mysql.position;

import io.dmconnect.common.record.BinlogFiles;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the source is in one server's binlog: the Connect source offset, as a value.
 *
 * <p>{@code file}/{@code pos} point at the start of the transaction that contains the record (its GTID or BEGIN
 * event), {@code event} counts the row events of that transaction already emitted and {@code row} the rows of the
 * current event already emitted: a restart resumes at the transaction start and skips exactly what was published,
 * so a record is never lost and never published twice for the same offset. Between transactions {@code event} and
 * {@code row} are 0. {@code gtids} is the server's executed GTID set up to (not including) this transaction, in the
 * server's flavour ({@code 0-1-42,1-2-7} for MariaDB, {@code uuid:1-42} for MySQL). The keys follow Debezium's
 * (file, pos, gtids, event, row, ts_sec, server_id) so operators recognise them.
 */
public record BinlogPosition(String file, long pos, String gtids, long event, long row, long serverId, long tsSec)
        implements Comparable<BinlogPosition> {

    public static final String FILE = "file";
    public static final String POS = "pos";
    public static final String GTIDS = "gtids";
    public static final String EVENT = "event";
    public static final String ROW = "row";
    public static final String SERVER_ID = "server_id";
    public static final String TS_SEC = "ts_sec";

    public BinlogPosition {
        Objects.requireNonNull(file, "file");
        gtids = gtids == null ? "" : gtids;
    }

    public static BinlogPosition at(String file, long pos) {
        return new BinlogPosition(file, pos, "", 0, 0, 0, 0);
    }

    /** The offset map Connect stores. */
    public Map<String, Object> toOffset() {
        Map<String, Object> offset = new HashMap<>();
        offset.put(FILE, file);
        offset.put(POS, pos);
        offset.put(GTIDS, gtids);
        offset.put(EVENT, event);
        offset.put(ROW, row);
        offset.put(SERVER_ID, serverId);
        offset.put(TS_SEC, tsSec);
        return offset;
    }

    /** Reads an offset map; numbers may come back as Integer or Long (JSON offsets), both are accepted. */
    public static BinlogPosition fromOffset(Map<String, ?> offset) {
        Object file = offset.get(FILE);
        if (!(file instanceof String f) || f.isEmpty()) {
            throw new IllegalArgumentException("offset has no binlog file: " + offset);
        }
        return new BinlogPosition(f, number(offset, POS), (String) offset.get(GTIDS), number(offset, EVENT),
                number(offset, ROW), number(offset, SERVER_ID), number(offset, TS_SEC));
    }

    private static long number(Map<String, ?> offset, String key) {
        Object v = offset.get(key);
        if (v == null) {
            return 0;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException("offset key " + key + " is not a number: " + v);
    }

    /** The same transaction start, with {@code events} row events and then {@code rows} rows already emitted. */
    public BinlogPosition within(long events, long rows) {
        return new BinlogPosition(file, pos, gtids, events, rows, serverId, tsSec);
    }

    /** Binlog order: file name (the numeric suffix sorts as text), position, then event and row inside. */
    @Override
    public int compareTo(BinlogPosition o) {
        int c = BinlogFiles.compare(file, o.file);
        if (c != 0) {
            return c;
        }
        c = Long.compare(pos, o.pos);
        if (c != 0) {
            return c;
        }
        c = Long.compare(event, o.event);
        return c != 0 ? c : Long.compare(row, o.row);
    }

    @Override
    public String toString() {
        return file + ":" + pos + (event > 0 || row > 0 ? " (+" + event + " events, +" + row + " rows)" : "")
                + (gtids.isEmpty() ? "" : " gtids " + gtids);
    }
}
