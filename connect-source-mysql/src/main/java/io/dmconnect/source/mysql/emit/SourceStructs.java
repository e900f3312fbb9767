package io.dmconnect.source.mysql.emit;

import io.dmconnect.common.Version;
import io.dmconnect.common.record.SourceBlock;
import io.dmconnect.source.mysql.position.BinlogPosition;
import org.apache.kafka.connect.data.Struct;

/** Builds {@link SourceBlock} structs for one connector. */
public final class SourceStructs {
    private final String name;
    private final String sourceId;

    /** @param name the topic prefix (Debezium's logical server name) */
    public SourceStructs(String name, String sourceId) {
        this.name = name;
        this.sourceId = sourceId;
    }

    /** The block for one change; {@code gtid} (of its transaction) and {@code query} may be null. */
    public Struct struct(BinlogPosition position, long tsMs, String db, String table, String gtid, int row,
                         String query, boolean snapshot) {
        return new Struct(SourceBlock.SCHEMA)
                .put(SourceBlock.VERSION, Version.get())
                .put(SourceBlock.CONNECTOR, "mysql")
                .put(SourceBlock.NAME, name)
                .put(SourceBlock.TS_MS, tsMs)
                .put(SourceBlock.SNAPSHOT, snapshot ? "true" : "false")
                .put(SourceBlock.DB, db)
                .put(SourceBlock.TABLE, table == null || table.isEmpty() ? null : table)
                .put(SourceBlock.SERVER_ID, position.serverId())
                .put(SourceBlock.GTID, gtid)
                .put(SourceBlock.FILE, position.file())
                .put(SourceBlock.POS, position.pos())
                .put(SourceBlock.EVENT, position.event())
                .put(SourceBlock.ROW, row)
                .put(SourceBlock.QUERY, query)
                .put(SourceBlock.SOURCE_ID, sourceId);
    }
}
