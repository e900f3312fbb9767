package io.dmconnect.sink.tidb.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FlushTriggerTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final FlushTrigger trigger = new FlushTrigger(3, 100, now::get);

    @Test
    void nothingHeldIsNeverDueAndAsksForNoCall() {
        assertThat(trigger.due()).isFalse();
        assertThat(trigger.remainingMs()).isEqualTo(-1);
    }

    @Test
    void heldRowsAreDueWhenTheOldestHasWaitedTheLinger() {
        trigger.queued(1);
        now.addAndGet(40);
        trigger.queued(2); // a younger row does not restart the clock
        assertThat(trigger.due()).isFalse();
        assertThat(trigger.remainingMs()).isEqualTo(60);
        now.addAndGet(60);
        assertThat(trigger.due()).isTrue();
        assertThat(trigger.remainingMs()).isEqualTo(1);
    }

    @Test
    void aWorkerWithAFullBatchMakesItDueAtOnce() {
        trigger.queued(1);
        trigger.queued(3);
        assertThat(trigger.due()).isTrue();
    }

    @Test
    void aFlushStartsOverAndAFailedOneIsDueAgainAtOnce() {
        trigger.queued(3);
        trigger.flushed();
        assertThat(trigger.due()).isFalse();
        assertThat(trigger.remainingMs()).isEqualTo(-1);
        trigger.queued(1);
        trigger.failed();
        assertThat(trigger.due()).isTrue();
    }

    @Test
    void zeroLingerAppliesEveryPut() {
        FlushTrigger eager = new FlushTrigger(100, 0, now::get);
        eager.queued(1);
        assertThat(eager.due()).isTrue();
    }
}
