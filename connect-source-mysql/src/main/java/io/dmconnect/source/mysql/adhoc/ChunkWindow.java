package io.dmconnect.source.mysql.adhoc;

import io.dmconnect.source.mysql.position.BinlogPosition;

/**
 * Where one buffered chunk goes into the binlog stream: exactly at the position L its rows were read at. Events that
 * end at or before L pass (the rows already hold their effect, and they precede the rows in the topic); the first
 * event past L waits until the rows are buffered, then the rows are published before it; an idle stream that has
 * processed everything up to L publishes them too. So each row follows every change that made it and precedes every
 * later change. Not thread-safe: {@link AdhocSnapshots} guards it.
 *
 * @param <B> the buffered rows
 */
final class ChunkWindow<B> {
    /** What the binlog processor (or the idle check) does now. */
    enum Action {
        /** Process the event: no window, or the event is at or before L. */
        PASS,
        /** Wait: L is not known yet, or the event is past L and the rows are still being read. */
        WAIT,
        /** Publish the buffered rows now, then go on. */
        EMIT,
        /** The table's schema changed while the rows were buffered: drop them, read the chunk again. */
        REREAD
    }

    private boolean opening;
    private BinlogPosition at;
    private B rows;
    private boolean stale;

    /** A chunk's read view is being opened: its position is not known yet, so no event may pass. */
    void opening() {
        opening = true;
        at = null;
        rows = null;
        stale = false;
    }

    /** The read view is open at {@code position}. */
    void openedAt(BinlogPosition position) {
        at = position;
    }

    /** The chunk's rows are read. */
    void ready(B buffered) {
        rows = buffered;
    }

    boolean open() {
        return opening;
    }

    BinlogPosition position() {
        return at;
    }

    /** A DDL on the chunk's table was processed while the window was open. */
    void tableChanged() {
        if (opening) {
            stale = true;
        }
    }

    /** Before the processor handles an event that ends at {@code eventEnd}. */
    Action beforeEvent(BinlogPosition eventEnd) {
        if (!opening) {
            return Action.PASS;
        }
        if (at == null) {
            return Action.WAIT;
        }
        if (eventEnd.compareTo(at) <= 0) {
            return Action.PASS;
        }
        return rows == null ? Action.WAIT : stale ? Action.REREAD : Action.EMIT;
    }

    /** With no event coming: the processor has handled every event up to {@code processed}. */
    Action whenIdle(BinlogPosition processed) {
        if (!opening || at == null || rows == null || processed.compareTo(at) < 0) {
            return Action.PASS;
        }
        return stale ? Action.REREAD : Action.EMIT;
    }

    /** Closes the window and hands out its rows (to publish, or to drop). */
    B take() {
        B out = rows;
        opening = false;
        at = null;
        rows = null;
        stale = false;
        return out;
    }
}
