package io.dmconnect.bench;

import java.time.Duration;

/**
 * How the source filled one workload's topic: from the first upstream statement until the topic held every row
 * event (upstream execution and capture overlap; the source streams while the statements run).
 *
 * @param topicRecords records in the topic at the end: the row events plus the source's DDL records
 */
public record SourceStats(WorkloadKind workload, long events, long topicRecords, Duration elapsed) {
    public double eventsPerSecond() {
        return events / Measurement.seconds(elapsed);
    }
}
