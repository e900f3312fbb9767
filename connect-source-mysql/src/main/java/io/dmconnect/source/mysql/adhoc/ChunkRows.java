package io.dmconnect.source.mysql.adhoc;

import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.io.Serializable;
import java.util.List;

/**
 * One ad-hoc chunk's rows, read at {@code at}: cells as the binlog would carry them, for every column of
 * {@code columns} (the table's columns in the read view), in key order.
 *
 * @param upper the chunk's inclusive upper key; null for the table's last chunk
 */
record ChunkRows(TableId table, int index, BinlogPosition at, List<String> columns, List<Serializable[]> rows,
                 Serializable[] upper) {
}
