package io.dmconnect.source.mysql;

import io.dmconnect.common.Version;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * The binlog reading task. Binlog streaming and the snapshot are not in this build yet (issues 4 and 5): rather
 * than run and publish nothing, the task refuses to start with an error that says so.
 */
public final class MySqlSourceTask extends SourceTask {

    @Override
    public void start(Map<String, String> props) {
        MySqlSourceConfig config = new MySqlSourceConfig(props);
        throw new ConnectException("dm-connect " + Version.get() + " cannot read " + config.hostname() + ":"
                + config.port() + " yet: binlog streaming and the snapshot are not part of this build. "
                + "Delete this connector; nothing was read and no offset was stored.");
    }

    @Override
    public List<SourceRecord> poll() {
        return null;
    }

    @Override
    public void stop() {
        // nothing was started
    }

    @Override
    public String version() {
        return Version.get();
    }
}
