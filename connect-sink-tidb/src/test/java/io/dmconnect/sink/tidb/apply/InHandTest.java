package io.dmconnect.sink.tidb.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class InHandTest {
    private final TopicPartition a = new TopicPartition("t", 0);
    private final TopicPartition b = new TopicPartition("t", 1);
    private final InHand inHand = new InHand();

    @Test
    void aRecordAtOrBelowTheLastTakenOffsetIsTaken() {
        assertThat(inHand.taken(a, 0)).isFalse();
        inHand.take(a, 5);
        assertThat(inHand.taken(a, 5)).isTrue();
        assertThat(inHand.taken(a, 0)).isTrue();
        assertThat(inHand.taken(a, 6)).isFalse();
        assertThat(inHand.taken(b, 0)).as("per partition").isFalse();
    }

    @Test
    void takingOlderOffsetsNeverMovesBack() {
        inHand.take(a, 9);
        inHand.take(a, 3);
        assertThat(inHand.taken(a, 8)).isTrue();
    }

    @Test
    void aRevokedPartitionStartsOver() {
        inHand.take(a, 9);
        inHand.take(b, 9);
        inHand.forget(List.of(a));
        assertThat(inHand.taken(a, 0)).isFalse();
        assertThat(inHand.taken(b, 0)).isTrue();
    }
}
