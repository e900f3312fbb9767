package io.dmconnect.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * @param sourceProducer  producer settings of the source, each set as {@code producer.override.<key>} (in order)
 */
public record DmTuning(int sourceTasks, int chunkSize, int topicPartitions, int sinkTasks, int workerCount,
        int batchSize, boolean multipleRows, Map<String, String> sourceProducer) {

    public DmTuning {
        sourceProducer = Collections.unmodifiableMap(new LinkedHashMap<>(sourceProducer));
    }

    /** The producer overrides as the report prints them: {@code key=value, ...}, or {@code none}. */
    public String sourceProducerText() {
        if (sourceProducer.isEmpty()) {
            return "none (Connect's default producer)";
        }
        StringBuilder out = new StringBuilder();
        sourceProducer.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return out.toString();
    }
}
