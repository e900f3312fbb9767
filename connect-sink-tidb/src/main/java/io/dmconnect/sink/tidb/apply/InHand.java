package io.dmconnect.sink.tidb.apply;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Per partition, the offset below which every record was already taken by the engine (applied, filtered, held by a
 * barrier or queued). After a retriable failure Connect delivers the failed batch again, and after a failed offset
 * commit it rewinds to the last committed offsets; the engine keeps what it held across both, so a record it already
 * took is not taken twice. Partitions leave when revoked: their next owner starts from the downstream checkpoint.
 */
final class InHand {
    private final Map<TopicPartition, Long> next = new HashMap<>();

    /** Whether the record at {@code offset} was taken before. */
    boolean taken(TopicPartition tp, long offset) {
        Long n = next.get(tp);
        return n != null && offset < n;
    }

    void take(TopicPartition tp, long offset) {
        next.merge(tp, offset + 1, Math::max);
    }

    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(next::remove);
    }
}
