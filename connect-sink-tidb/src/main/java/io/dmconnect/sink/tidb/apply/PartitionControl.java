package io.dmconnect.sink.tidb.apply;

import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/** What the engine may ask of Connect about partitions (the task's context), so a DDL barrier can hold one back. */
public interface PartitionControl {
    void pause(TopicPartition tp);

    void resume(TopicPartition tp);

    /** The partitions of {@code topic} assigned to this task. */
    Set<Integer> assigned(String topic);
}
