package io.dmconnect.bench;

import io.dmconnect.harness.HarnessException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * How many records a topic holds, summed over its partitions (end offsets; nothing is ever deleted or compacted in a
 * run, so the end offset is the record count). Reads metadata only, never the records: counting costs no CPU in the
 * worker or the broker worth measuring.
 */
final class TopicOffsets {
    private TopicOffsets() {
    }

    /** 0 for a topic that does not exist yet. */
    static long records(Admin admin, String topic) {
        try {
            TopicDescription description = admin.describeTopics(java.util.List.of(topic)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0;
            }
            throw new HarnessException("cannot read the end offsets of " + topic + ": " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new HarnessException("the broker did not answer for the end offsets of " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while reading the end offsets of " + topic, e);
        }
    }
}
