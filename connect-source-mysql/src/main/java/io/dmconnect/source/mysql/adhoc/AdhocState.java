package io.dmconnect.source.mysql.adhoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.snapshot.KeyValueCodec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Where the ad-hoc snapshots are, carried in the binlog partition's offset next to the binlog position (one
 * partition, so Connect commits both together, in record order):
 * <ul>
 *   <li>{@code signal_next}: the signal topic offset to read next (every signal before it was run or skipped);</li>
 *   <li>{@code adhoc_tables}: the tables of the running signal still to snapshot, the first being read now;</li>
 *   <li>{@code adhoc_after}: the key the first table's finished chunks end at (absent: none finished yet);</li>
 *   <li>{@code adhoc_chunks}: how many of its chunks are finished.</li>
 * </ul>
 * A restart resumes at the chunk after {@code adhoc_after}; a chunk in flight is read again.
 *
 * @param signalNext -1 while the signal topic was never read (then reading starts at its end)
 */
public record AdhocState(long signalNext, String signalId, List<TableId> tables, String after, int chunksDone) {
    public static final String SIGNAL_NEXT = "signal_next";
    public static final String SIGNAL_ID = "adhoc_signal_id";
    public static final String TABLES = "adhoc_tables";
    public static final String AFTER = "adhoc_after";
    public static final String CHUNKS = "adhoc_chunks";
    public static final AdhocState NONE = new AdhocState(-1, "", List.of(), null, 0);
    private static final ObjectMapper JSON = new ObjectMapper();

    public AdhocState {
        tables = List.copyOf(tables);
        signalId = signalId == null ? "" : signalId;
    }

    /**
     * The state in a committed binlog offset. No offset (a first start, whose snapshot covers every table): NONE,
     * signals are read from the topic's end. An offset without these keys (nothing committed since signals were
     * first read, or a connector older than signals): from the topic's start, so no signal is missed.
     */
    public static AdhocState fromOffset(Map<String, ?> offset) {
        if (offset == null || offset.isEmpty()) {
            return NONE;
        }
        if (!(offset.get(SIGNAL_NEXT) instanceof Number next)) {
            return NONE.readUpTo(0);
        }
        Object tables = offset.get(TABLES);
        Object after = offset.get(AFTER);
        Object chunks = offset.get(CHUNKS);
        return new AdhocState(next.longValue(), (String) offset.get(SIGNAL_ID),
                tables == null ? List.of() : tables(String.valueOf(tables)), after == null ? null : String.valueOf(after),
                chunks instanceof Number n ? n.intValue() : 0);
    }

    /** The keys to add to every binlog offset (none before the signal topic was first read). */
    public Map<String, Object> toOffset() {
        Map<String, Object> o = new HashMap<>();
        if (signalNext < 0) {
            return o;
        }
        o.put(SIGNAL_NEXT, signalNext);
        if (!tables.isEmpty()) {
            ArrayNode list = JSON.createArrayNode();
            tables.forEach(t -> list.addArray().add(t.schema()).add(t.table()));
            o.put(TABLES, list.toString());
            o.put(SIGNAL_ID, signalId);
            o.put(CHUNKS, chunksDone);
            if (after != null) {
                o.put(AFTER, after);
            }
        }
        return o;
    }

    public boolean running() {
        return !tables.isEmpty();
    }

    /** The table being snapshotted (only while {@link #running}). */
    public TableId current() {
        return tables.get(0);
    }

    /** Where the next chunk starts: above this key (null: the table's first chunk). */
    public Serializable[] afterKey() {
        return after == null ? null : KeyValueCodec.read(after).get(0);
    }

    /** The signal topic was read up to (not including) {@code next}, nothing to run. */
    public AdhocState readUpTo(long next) {
        return new AdhocState(next, signalId, tables, after, chunksDone);
    }

    /** Starts running the signal at {@code offset}. */
    public AdhocState start(long offset, String id, List<TableId> signalTables) {
        return new AdhocState(offset + 1, id, signalTables, null, 0);
    }

    /** A chunk of the current table is published; {@code upper} is its upper key (null: it was the last chunk). */
    public AdhocState chunkDone(Serializable[] upper) {
        if (upper == null) {
            return tableDone();
        }
        return new AdhocState(signalNext, signalId, tables, KeyValueCodec.write(List.<Serializable[]>of(upper)), chunksDone + 1);
    }

    /** The current table is finished (or given up): on to the signal's next table. */
    public AdhocState tableDone() {
        List<TableId> rest = tables.size() <= 1 ? List.of() : tables.subList(1, tables.size());
        return new AdhocState(signalNext, rest.isEmpty() ? "" : signalId, rest, null, 0);
    }

    private static List<TableId> tables(String json) {
        try {
            List<TableId> list = new ArrayList<>();
            for (JsonNode t : JSON.readTree(json)) {
                list.add(new TableId(t.get(0).asText(), t.get(1).asText()));
            }
            return list;
        } catch (Exception e) {
            throw new ConnectException("the ad-hoc snapshot state in the connector's offset is unreadable ("
                    + e.getMessage() + "): " + json + ". Send the signal again after moving the offset past it.", e);
        }
    }
}
