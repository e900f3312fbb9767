package io.dmconnect.sink.tidb.apply;

import io.dmconnect.common.record.Envelope;

/**
 * How a source snapshot's rows (op {@code r}) apply. A chunk being read when the source task died is read again, so
 * its rows may arrive twice: they always apply as in safe mode (REPLACE), whatever safe.mode says. And they carry
 * their chunk's read position, which is no place in binlog order: they neither consult nor move the per-table
 * position checkpoint (which dedupes the binlog changes after them).
 */
final class SnapshotRows {
    private SnapshotRows() {
    }

    static boolean safe(Envelope.Op op, boolean safeModeOn) {
        return op == Envelope.Op.READ || safeModeOn;
    }

    static boolean positioned(Envelope.Op op, boolean exactPosition) {
        return exactPosition && op != Envelope.Op.READ;
    }
}
