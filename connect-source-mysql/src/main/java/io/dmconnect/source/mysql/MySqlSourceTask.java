package io.dmconnect.source.mysql;

import io.dmconnect.common.Version;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.source.mysql.adhoc.AdhocState;
import io.dmconnect.source.mysql.binlog.RowSkip;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.position.SourcePartitions;
import io.dmconnect.common.rules.Rules;
import io.dmconnect.source.mysql.snapshot.SnapshotRun;
import io.dmconnect.source.mysql.stream.SourceRunner;
import io.dmconnect.source.mysql.stream.StreamingSource;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams one server's binlog, after a snapshot when snapshot.mode asks for one. Thin: {@link SnapshotRun} decides
 * from the mode and the committed offsets; with snapshot.mode=no_data it hands the offset to {@link StreamingSource}.
 */
public final class MySqlSourceTask extends SourceTask {
    private static final Logger LOG = LoggerFactory.getLogger(MySqlSourceTask.class);
    private SourceRunner source;

    @Override
    public void start(Map<String, String> props) {
        MySqlSourceConfig config = new MySqlSourceConfig(props);
        Rules rules = RulesConfig.parse(props, RuleSide.SOURCE);
        if (config.snapshotMode().maySnapshot()) {
            source = SnapshotRun.start(config, rules, context.offsetStorageReader());
            return;
        }
        Map<String, Object> offset = context.offsetStorageReader().offset(SourcePartitions.of(config.sourceId()));
        BinlogPosition committed = offset == null || offset.isEmpty() ? null : BinlogPosition.fromOffset(offset);
        LOG.info("source {} starts {}", config.sourceId(), committed == null ? "afresh" : "at its offset " + committed);
        source = StreamingSource.start(config, rules, committed, RowSkip.NONE, AdhocState.fromOffset(offset));
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
