package io.dmconnect.source.mysql.metrics;

/** The source task's JMX attributes ({@code io.dmconnect:type=source-task,source=<source.id>}). */
public interface SourceMetricsMBean {
    /**
     * Now minus the time of the last binlog event read; 0 before the first event. A server heartbeat (sent only when
     * there is nothing else to read, every heartbeat.interval.ms) counts as an event of now, so an idle source that
     * is caught up reads at most heartbeat.interval.ms / 1000.
     */
    long getSecondsBehindSource();

    String getBinlogFile();

    long getBinlogPosition();

    String getGtidSet();

    /** Row changes and DDL records handed to Connect per second, over the last minute. */
    double getEventsPerSecond();

    long getEventsTotal();

    long getQueueBytes();

    int getQueueRecords();

    /** Tables the schema tracker holds. */
    int getTrackedTables();
}
