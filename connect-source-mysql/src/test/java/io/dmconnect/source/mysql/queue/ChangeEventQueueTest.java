package io.dmconnect.source.mysql.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChangeEventQueueTest {

    @Test
    void keepsOrderAndBatchSize() throws Exception {
        ChangeEventQueue<Integer> q = new ChangeEventQueue<>(1000);
        for (int i = 0; i < 5; i++) {
            q.put(i, 10);
        }
        assertThat(q.poll(3, Duration.ZERO)).containsExactly(0, 1, 2);
        assertThat(q.bytes()).isEqualTo(20);
        assertThat(q.poll(10, Duration.ZERO)).containsExactly(3, 4);
        assertThat(q.poll(10, Duration.ofMillis(20))).isEmpty();
    }

    @Test
    void producerBlocksWhileFullAndResumesWhenDrained() throws Exception {
        ChangeEventQueue<Integer> q = new ChangeEventQueue<>(100);
        q.put(1, 60);
        CompletableFuture<Boolean> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                return q.put(2, 60);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(blocked).isNotDone();
        assertThat(q.poll(1, Duration.ZERO)).containsExactly(1);
        assertThat(blocked.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(q.poll(1, Duration.ZERO)).containsExactly(2);
    }

    @Test
    void anItemLargerThanTheBoundPassesAnEmptyQueue() throws Exception {
        ChangeEventQueue<String> q = new ChangeEventQueue<>(10);
        assertThat(q.put("huge", 1_000_000)).isTrue();
        assertThat(q.poll(5, Duration.ZERO)).containsExactly("huge");
    }

    @Test
    void aFailureComesAfterEverythingQueuedBeforeIt() throws Exception {
        ChangeEventQueue<Integer> q = new ChangeEventQueue<>(1000);
        q.put(1, 1);
        q.put(2, 1);
        q.fail(new IllegalStateException("binlog connection lost"));
        List<Integer> got = new ArrayList<>(q.poll(10, Duration.ZERO));
        assertThat(got).containsExactly(1, 2);
        assertThatThrownBy(() -> q.poll(10, Duration.ZERO)).hasMessage("binlog connection lost");
    }

    @Test
    void closeReleasesABlockedProducer() throws Exception {
        ChangeEventQueue<Integer> q = new ChangeEventQueue<>(10);
        q.put(1, 10);
        CompletableFuture<Boolean> blocked = CompletableFuture.supplyAsync(() -> {
            try {
                return q.put(2, 10);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        q.close();
        assertThat(blocked.get(5, TimeUnit.SECONDS)).isFalse();
    }
}
