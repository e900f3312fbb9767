package io.dmconnect.cli;

import io.dmconnect.harness.ConnectRestClient.ConnectorStatus;
import java.util.List;

/** What the live view of {@code run} shows: values only, read from the REST API and from JMX. */
final class Progress {
    private Progress() {
    }

    /** One connector: its REST state, plus source or sink metrics when JMX gave them (else null). */
    record OfConnector(String name, String type, ConnectorStatus status, Source source, Sink sink) {
    }

    /** A source: the snapshot state of each task that has one, and the binlog reader's state (null before it runs). */
    record Source(List<SnapshotTask> snapshot, Streaming streaming) {
    }

    /** One source task's snapshot ({@code io.dmconnect:type=source-snapshot}). */
    record SnapshotTask(int task, String phase, long tablesTotal, long chunksTotal, long chunksDone, long rowsDone,
                        long rowsEstimated, double rowsPerSecond, List<Table> tables) {
    }

    /** One table's snapshot progress. */
    record Table(String table, long rowsDone, long rowsEstimated, long chunksDone, long chunksTotal) {
    }

    /** The binlog reader ({@code io.dmconnect:type=source-task}). */
    record Streaming(long secondsBehind, double eventsPerSecond, long eventsTotal, String binlogFile, long binlogPosition) {
    }

    /** A sink, summed over its tasks (Connect's sink-task-metrics and task-error-metrics). */
    record Sink(double recordsPerSecond, long recordsTotal, long deadLettered, long recordErrors) {
    }
}
