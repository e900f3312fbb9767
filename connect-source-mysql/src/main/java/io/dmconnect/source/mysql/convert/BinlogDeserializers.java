package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.LRUCache;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer.CompatibilityMode;
import com.github.shyiko.mysql.binlog.event.deserialization.TableMapEventDataDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import io.dmconnect.common.TableId;
import java.io.IOException;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sets up the binlog library's {@link EventDeserializer} so that row events carry lossless cell values, the raw
 * values {@link RowConverter} expects:
 * <ul>
 *   <li>CHAR/VARCHAR/BINARY/VARBINARY as {@code byte[]} ({@code CHAR_AND_BINARY_AS_BYTE_ARRAY}): the library would
 *       decode them with the JVM's default charset; {@link RowConverter} decodes them with the column's charset;</li>
 *   <li>DATE, TIME, DATETIME, TIMESTAMP as {@link RawTemporal}, YEAR as Integer (0 for 0000), MySQL's binary JSON
 *       as JSON text (see {@link LosslessCells});</li>
 *   <li>everything else as the library delivers it: integers as signed Integer/Long, DECIMAL as BigDecimal, FLOAT
 *       as Float, DOUBLE as Double, BIT as BitSet, ENUM as Integer index, SET as Long bitmask, TEXT/BLOB/GEOMETRY
 *       and MariaDB's JSON as byte[].</li>
 * </ul>
 * Rows events of a table that is not to be decoded (a table the block-allow list blocks) are not decoded at all:
 * they arrive as {@link UndecodedRows}, with the table id and no rows (DM's trick, see {@link RowsDecodeFilter}).
 * QUERY events arrive as {@link DecodedQueryEventData}: text decoded with the statement's charset, and its
 * sql_mode and time zone (see {@link QueryEventDecoder}).
 *
 * <p>MySQL's compressed transactions ({@code binlog_transaction_compression=ON}) are refused with an error: the
 * library decodes their inner events with its own default, lossy deserializers and offers no hook to change that.
 */
public final class BinlogDeserializers {
    /** The library's own bound for its TABLE_MAP cache. */
    private static final int TABLE_MAP_CACHE = 10_000;

    private BinlogDeserializers() {
    }

    /** {@link #configure(EventDeserializer, Predicate)} decoding the rows of every table. */
    public static EventDeserializer configure(EventDeserializer deserializer) {
        return configure(deserializer, table -> true);
    }

    /**
     * Configures {@code deserializer} in place (call it before the client connects) and returns it.
     *
     * @param decodeRows whether the row data of a table is decoded; asked once per schema.table (the answer is
     *                   cached), so it must not change its mind
     */
    public static EventDeserializer configure(EventDeserializer deserializer, Predicate<TableId> decodeRows) {
        deserializer.setCompatibilityMode(CompatibilityMode.CHAR_AND_BINARY_AS_BYTE_ARRAY);
        // the library keeps its TABLE_MAP cache private, so our row deserializers get their own, filled below
        Map<Long, TableMapEventData> tables = new LRUCache<>(100, 0.75f, TABLE_MAP_CACHE);
        RowsDecodeFilter filter = new RowsDecodeFilter(tables, decodeRows);
        deserializer.setEventDataDeserializer(EventType.TABLE_MAP, new TableMapTracker(tables));
        deserializer.setEventDataDeserializer(EventType.WRITE_ROWS, new LosslessRowsDeserializers.Write(tables, filter));
        deserializer.setEventDataDeserializer(EventType.UPDATE_ROWS,
                new LosslessRowsDeserializers.Update(tables, filter));
        deserializer.setEventDataDeserializer(EventType.DELETE_ROWS,
                new LosslessRowsDeserializers.Delete(tables, filter));
        deserializer.setEventDataDeserializer(EventType.EXT_WRITE_ROWS,
                new LosslessRowsDeserializers.Write(tables, filter).setMayContainExtraInformation(true));
        deserializer.setEventDataDeserializer(EventType.EXT_UPDATE_ROWS,
                new LosslessRowsDeserializers.Update(tables, filter).setMayContainExtraInformation(true));
        deserializer.setEventDataDeserializer(EventType.EXT_DELETE_ROWS,
                new LosslessRowsDeserializers.Delete(tables, filter).setMayContainExtraInformation(true));
        deserializer.setEventDataDeserializer(EventType.QUERY, new QueryEventDecoder());
        deserializer.setEventDataDeserializer(EventType.TRANSACTION_PAYLOAD, new CompressedTransactionRefusal());
        return deserializer;
    }

    /** Decodes TABLE_MAP events as the library does and remembers them for our row deserializers. */
    static final class TableMapTracker implements EventDataDeserializer<TableMapEventData> {
        private final TableMapEventDataDeserializer delegate = new TableMapEventDataDeserializer();
        private final Map<Long, TableMapEventData> tables;

        TableMapTracker(Map<Long, TableMapEventData> tables) {
            this.tables = tables;
        }

        @Override
        public TableMapEventData deserialize(ByteArrayInputStream in) throws IOException {
            TableMapEventData data = delegate.deserialize(in);
            tables.put(data.getTableId(), data);
            return data;
        }
    }

    /** Fails on compressed transactions instead of letting the library decode them lossily. */
    static final class CompressedTransactionRefusal implements EventDataDeserializer<EventData> {
        static final String MESSAGE = "the binlog contains a compressed transaction (TRANSACTION_PAYLOAD event), "
                + "which dm-connect cannot decode losslessly; run SET GLOBAL binlog_transaction_compression=OFF "
                + "on the upstream before dm-connect reads it (transactions already written compressed cannot be "
                + "read: start after them and re-sync the tables they changed)";

        @Override
        public EventData deserialize(ByteArrayInputStream in) throws IOException {
            throw new IOException(MESSAGE);
        }
    }
}
