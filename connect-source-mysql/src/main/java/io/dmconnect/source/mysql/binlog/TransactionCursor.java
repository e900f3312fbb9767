package io.dmconnect.source.mysql.binlog;

import io.dmconnect.source.mysql.position.BinlogPosition;

/**
 * Follows transactions through the binlog and says where every emitted change is, and what to skip after a restart.
 *
 * <p>A transaction starts at its GTID event (or BEGIN, without GTIDs) and ends at XID/COMMIT; a DDL is a
 * transaction of its own. Inside it, every "unit" that emits records (a rows event, or one piece of a split DDL) gets
 * an index; a record's offset is the transaction start plus "units done before" and "rows of this unit done,
 * including this one". Restarting from such an offset re-reads the transaction and skips exactly those units and
 * rows, so nothing is lost and nothing published twice. Skipping applies to the first transaction only.
 * Not thread-safe: the binlog thread owns it.
 */
public final class TransactionCursor {
    private String file;
    private long serverId;
    private long txnStart;
    private long txnTsSec;
    private String gtid;
    private String gtidsBefore = "";
    private int unit = -1;
    private boolean inTransaction;
    private long skipUnits;
    private long skipRows;
    private boolean skipping;

    /** Positions the cursor at a restart offset (or a fresh start, where event and row are 0). */
    public TransactionCursor(BinlogPosition start) {
        this.file = start.file();
        this.txnStart = start.pos();
        this.gtidsBefore = start.gtids();
        this.skipUnits = start.event();
        this.skipRows = start.row();
        this.skipping = start.event() > 0 || start.row() > 0;
    }

    public void rotate(String newFile, long pos) {
        this.file = newFile;
        if (!inTransaction) {
            this.txnStart = pos;
        }
    }

    /** A GTID event or BEGIN: the transaction's start is this event's start position. */
    public void begin(long eventStart, String transactionGtid, long serverId, long tsSec) {
        this.txnStart = eventStart;
        this.gtid = transactionGtid;
        this.serverId = serverId;
        this.txnTsSec = tsSec;
        this.unit = -1;
        this.inTransaction = true;
    }

    /**
     * XID or COMMIT: the transaction is done; the next one starts at {@code nextPosition}. {@code gtidsAfter} is
     * the executed set including it (null keeps the previous value).
     */
    public void commit(long nextPosition, String gtidsAfter) {
        this.inTransaction = false;
        this.txnStart = nextPosition;
        this.unit = -1;
        if (gtidsAfter != null) {
            this.gtidsBefore = gtidsAfter;
        }
        this.skipping = false;
    }

    /** Starts the next unit (rows event or DDL piece) of the transaction and returns its index. */
    public int nextUnit() {
        return ++unit;
    }

    /** Whether rows of the current unit at {@code rowIndex} were published before the restart. */
    public boolean alreadyEmitted(int rowIndex) {
        if (!skipping) {
            return false;
        }
        if (unit < skipUnits) {
            return true;
        }
        return unit == skipUnits && rowIndex < skipRows;
    }

    /** The offset to store with row {@code rowIndex} of the current unit: restarting there skips this row. */
    public BinlogPosition offsetAfterRow(int rowIndex) {
        return new BinlogPosition(file, txnStart, gtidsBefore, unit, rowIndex + 1, serverId, txnTsSec);
    }

    /** Where the next transaction starts: the offset of a point between transactions (heartbeats). */
    public BinlogPosition between() {
        return new BinlogPosition(file, txnStart, gtidsBefore, 0, 0, serverId, txnTsSec);
    }

    public String gtid() {
        return gtid;
    }

    public String file() {
        return file;
    }

    public boolean inTransaction() {
        return inTransaction;
    }
}
