package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.ba.BoundedCache;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Says whether a rows event's row data is worth decoding: only when its table (named by the TABLE_MAP event that
 * precedes it) is to be decoded. Decisions are cached by schema.table, not by table id: ids change when the
 * server reopens a table, names do not (DM keys its caches the same way, 100 000 entries at most).
 */
final class RowsDecodeFilter {
    /** Length of the table id at the start of every rows event body. */
    static final int TABLE_ID_BYTES = 6;

    private final Map<Long, TableMapEventData> tables;
    private final Predicate<TableId> decode;
    private final BoundedCache<TableId, Boolean> decisions = new BoundedCache<>(BoundedCache.DM_MAX_ENTRIES);

    RowsDecodeFilter(Map<Long, TableMapEventData> tables, Predicate<TableId> decode) {
        this.tables = tables;
        this.decode = decode;
    }

    /**
     * Whether the rows of table id {@code tableId} are decoded. A table id without a TABLE_MAP is decoded, so the
     * library reports the missing TABLE_MAP as it always does.
     */
    boolean decodes(long tableId) {
        TableMapEventData map = tables.get(tableId);
        if (map == null) {
            return true;
        }
        return decisions.get(new TableId(map.getDatabase(), map.getTable()), decode::test);
    }

    /** The table id of a rows event body: 6 bytes, little-endian. */
    static long tableId(byte[] body) {
        long id = 0;
        for (int i = 0; i < TABLE_ID_BYTES && i < body.length; i++) {
            id |= (long) (body[i] & 0xFF) << (8 * i);
        }
        return id;
    }
}
