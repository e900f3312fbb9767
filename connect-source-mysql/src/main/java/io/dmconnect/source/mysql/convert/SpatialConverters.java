package io.dmconnect.source.mysql.convert;

import static io.dmconnect.source.mysql.convert.ValueConverters.expect;

import io.dmconnect.common.record.LogicalTypes;
import io.dmconnect.common.schema.ColumnDef;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Spatial values. MySQL and MariaDB store a geometry as a 4-byte little-endian SRID followed by its WKB; the
 * record keeps both, as Debezium's Geometry {wkb, srid} and Point {x, y, wkb, srid}.
 */
final class SpatialConverters {
    private static final int SRID_BYTES = 4;
    private static final int WKB_POINT = 1;
    private static final int WKB_POINT_BYTES = 21;

    private SpatialConverters() {
    }

    static ValueConverter geometry(ColumnDef column, Schema schema) {
        return raw -> {
            byte[] stored = stored(raw, column);
            return new Struct(schema)
                    .put(LogicalTypes.GEOMETRY_WKB, Arrays.copyOfRange(stored, SRID_BYTES, stored.length))
                    .put(LogicalTypes.GEOMETRY_SRID, srid(stored));
        };
    }

    static ValueConverter point(ColumnDef column, Schema schema) {
        return raw -> {
            byte[] stored = stored(raw, column);
            ByteBuffer wkb = ByteBuffer.wrap(stored, SRID_BYTES, stored.length - SRID_BYTES).slice();
            if (wkb.remaining() != WKB_POINT_BYTES) {
                throw notAPoint(column, stored);
            }
            wkb.order(wkb.get(0) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            if (wkb.getInt(1) != WKB_POINT) {
                throw notAPoint(column, stored);
            }
            return new Struct(schema)
                    .put(LogicalTypes.POINT_X, wkb.getDouble(5))
                    .put(LogicalTypes.POINT_Y, wkb.getDouble(13))
                    .put(LogicalTypes.GEOMETRY_WKB, Arrays.copyOfRange(stored, SRID_BYTES, stored.length))
                    .put(LogicalTypes.GEOMETRY_SRID, srid(stored));
        };
    }

    private static byte[] stored(Object raw, ColumnDef column) {
        byte[] stored = expect(raw, byte[].class, column);
        if (stored.length < SRID_BYTES + 1) {
            throw new DataException("column " + column.name() + " (" + column.columnType() + "): " + stored.length
                    + " bytes are not an SRID followed by WKB");
        }
        return stored;
    }

    private static int srid(byte[] stored) {
        return ByteBuffer.wrap(stored, 0, SRID_BYTES).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static DataException notAPoint(ColumnDef column, byte[] stored) {
        return new DataException("column " + column.name() + " (" + column.columnType() + "): the stored value ("
                + stored.length + " bytes) is not a WKB point");
    }
}
