package io.dmconnect.source.mysql.binlog;

import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.position.BinlogPosition;

/**
 * A hook around each binlog event the processor handles, on the binlog thread: an ad-hoc snapshot publishes a
 * chunk's buffered rows exactly where the chunk was read in the stream, so it may hold an event back until the rows
 * are out.
 */
public interface StreamGate {
    StreamGate NONE = new StreamGate() {
        @Override
        public void beforeEvent(BinlogPosition eventEnd) {
        }

        @Override
        public void processed(BinlogPosition upTo) {
        }

        @Override
        public void tableChanged(TableId table) {
        }
    };

    /** Before a handled event that ends at {@code eventEnd}; may publish records, may wait. */
    void beforeEvent(BinlogPosition eventEnd) throws InterruptedException;

    /** Every event up to {@code upTo} is processed. */
    void processed(BinlogPosition upTo);

    /** A DDL changed (or dropped, or renamed) the table. */
    void tableChanged(TableId table);
}
