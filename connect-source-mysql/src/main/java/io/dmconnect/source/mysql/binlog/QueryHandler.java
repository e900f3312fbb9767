package io.dmconnect.source.mysql.binlog;

import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.SqlMode;
import io.dmconnect.common.rules.event.FilterDecision;
import io.dmconnect.common.rules.event.ClassifiedDdl;
import io.dmconnect.common.rules.event.DdlClassifier;
import java.util.Optional;
import io.dmconnect.common.rules.event.FilterAction;
import io.dmconnect.source.mysql.convert.DecodedQueryEventData;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.schema.AppliedDdl;
import io.dmconnect.source.mysql.schema.StatementOutcome;
import java.util.Locale;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * QUERY events: transaction control, and DDL. Every DDL is applied to the schema tracker (a filtered table's
 * DDL too, as DM does) in the event's sql_mode, with its text decoded in the event's charset
 * ({@link DecodedQueryEventData}); each split piece is a unit of the transaction and, when its table is captured and
 * the event filter lets it through, becomes in-band DDL records.
 */
final class QueryHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QueryHandler.class);
    private static final DdlClassifier CLASSIFIER = new DdlClassifier();
    /** How the statement affects the transaction around it. */
    enum Ending { TRANSACTION_BEGINS, TRANSACTION_ENDS, TRANSACTION_CONTINUES }

    private final TransactionCursor cursor;
    private final EmitContext context;

    QueryHandler(TransactionCursor cursor, EmitContext context) {
        this.cursor = cursor;
        this.context = context;
    }

    Ending handle(QueryEventData data, EventHeaderV4 header, boolean standalone) {
        String sql = data.getSql().trim();
        String upper = sql.length() <= 16 ? sql.toUpperCase(Locale.ROOT) : "";
        if (upper.equals("BEGIN") || upper.startsWith("XA START")) {
            return Ending.TRANSACTION_BEGINS;
        }
        if (upper.equals("COMMIT") || upper.equals("ROLLBACK") || upper.startsWith("XA COMMIT")) {
            return Ending.TRANSACTION_ENDS;
        }
        BinlogPosition at = cursor.between(); // the transaction (a DDL is one of its own) starts here
        StatementOutcome outcome = context.tracker().apply(sql, data.getDatabase(), sqlMode(data, at), at);
        if (outcome instanceof StatementOutcome.Applied a) {
            String timeZone = data instanceof DecodedQueryEventData d ? d.timeZone().orElse(null) : null;
            a.pieces().forEach(piece -> publish(piece, header, timeZone));
            return Ending.TRANSACTION_ENDS;
        }
        if (outcome instanceof StatementOutcome.Unparseable u) {
            return unparseable(u, sql, at);
        }
        if (outcome instanceof StatementOutcome.Begin) {
            return Ending.TRANSACTION_BEGINS;
        }
        if (outcome instanceof StatementOutcome.End) {
            return Ending.TRANSACTION_ENDS;
        }
        return standalone ? Ending.TRANSACTION_ENDS : Ending.TRANSACTION_CONTINUES; // skipped
    }

    /**
     * The event's sql_mode; warns (as DM logs) when its text could not be read with its own charset. Events that
     * did not come through {@link io.dmconnect.source.mysql.convert.QueryEventDecoder} have the default mode.
     */
    private static SqlMode sqlMode(QueryEventData data, BinlogPosition at) {
        if (!(data instanceof DecodedQueryEventData decoded)) {
            return SqlMode.DEFAULT;
        }
        decoded.decodingNote().ifPresent(note -> LOG.warn("QUERY event in the transaction at {}:{}: {}: {}",
                at.file(), at.pos(), note, decoded.getSql()));
        return decoded.sqlMode();
    }

    /** The tracker could not read it: fine only when it provably touches no captured table. */
    private Ending unparseable(StatementOutcome.Unparseable u, String sql, BinlogPosition at) {
        boolean touchesCaptured = u.mentioned().isEmpty()
                || u.mentioned().stream().anyMatch(t -> context.rules().blockAllow().decide(t).captured());
        if (touchesCaptured) {
            throw new ConnectException("cannot parse the DDL at " + at.file() + ":" + at.pos() + " (" + u.error() + "): "
                    + sql + "\nWays out: if it does not change a captured table's columns or keys, skip it with "
                    + "schema.tracker.skip.positions=" + at.file() + ":" + at.pos() + "; if it does, start the "
                    + "connector afresh after the statement (delete its offsets and its schema history entries, or "
                    + "create it under a new name with binlog.start.file/.position after " + at.file() + ":" + at.pos()
                    + "), so the schemas are read from the server again (see docs/operations.md).");
        }
        return Ending.TRANSACTION_ENDS;
    }

    private void publish(AppliedDdl piece, EventHeaderV4 header, String timeZone) {
        cursor.nextUnit();
        context.schemaChanged(piece.table());
        if (piece.newTable() != null) {
            context.schemaChanged(piece.newTable());
        }
        TableId table = piece.newTable() != null && !captured(piece.table()) ? piece.newTable() : piece.table();
        if (cursor.alreadyEmitted(0) || !captured(table) || !passesFilter(piece, table)) {
            return;
        }
        BinlogPosition offset = cursor.offsetAfterRow(0);
        long tsMs = header.getTimestamp();
        Struct source = context.sources().struct(offset, tsMs, piece.table().schema(), piece.table().table(),
                cursor.gtid(), 0, piece.sql(), false);
        for (SourceRecord r : context.ddlRecords().records(piece, context.partition(), offset, source, tsMs, timeZone)) {
            try {
                context.output().emit(r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectException("interrupted while handing over records (the task is stopping)", e);
            }
        }
    }

    private boolean captured(TableId table) {
        return context.rules().blockAllow().decide(table).captured();
    }

    private boolean passesFilter(AppliedDdl piece, TableId table) {
        Optional<ClassifiedDdl> ddl = CLASSIFIER.classify(piece.sql(), table.schema(),
                id -> id.equals(piece.table()) ? piece.before() : null);
        FilterDecision decision = ddl.isPresent()
                ? context.rules().eventFilter().decide(ddl.get(), piece.sql())
                : context.rules().eventFilter().decideUnparsed(piece.sql());
        if (decision.action() == FilterAction.ERROR) {
            throw new ConnectException("binlog event filter " + decision.ruleName() + " stops the task on DDL: "
                    + piece.sql() + " at " + cursor.offsetAfterRow(0));
        }
        return decision.action() == FilterAction.DO;
    }
}
