package io.dmconnect.sink.tidb.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.sink.tidb.decode.SourcePos;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class CheckpointsTest {
    private static final TopicPartition TP = new TopicPartition("up1.shop.orders", 0);
    private static final TableKey ORDERS = new TableKey("up1", new TableId("shop", "orders"), 0);

    @Test
    void eachWorkerSkipsExactlyWhatItCommitted() {
        // worker 0 committed the last batch, worker 1 died before committing it
        Checkpoints c = new Checkpoints(Map.of(0, Map.of(TP, 101L), 1, Map.of(TP, 51L)),
                Map.of(0, Map.of(ORDERS, new SourcePos("up1", "mysql-bin.000002", 900, 0, 3))));
        assertThat(c.seekOffset(TP, 2)).hasValue(51);
        assertThat(c.exitOffset(TP)).hasValue(101);
        assertThat(c.appliedOffset(0, TP, 80)).isTrue();
        assertThat(c.appliedOffset(1, TP, 80)).isFalse();
        assertThat(c.appliedOffset(1, TP, 50)).isTrue();
        assertThat(c.appliedOffset(2, TP, 0)).isFalse();
        assertThat(c.seekOffset(new TopicPartition("other", 0), 2)).isEmpty();
    }

    @Test
    void aWorkerWithoutACheckpointForThePartitionLeavesTheSeekToKafka() {
        // killed during the first apply of the partition: worker 0 committed, worker 1 had not, so it has no entry;
        // seeking to 101 would skip worker 1's rows below it
        Checkpoints c = new Checkpoints(Map.of(0, Map.of(TP, 101L)), Map.of());
        assertThat(c.seekOffset(TP, 2)).isEmpty();
        assertThat(c.seekOffset(TP, 1)).hasValue(101);
        assertThat(c.appliedOffset(1, TP, 50)).as("worker 1 applies its rows again").isFalse();
    }

    @Test
    void aBinlogPositionAtOrBeforeTheWorkersLastIsARepeat() {
        Checkpoints c = new Checkpoints(Map.of(), Map.of(0, Map.of(ORDERS, new SourcePos("up1", "mysql-bin.000002", 900, 1, 3))));
        assertThat(c.appliedPosition(0, ORDERS, new SourcePos("up1", "mysql-bin.000002", 900, 1, 3))).isTrue();
        assertThat(c.appliedPosition(0, ORDERS, new SourcePos("up1", "mysql-bin.000001", 99999, 0, 9))).isTrue();
        assertThat(c.appliedPosition(0, ORDERS, new SourcePos("up1", "mysql-bin.000002", 900, 1, 4))).isFalse();
        assertThat(c.appliedPosition(0, ORDERS, new SourcePos("up1", "mysql-bin.000010", 4, 0, 1))).isFalse();
        assertThat(c.appliedPosition(1, ORDERS, new SourcePos("up1", "mysql-bin.000001", 4, 0, 1))).isFalse();
    }

    @Test
    void aPartitionHandedOverByARebalanceTakesInWhatAnotherTaskCommitted() {
        Checkpoints mine = new Checkpoints(Map.of(0, Map.of(TP, 10L)), Map.of());
        TopicPartition other = new TopicPartition("up1.shop.orders", 1);
        TableKey otherOrders = new TableKey("up1", new TableId("shop", "orders"), 1);
        SourcePos applied = new SourcePos("up1", "mysql-bin.000002", 900, 0, 3);
        mine.absorb(new Checkpoints(Map.of(0, Map.of(TP, 5L, other, 40L), 1, Map.of(other, 30L)),
                Map.of(1, Map.of(otherOrders, applied))));
        assertThat(mine.seekOffset(other, 2)).hasValue(30);
        assertThat(mine.appliedOffset(0, other, 39)).isTrue();
        assertThat(mine.appliedOffset(0, TP, 9)).as("a stale downstream value never lowers the mirror").isTrue();
        assertThat(mine.appliedPosition(1, otherOrders, applied)).isTrue();
        assertThat(mine.appliedPosition(1, ORDERS, applied)).as("positions are per partition").isFalse();
    }
}
