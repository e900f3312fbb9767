package io.dmconnect.sink.tidb;

import io.dmconnect.common.Version;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/**
 * The apply task. Applying changes is not in this build yet (issue 6): rather than consume records and drop them,
 * the task refuses to start, so no consumer offset moves past an unapplied record.
 */
public final class TiDbSinkTask extends SinkTask {

    @Override
    public void start(Map<String, String> props) {
        TiDbSinkConfig config = new TiDbSinkConfig(props);
        throw new ConnectException("dm-connect " + Version.get() + " cannot apply to " + config.url()
                + " yet: the apply path is not part of this build. Delete this connector; no record was consumed.");
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        throw new ConnectException("the apply path is not part of this build");
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
