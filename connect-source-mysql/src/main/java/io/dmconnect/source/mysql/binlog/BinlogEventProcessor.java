package io.dmconnect.source.mysql.binlog;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.AnnotateRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.GtidEventData;
import com.github.shyiko.mysql.binlog.event.MariadbGtidEventData;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.position.BinlogPosition;

/**
 * Turns binlog events into records, one event at a time, on the binlog client's thread.
 *
 * <p>Event kinds are dispatched through a table ({@link EventType} to handler); rows events go to
 * {@link RowsHandler}, QUERY events to {@link QueryHandler}. A handler failure is handed to {@code onFailure}
 * (which fails the task through the queue) and stops all further processing: the library would otherwise log the
 * exception and carry on with the next event, silently losing the failed one.
 */
public final class BinlogEventProcessor implements BinaryLogClient.EventListener {
    private final Map<EventType, Consumer<Event>> handlers = new EnumMap<>(EventType.class);
    private final TransactionCursor cursor;
    private final GtidTracker gtids;
    private final Map<Long, TableId> tableMap = new HashMap<>();
    private final RowsHandler rows;
    private final QueryHandler queries;
    private final Consumer<RuntimeException> onFailure;
    private final StreamGate gate;
    private String pendingGtid;
    private boolean standalone = true;
    private String annotation;
    private volatile boolean failed;
    private volatile long lastEventTsMs;
    private volatile BinlogPosition committed;

    public BinlogEventProcessor(BinlogPosition start, boolean mariaDb, EmitContext context,
                                Consumer<RuntimeException> onFailure) {
        this(start, mariaDb, context, onFailure, StreamGate.NONE);
    }

    public BinlogEventProcessor(BinlogPosition start, boolean mariaDb, EmitContext context,
                                Consumer<RuntimeException> onFailure, StreamGate gate) {
        this.gate = gate;
        this.cursor = new TransactionCursor(start);
        this.committed = start.within(0, 0);
        this.gtids = GtidTracker.forServer(mariaDb, start.gtids());
        this.rows = new RowsHandler(cursor, context, tableMap);
        this.queries = new QueryHandler(cursor, context);
        this.onFailure = onFailure;
        handlers.put(EventType.ROTATE, this::rotate);
        handlers.put(EventType.GTID, this::mysqlGtid);
        handlers.put(EventType.MARIADB_GTID, this::mariaDbGtid);
        handlers.put(EventType.TABLE_MAP, this::tableMap);
        handlers.put(EventType.ANNOTATE_ROWS, e -> annotation = ((AnnotateRowsEventData) e.getData()).getRowsQuery());
        handlers.put(EventType.QUERY, this::query);
        handlers.put(EventType.XID, this::xid);
        for (EventType t : new EventType[] {EventType.WRITE_ROWS, EventType.EXT_WRITE_ROWS, EventType.PRE_GA_WRITE_ROWS,
                EventType.UPDATE_ROWS, EventType.EXT_UPDATE_ROWS, EventType.PRE_GA_UPDATE_ROWS,
                EventType.DELETE_ROWS, EventType.EXT_DELETE_ROWS, EventType.PRE_GA_DELETE_ROWS}) {
            handlers.put(t, e -> rows.handle(e, annotation));
        }
    }

    @Override
    public void onEvent(Event event) {
        if (failed) {
            return;
        }
        Consumer<Event> handler = handlers.get(event.getHeader().getEventType());
        try {
            EventHeaderV4 header = event.getHeader();
            if (header.getEventType() == EventType.HEARTBEAT) {
                // a server sends heartbeats only when it has nothing else to send: this reader is caught up now
                lastEventTsMs = System.currentTimeMillis();
            }
            if (handler != null) {
                if (header.getTimestamp() > 0) {
                    lastEventTsMs = header.getTimestamp();
                }
                if (header.getNextPosition() > 0) {
                    gate.beforeEvent(BinlogPosition.at(cursor.file(), header.getNextPosition()));
                }
                handler.accept(event);
            }
            processed(header);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
            onFailure.accept(new org.apache.kafka.connect.errors.ConnectException("interrupted (the task is stopping)", e));
        } catch (RuntimeException e) {
            failed = true;
            onFailure.accept(e);
        }
    }

    /** Tells the gate how far the binlog is processed (a ROTATE moves to the start of the next file). */
    private void processed(EventHeaderV4 header) {
        if (header.getEventType() == EventType.HEARTBEAT || header.getNextPosition() <= 0) {
            return; // a heartbeat's position is the server's, not one of a processed event
        }
        gate.processed(header.getEventType() == EventType.ROTATE ? cursor.between().within(0, 0)
                : BinlogPosition.at(cursor.file(), header.getNextPosition()));
    }

    private void rotate(Event e) {
        RotateEventData data = e.getData();
        cursor.rotate(data.getBinlogFilename(), data.getBinlogPosition());
    }

    /** MySQL marks no kind on its GTID event: a BEGIN that follows makes the transaction multi-statement. */
    private void mysqlGtid(Event e) {
        GtidEventData data = e.getData();
        begin(e, data.getGtid());
        standalone = true;
    }

    /**
     * MariaDB's GTID carries no server id unless GTID tracking is on: the header has it. Its flags say whether the
     * transaction is a single statement (DDL) without BEGIN/COMMIT.
     */
    private void mariaDbGtid(Event e) {
        MariadbGtidEventData data = e.getData();
        EventHeaderV4 h = e.getHeader();
        begin(e, data.getDomainId() + "-" + h.getServerId() + "-" + data.getSequence());
        standalone = (data.getFlags() & MariadbGtidEventData.FL_STANDALONE) != 0;
    }

    private void begin(Event e, String gtid) {
        EventHeaderV4 h = e.getHeader();
        pendingGtid = gtid;
        annotation = null;
        cursor.begin(h.getPosition(), gtid, h.getServerId(), h.getTimestamp() / 1000);
    }

    private void tableMap(Event e) {
        TableMapEventData data = e.getData();
        tableMap.put(data.getTableId(), new TableId(data.getDatabase(), data.getTable()));
    }

    private void query(Event e) {
        QueryEventData data = e.getData();
        EventHeaderV4 h = e.getHeader();
        QueryHandler.Ending ending = queries.handle(data, h, standalone);
        if (ending == QueryHandler.Ending.TRANSACTION_BEGINS) {
            standalone = false;
            if (!cursor.inTransaction() || pendingGtid == null) {
                cursor.begin(h.getPosition(), null, h.getServerId(), h.getTimestamp() / 1000);
            }
        } else if (ending == QueryHandler.Ending.TRANSACTION_ENDS) {
            commit(h.getNextPosition());
        }
    }

    private void xid(Event e) {
        EventHeaderV4 h = e.getHeader();
        commit(h.getNextPosition());
    }

    private void commit(long nextPosition) {
        if (pendingGtid != null) {
            gtids.add(pendingGtid);
            pendingGtid = null;
        }
        annotation = null;
        cursor.commit(nextPosition, gtids.current());
        committed = cursor.between();
    }

    /** Where the transaction after the last committed one starts; safe to read from any thread (heartbeats). */
    public BinlogPosition committedPosition() {
        return committed;
    }

    /** Event time of the last event read, or the arrival of the last server heartbeat, in ms since the epoch (0 before the first). */
    public long lastEventTsMs() {
        return lastEventTsMs;
    }
}
