package io.dmconnect.sink.tidb.checkpoint;

import io.dmconnect.sink.tidb.decode.SourcePos;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;

/**
 * What every apply worker committed downstream, as of the last partition assignment (read again on each): per
 * worker, per topic-partition the next
 * Kafka offset to apply, and per upstream table the last binlog position applied.
 *
 * <p>Invariant (the reason a record is applied exactly once): a worker applies its records in order and commits
 * them with its checkpoint in one transaction, and a record always goes to the same worker (the assignment is a
 * function of the table and the row's key). So a record whose offset is below its worker's next offset, or whose
 * binlog position is at or before its worker's last position for that table, was applied and is skipped.
 */
public final class Checkpoints {
    private final Map<Integer, Map<TopicPartition, Long>> offsets;
    private final Map<Integer, Map<TableKey, SourcePos>> positions;

    public Checkpoints(Map<Integer, Map<TopicPartition, Long>> offsets, Map<Integer, Map<TableKey, SourcePos>> positions) {
        this.offsets = new ConcurrentHashMap<>();
        this.positions = new ConcurrentHashMap<>();
        offsets.forEach((w, m) -> this.offsets.put(w, new ConcurrentHashMap<>(m)));
        positions.forEach((w, m) -> this.positions.put(w, new ConcurrentHashMap<>(m)));
    }

    /**
     * A worker committed: mirror its checkpoint, so that a batch Connect delivers again (after a retryable failure)
     * skips exactly what this worker already applied. Called from worker threads.
     */
    public void advance(int worker, Map<TopicPartition, Long> nextOffsets, Map<TableKey, SourcePos> lastPositions) {
        Map<TopicPartition, Long> o = offsets.computeIfAbsent(worker, w -> new ConcurrentHashMap<>());
        nextOffsets.forEach((tp, next) -> o.merge(tp, next, Math::max));
        Map<TableKey, SourcePos> p = positions.computeIfAbsent(worker, w -> new ConcurrentHashMap<>());
        lastPositions.forEach((t, pos) -> p.merge(t, pos, (a, b) -> a.compareTo(b) >= 0 ? a : b));
    }

    /**
     * Takes in what the downstream holds now: partitions assigned to this task after a rebalance were applied by
     * another task, whose commits this task's mirror never saw. Merging keeps the larger value, and a committed
     * checkpoint only grows, so the result is the downstream's truth for every partition.
     */
    public void absorb(Checkpoints downstream) {
        downstream.offsets.forEach((w, m) -> advance(w, m, downstream.positions.getOrDefault(w, Map.of())));
        downstream.positions.forEach((w, m) -> advance(w, Map.of(), m));
    }

    public static Checkpoints empty() {
        return new Checkpoints(new HashMap<>(), new HashMap<>());
    }

    /**
     * Where to seek a partition: the lowest next offset of the {@code workers} workers. Empty (Kafka's committed
     * offset applies, which only ever covers flushes every worker committed) when one of them has no checkpoint for
     * it: a crash in the middle of the first apply that included the partition leaves the workers that had not
     * committed yet without one, and seeking to the others' offset would skip their rows.
     */
    public OptionalLong seekOffset(TopicPartition tp, int workers) {
        for (int w = 0; w < workers; w++) {
            if (!offsets.getOrDefault(w, Map.of()).containsKey(tp)) {
                return OptionalLong.empty();
            }
        }
        return offsets.values().stream().filter(m -> m.containsKey(tp)).mapToLong(m -> m.get(tp)).min();
    }

    /** The highest next offset any worker has: below it, some worker may already have applied a record. */
    public OptionalLong exitOffset(TopicPartition tp) {
        return offsets.values().stream().filter(m -> m.containsKey(tp)).mapToLong(m -> m.get(tp)).max();
    }

    /** True when the worker already applied the record at {@code offset} of {@code tp}. */
    public boolean appliedOffset(int worker, TopicPartition tp, long offset) {
        Long next = offsets.getOrDefault(worker, Map.of()).get(tp);
        return next != null && offset < next;
    }

    /** True when the worker already applied a change at or after this binlog position of the table. */
    public boolean appliedPosition(int worker, TableKey table, SourcePos pos) {
        SourcePos last = positions.getOrDefault(worker, Map.of()).get(table);
        return last != null && pos.compareTo(last) <= 0;
    }

    /** Workers that have any checkpoint (a changed worker.count leaves some without). */
    public java.util.Set<Integer> workers() {
        return offsets.keySet();
    }
}
