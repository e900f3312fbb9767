package io.dmconnect.source.mysql.binlog;

import io.dmconnect.common.schema.TableSchema;
import java.io.Serializable;
import java.util.BitSet;

/**
 * Says whether a binlog row image is already part of a snapshot: a change of a row whose chunk was read at a
 * position at or after the change's event is in the chunk's rows, so streaming must not publish it again.
 */
@FunctionalInterface
public interface RowSkip {
    RowSkip NONE = (schema, row, included, file, endPosition) -> false;

    /**
     * @param schema      the table's tracked schema
     * @param row         the image's cells, for the columns set in {@code included}
     * @param file        the binlog file of the event
     * @param endPosition the event's end position in that file
     */
    boolean covered(TableSchema schema, Serializable[] row, BitSet included, String file, long endPosition);
}
