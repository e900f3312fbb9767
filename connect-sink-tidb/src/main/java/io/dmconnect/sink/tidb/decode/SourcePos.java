package io.dmconnect.sink.tidb.decode;

import io.dmconnect.common.record.BinlogFiles;

/**
 * Where a change comes from in its upstream binlog: (source id, file, transaction start, unit, row). Two records
 * with the same position are the same change emitted twice. Debezium's records carry no unit counter: theirs is 0,
 * which is still exact for one row per position and falls back to safe mode otherwise (documented).
 */
public record SourcePos(String sourceId, String file, long pos, long event, long row) implements Comparable<SourcePos> {

    @Override
    public int compareTo(SourcePos o) {
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
}
