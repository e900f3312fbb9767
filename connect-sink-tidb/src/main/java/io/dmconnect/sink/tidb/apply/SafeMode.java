package io.dmconnect.sink.tidb.apply;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * DM's safe mode triggers: always when configured; for {@code safe.mode.duration} after every start; and, per
 * partition, until the stream passes the highest offset any worker had applied when the task started (the exit
 * point of the last stop: records below it may be half-applied by another worker, or re-emitted by a source
 * that cannot be recognised by position).
 */
public final class SafeMode {
    private final boolean always;
    private final long untilMs;
    private final Map<TopicPartition, Long> exitPoints = new HashMap<>();

    public SafeMode(boolean always, long durationMs, long nowMs) {
        this.always = always;
        this.untilMs = nowMs + durationMs;
    }

    public void exitPoint(TopicPartition tp, long offset) {
        exitPoints.put(tp, offset);
    }

    public boolean on(TopicPartition tp, long offset, long nowMs) {
        if (always || nowMs < untilMs) {
            return true;
        }
        Long exit = exitPoints.get(tp);
        return exit != null && offset < exit;
    }
}
