package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import java.util.BitSet;
import java.util.List;

/**
 * A rows event of a table the block-allow list blocks, whose row data was not decoded (DM's trick: only the table id
 * is read). It has the table id and no rows, so the rows handler still counts it as a unit of its transaction; a
 * captured table never gets one, and a handler that sees one for a captured table has a bug to report.
 */
public sealed interface UndecodedRows permits UndecodedRows.Write, UndecodedRows.Update, UndecodedRows.Delete {
    long getTableId();

    /** WRITE_ROWS / EXT_WRITE_ROWS of a blocked table. */
    final class Write extends WriteRowsEventData implements UndecodedRows {
        public Write(long tableId) {
            setTableId(tableId);
            setIncludedColumns(new BitSet());
            setRows(List.of());
        }
    }

    /** UPDATE_ROWS / EXT_UPDATE_ROWS of a blocked table. */
    final class Update extends UpdateRowsEventData implements UndecodedRows {
        public Update(long tableId) {
            setTableId(tableId);
            setIncludedColumnsBeforeUpdate(new BitSet());
            setIncludedColumns(new BitSet());
            setRows(List.of());
        }
    }

    /** DELETE_ROWS / EXT_DELETE_ROWS of a blocked table. */
    final class Delete extends DeleteRowsEventData implements UndecodedRows {
        public Delete(long tableId) {
            setTableId(tableId);
            setIncludedColumns(new BitSet());
            setRows(List.of());
        }
    }
}
