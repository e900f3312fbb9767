package io.dmconnect.source.mysql.metrics;

/**
 * Snapshot progress of one task, as {@code io.dmconnect:type=source-snapshot,source=<source.id>,task=<task.index>}.
 * The name and the attributes are a contract: {@code bin/dm-connect run} reads them over JMX.
 */
public interface SnapshotProgressMBean {
    /** planning, waiting-for-plan, reading, waiting-for-other-tasks, streaming or finished. */
    String getPhase();

    int getTablesTotal();

    int getChunksTotal();

    int getChunksDone();

    int getChunksRemaining();

    long getRowsDone();

    long getRowsEstimated();

    double getRowsPerSecond();

    /** JSON array of {"table","rows_done","rows_estimated","chunks_done","chunks_total"} for this task's tables. */
    String getTableProgressJson();
}
