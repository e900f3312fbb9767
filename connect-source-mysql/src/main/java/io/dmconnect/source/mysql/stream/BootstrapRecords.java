package io.dmconnect.source.mysql.stream;

import io.dmconnect.common.TableId;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.emit.DdlRecords;
import io.dmconnect.source.mysql.emit.SourceStructs;
import io.dmconnect.source.mysql.emit.TopicNamer;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.position.SourcePartitions;
import io.dmconnect.source.mysql.schema.AppliedDdl;
import io.dmconnect.source.mysql.schema.SchemaBootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * On a connector's first start, one {@code CREATE TABLE IF NOT EXISTS} DDL record per captured table (from the
 * server's SHOW CREATE TABLE), at the start position: a consumer, the sink included, learns every table's schema
 * before its first row. A restart before the offset is committed publishes them again, which is harmless.
 */
final class BootstrapRecords {
    private BootstrapRecords() {
    }

    static List<SourceRecord> of(MySqlSourceConfig config, SchemaBootstrap.Result boot, BinlogPosition start) {
        TopicNamer topics = new TopicNamer(config.topicPrefix());
        DdlRecords ddl = new DdlRecords(topics, topic -> 1);
        SourceStructs sources = new SourceStructs(config.topicPrefix(), config.sourceId());
        Map<String, String> partition = SourcePartitions.of(config.sourceId());
        BinlogPosition offset = start.within(0, 0);
        long now = System.currentTimeMillis();
        List<SourceRecord> records = new ArrayList<>();
        boot.createStatements().forEach((TableId table, String sql) -> {
            AppliedDdl create = new AppliedDdl(sql, "CREATE_TABLE", table, null, null, boot.catalog().table(table).orElse(null));
            records.addAll(ddl.records(create, partition, offset,
                    sources.struct(offset, now, table.schema(), table.table(), null, 0, sql, true), now));
        });
        return records;
    }
}
