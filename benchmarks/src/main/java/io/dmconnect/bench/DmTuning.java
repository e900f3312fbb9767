package io.dmconnect.bench;

/**
 * dm-connect's settings in the snapshot benchmark's leg (c).
 *
 * @param sourceTasks     the source's tasks.max: the snapshot's chunks are spread over them
 * @param chunkSize       the source's snapshot.chunk.size (rows per chunk)
 * @param topicPartitions partitions of the table's topic, created before the connectors
 * @param sinkTasks       the sink's tasks.max (at most topicPartitions of them get work)
 * @param workerCount     the sink's worker.count (downstream connections per task)
 * @param batchSize       the sink's batch.size (row changes per downstream transaction)
 * @param multipleRows    the sink's multiple.rows (multi-row statements)
 */
public record DmTuning(int sourceTasks, int chunkSize, int topicPartitions, int sinkTasks, int workerCount,
        int batchSize, boolean multipleRows) {
}
