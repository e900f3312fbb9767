package io.dmconnect.source.mysql.stream;

import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/** What a source task runs: binlog streaming, or a snapshot (which may go on to stream). */
public interface SourceRunner extends AutoCloseable {
    /** The next records; empty when there are none for now. */
    List<SourceRecord> poll() throws InterruptedException;

    @Override
    void close();
}
