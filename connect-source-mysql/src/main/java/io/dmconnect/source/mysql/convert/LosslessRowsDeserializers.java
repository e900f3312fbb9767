package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import com.github.shyiko.mysql.binlog.event.deserialization.DeleteRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.UpdateRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.WriteRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * The library's rows-event deserializers with the cells of {@link LosslessCells} read losslessly; every other
 * cell (integers, DECIMAL, floats, BIT, strings as bytes, ENUM, SET, blobs, spatial) is left to the library.
 * Events of a table that {@link RowsDecodeFilter} rules out are not decoded at all: they become
 * {@link UndecodedRows} with the table id and no rows.
 */
final class LosslessRowsDeserializers {
    private LosslessRowsDeserializers() {
    }

    /**
     * The whole body, so that the table id can be read before deciding; the library's own stream cannot be
     * rewound inside an event.
     */
    private static byte[] body(ByteArrayInputStream in) throws IOException {
        return in.read(in.available());
    }

    /** WRITE_ROWS (v1, MariaDB) and EXT_WRITE_ROWS (v2, MySQL). */
    static final class Write extends WriteRowsEventDataDeserializer {
        private final RowsDecodeFilter filter;

        Write(Map<Long, TableMapEventData> tables, RowsDecodeFilter filter) {
            super(tables);
            this.filter = filter;
        }

        @Override
        public WriteRowsEventData deserialize(ByteArrayInputStream in) throws IOException {
            byte[] body = body(in);
            long tableId = RowsDecodeFilter.tableId(body);
            return filter.decodes(tableId) ? super.deserialize(new ByteArrayInputStream(body))
                    : new UndecodedRows.Write(tableId);
        }

        @Override
        protected Serializable deserializeCell(ColumnType type, int meta, int length, ByteArrayInputStream in)
                throws IOException {
            return LosslessCells.handles(type) ? LosslessCells.read(type, meta, in)
                    : super.deserializeCell(type, meta, length, in);
        }
    }

    /** UPDATE_ROWS and EXT_UPDATE_ROWS. */
    static final class Update extends UpdateRowsEventDataDeserializer {
        private final RowsDecodeFilter filter;

        Update(Map<Long, TableMapEventData> tables, RowsDecodeFilter filter) {
            super(tables);
            this.filter = filter;
        }

        @Override
        public UpdateRowsEventData deserialize(ByteArrayInputStream in) throws IOException {
            byte[] body = body(in);
            long tableId = RowsDecodeFilter.tableId(body);
            return filter.decodes(tableId) ? super.deserialize(new ByteArrayInputStream(body))
                    : new UndecodedRows.Update(tableId);
        }

        @Override
        protected Serializable deserializeCell(ColumnType type, int meta, int length, ByteArrayInputStream in)
                throws IOException {
            return LosslessCells.handles(type) ? LosslessCells.read(type, meta, in)
                    : super.deserializeCell(type, meta, length, in);
        }
    }

    /** DELETE_ROWS and EXT_DELETE_ROWS. */
    static final class Delete extends DeleteRowsEventDataDeserializer {
        private final RowsDecodeFilter filter;

        Delete(Map<Long, TableMapEventData> tables, RowsDecodeFilter filter) {
            super(tables);
            this.filter = filter;
        }

        @Override
        public DeleteRowsEventData deserialize(ByteArrayInputStream in) throws IOException {
            byte[] body = body(in);
            long tableId = RowsDecodeFilter.tableId(body);
            return filter.decodes(tableId) ? super.deserialize(new ByteArrayInputStream(body))
                    : new UndecodedRows.Delete(tableId);
        }

        @Override
        protected Serializable deserializeCell(ColumnType type, int meta, int length, ByteArrayInputStream in)
                throws IOException {
            return LosslessCells.handles(type) ? LosslessCells.read(type, meta, in)
                    : super.deserializeCell(type, meta, length, in);
        }
    }
}
