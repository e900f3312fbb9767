package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.TableMapEventData;
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
 */
final class LosslessRowsDeserializers {
    private LosslessRowsDeserializers() {
    }

    /** WRITE_ROWS (v1, MariaDB) and EXT_WRITE_ROWS (v2, MySQL). */
    static final class Write extends WriteRowsEventDataDeserializer {
        Write(Map<Long, TableMapEventData> tables) {
            super(tables);
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
        Update(Map<Long, TableMapEventData> tables) {
            super(tables);
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
        Delete(Map<Long, TableMapEventData> tables) {
            super(tables);
        }

        @Override
        protected Serializable deserializeCell(ColumnType type, int meta, int length, ByteArrayInputStream in)
                throws IOException {
            return LosslessCells.handles(type) ? LosslessCells.read(type, meta, in)
                    : super.deserializeCell(type, meta, length, in);
        }
    }
}
