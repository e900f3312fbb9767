package io.dmconnect.source.mysql;

import io.dmconnect.common.Version;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.position.SourcePartitions;
import io.dmconnect.source.mysql.stream.StreamingSource;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Streams one server's binlog. Thin: it reads the committed offset and hands everything to {@link StreamingSource}. */
public final class MySqlSourceTask extends SourceTask {
    private static final Logger LOG = LoggerFactory.getLogger(MySqlSourceTask.class);
    private StreamingSource source;

    @Override
    public void start(Map<String, String> props) {
        MySqlSourceConfig config = new MySqlSourceConfig(props);
        Map<String, Object> offset = context.offsetStorageReader().offset(SourcePartitions.of(config.sourceId()));
        BinlogPosition committed = offset == null || offset.isEmpty() ? null : BinlogPosition.fromOffset(offset);
        LOG.info("source {} starts {}", config.sourceId(), committed == null ? "afresh" : "at its offset " + committed);
        source = StreamingSource.start(config, RulesConfig.parse(props, RuleSide.SOURCE), committed);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        List<SourceRecord> records = source.poll();
        return records.isEmpty() ? null : records;
    }

    @Override
    public void stop() {
        if (source != null) {
            source.close();
        }
    }

    @Override
    public String version() {
        return Version.get();
    }
}
