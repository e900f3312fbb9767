package io.dmconnect.source.mysql.binlog;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import io.dmconnect.common.TableId;
import io.dmconnect.common.record.Envelope;
import io.dmconnect.common.record.RowValues;
import io.dmconnect.common.rules.expr.ExpressionFilter;
import io.dmconnect.common.rules.expr.RowOp;
import io.dmconnect.common.rules.event.FilterDecision;
import io.dmconnect.common.rules.event.EventType;
import io.dmconnect.common.rules.event.FilterAction;
import io.dmconnect.source.mysql.convert.UndecodedRows;
import io.dmconnect.source.mysql.emit.TableRecords;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.io.Serializable;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Rows events: every row of a captured table whose event passes the filters becomes one change record. Every rows
 * event counts as a unit of its transaction, captured or not, so the restart arithmetic does not depend on the
 * rules (which may change between runs). Rows of blocked tables arrive {@link UndecodedRows undecoded}.
 */
final class RowsHandler {
    private final TransactionCursor cursor;
    private final EmitContext context;
    private final Map<Long, TableId> tableMap;

    RowsHandler(TransactionCursor cursor, EmitContext context, Map<Long, TableId> tableMap) {
        this.cursor = cursor;
        this.context = context;
        this.tableMap = tableMap;
    }

    void handle(Event event, String annotation) {
        cursor.nextUnit();
        Object data = event.getData();
        long tableId = tableId(data);
        TableId table = tableMap.get(tableId);
        if (table == null) {
            throw new ConnectException("rows event for table id " + tableId + " without a preceding TABLE_MAP at "
                    + cursor.offsetAfterRow(0));
        }
        if (!captured(table, data)) {
            return;
        }
        if (data instanceof UndecodedRows) {
            throw new ConnectException("the rows of " + table + " at " + cursor.offsetAfterRow(0) + " were not "
                    + "decoded although the table is captured: the deserializer and the block-allow list disagree "
                    + "(a bug: please report it)");
        }
        TableRecords records = context.records(table);
        if (records == null) {
            throw new ConnectException("no schema is known for " + table + " at " + cursor.offsetAfterRow(0)
                    + ": the table was not bootstrapped and no CREATE TABLE for it was read");
        }
        long tsMs = event.getHeader().getTimestamp();
        long end = ((EventHeaderV4) event.getHeader()).getNextPosition();
        Covered covered = context.rowSkip() == RowSkip.NONE ? (row, included) -> false
                : (row, included) -> context.rowSkip().covered(context.tracker().get(table).orElseThrow(),
                row, included, cursor.file(), end);
        if (data instanceof WriteRowsEventData w) {
            each(w.getRows(), w.getIncludedColumns(), records, tsMs, annotation, Envelope.Op.CREATE, covered);
        } else if (data instanceof DeleteRowsEventData d) {
            each(d.getRows(), d.getIncludedColumns(), records, tsMs, annotation, Envelope.Op.DELETE, covered);
        } else {
            updates((UpdateRowsEventData) data, records, tsMs, annotation, covered);
        }
    }

    private static long tableId(Object data) {
        if (data instanceof WriteRowsEventData w) {
            return w.getTableId();
        }
        if (data instanceof UpdateRowsEventData u) {
            return u.getTableId();
        }
        if (data instanceof DeleteRowsEventData d) {
            return d.getTableId();
        }
        throw new IllegalStateException("not a rows event: " + data);
    }

    private boolean captured(TableId table, Object data) {
        if (!context.rules().blockAllow().decide(table).captured()) {
            return false;
        }
        EventType type = data instanceof WriteRowsEventData ? EventType.INSERT
                : data instanceof UpdateRowsEventData ? EventType.UPDATE : EventType.DELETE;
        FilterDecision decision = context.rules().eventFilter().decide(table, type, null);
        if (decision.action() == FilterAction.ERROR) {
            throw new ConnectException("binlog event filter " + decision.ruleName() + " stops the task: "
                    + type + " on " + table + " at " + cursor.offsetAfterRow(0)
                    + " (change the filter's action, or skip the event by moving the connector's offset)");
        }
        return decision.action() == FilterAction.DO;
    }

    /** Whether a snapshot chunk already holds the effect of this image (see {@link RowSkip}). */
    @FunctionalInterface
    private interface Covered {
        boolean test(Serializable[] row, BitSet included);
    }

    private void each(List<Serializable[]> rows, BitSet columns, TableRecords records, long tsMs, String query,
                      Envelope.Op op, Covered covered) {
        for (int i = 0; i < rows.size(); i++) {
            if (cursor.alreadyEmitted(i) || covered.test(rows.get(i), columns)) {
                continue;
            }
            Struct row = records.encoder().value(rows.get(i), columns);
            Struct before = op == Envelope.Op.DELETE ? row : null;
            Struct after = op == Envelope.Op.DELETE ? null : row;
            if (!dropped(records, op, before, after)) {
                emit(records, i, op, before, after, tsMs, query);
            }
        }
    }

    /**
     * An update whose old and new keys lie in different snapshot chunks may be covered on one side only: then just
     * the other side is published (the new row as an insert, or the old one as a delete).
     */
    private void updates(UpdateRowsEventData u, TableRecords records, long tsMs, String query, Covered covered) {
        List<Map.Entry<Serializable[], Serializable[]>> rows = u.getRows();
        for (int i = 0; i < rows.size(); i++) {
            boolean oldCovered = covered.test(rows.get(i).getKey(), u.getIncludedColumnsBeforeUpdate());
            boolean newCovered = covered.test(rows.get(i).getValue(), u.getIncludedColumns());
            if (cursor.alreadyEmitted(i) || oldCovered && newCovered) {
                continue;
            }
            Struct before = oldCovered ? null : records.encoder().value(rows.get(i).getKey(), u.getIncludedColumnsBeforeUpdate());
            Struct after = newCovered ? null : records.encoder().value(rows.get(i).getValue(), u.getIncludedColumns());
            Envelope.Op op = before == null ? Envelope.Op.CREATE : after == null ? Envelope.Op.DELETE : Envelope.Op.UPDATE;
            if (!dropped(records, op, before, after)) {
                emit(records, i, op, before, after, tsMs, query);
            }
        }
    }

    /** DM's expression filter, on the upstream table and schema: a dropped change is not published. */
    private boolean dropped(TableRecords records, Envelope.Op op, Struct before, Struct after) {
        ExpressionFilter filter = context.rules().expressionFilter();
        if (!filter.appliesTo(records.table())) {
            return false;
        }
        return filter.decide(records.table(), RowOp.of(op), RowValues.of(before), RowValues.of(after),
                context.tracker().get(records.table()).orElse(null)).drop();
    }

    private void emit(TableRecords records, int row, Envelope.Op op, Struct before, Struct after, long tsMs, String query) {
        BinlogPosition offset = cursor.offsetAfterRow(row);
        Struct source = context.sources().struct(offset, tsMs, records.table().schema(), records.table().table(),
                cursor.gtid(), row, query, false);
        try {
            context.output().emit(records.record(context.partition(), offset, op, before, after, source, tsMs));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while handing over records (the task is stopping)", e);
        }
    }
}
