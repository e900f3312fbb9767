package io.dmconnect.sink.tidb.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.sink.tidb.decode.Change;
import io.dmconnect.sink.tidb.decode.SourcePos;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class DdlBarriersTest {
    /** The ledger's contract in memory, shared by the "tasks" of a test as the downstream tables would be. */
    static final class MemoryLedger implements BarrierLedger {
        final Map<String, Set<TopicPartition>> arrivals = new HashMap<>();
        final Map<String, String> claims = new HashMap<>();
        final Set<String> done = new HashSet<>();

        @Override
        public void arrive(String key, TopicPartition tp) {
            arrivals.computeIfAbsent(key, k -> new HashSet<>()).add(tp);
        }

        @Override
        public int arrivals(String key) {
            return arrivals.getOrDefault(key, Set.of()).size();
        }

        @Override
        public boolean claim(String key, TopicPartition claimant) {
            String holder = claims.putIfAbsent(key, claimant.toString());
            return holder == null || holder.equals(claimant.toString()) && !done.contains(key);
        }

        @Override
        public void done(String key) {
            done.add(key);
            arrivals.remove(key);
        }

        @Override
        public boolean isDone(String key) {
            return done.contains(key);
        }
    }

    private static final TopicPartition P0 = new TopicPartition("up.shop.t", 0);
    private static final TopicPartition P1 = new TopicPartition("up.shop.t", 1);
    private static final TopicPartition P2 = new TopicPartition("up.shop.t", 2);

    private static Change.Ddl ddl(int partition) {
        return ddl(partition, "ALTER TABLE `shop`.`t` ADD COLUMN `c` INT", 900);
    }

    private static Change.Ddl ddl(int partition, String sql, long pos) {
        return new Change.Ddl(new TableId("shop", "t"), sql, "ALTER_TABLE", null,
                null, null, new SourcePos("up", "mysql-bin.000001", pos, 0, 1), 0, partition, 3, null, null);
    }

    private static SinkRecord record(TopicPartition tp, long offset) {
        return new SinkRecord(tp.topic(), tp.partition(), null, null, null, null, offset);
    }

    @Test
    void oneTaskHoldingEveryPartitionRunsTheDdlWhenTheLastCopyArrives() {
        DdlBarriers barriers = new DdlBarriers(new MemoryLedger());
        DdlBarriers.Barrier b = barriers.arrive(ddl(0), P0, 10);
        assertThat(barriers.blocking(P0)).isSameAs(b);
        assertThat(barriers.blocking(P1)).isNull();
        assertThat(barriers.state(b)).isEqualTo(DdlBarriers.State.WAITING);
        barriers.arrive(ddl(1), P1, 20);
        assertThat(barriers.state(b)).isEqualTo(DdlBarriers.State.WAITING);
        assertThat(barriers.arrive(ddl(2), P2, 30)).isSameAs(b);
        assertThat(barriers.state(b)).isEqualTo(DdlBarriers.State.RUN_IT);
        assertThat(b.arrived).containsEntry(P0, 10L).containsEntry(P1, 20L).containsEntry(P2, 30L);
        barriers.ran(b);
        assertThat(barriers.release(b)).containsExactlyInAnyOrder(P0, P1, P2);
        assertThat(barriers.blocking(P0)).isNull();
        assertThat(barriers.open()).isEmpty();
    }

    @Test
    void tasksSharingTheLedgerRunTheDdlOnceAndOnlyAfterEveryPartitionArrived() {
        MemoryLedger ledger = new MemoryLedger();
        DdlBarriers task1 = new DdlBarriers(ledger);
        DdlBarriers task2 = new DdlBarriers(ledger);
        DdlBarriers task3 = new DdlBarriers(ledger);
        DdlBarriers.Barrier b1 = task1.arrive(ddl(0), P0, 10);
        DdlBarriers.Barrier b2 = task2.arrive(ddl(1), P1, 5);
        assertThat(task1.state(b1)).isEqualTo(DdlBarriers.State.WAITING);
        assertThat(task2.state(b2)).isEqualTo(DdlBarriers.State.WAITING);
        DdlBarriers.Barrier b3 = task3.arrive(ddl(2), P2, 7);
        // the last to look runs it; the others wait until it is done, then pass without running it
        assertThat(task3.state(b3)).isEqualTo(DdlBarriers.State.RUN_IT);
        assertThat(task1.state(b1)).isEqualTo(DdlBarriers.State.WAITING);
        task3.ran(b3);
        assertThat(task1.state(b1)).isEqualTo(DdlBarriers.State.DONE);
        assertThat(task2.state(b2)).isEqualTo(DdlBarriers.State.DONE);
    }

    @Test
    void aClaimantThatRestartsBeforeMarkingTheDdlDoneRunsItAgain() {
        MemoryLedger ledger = new MemoryLedger();
        DdlBarriers before = new DdlBarriers(ledger);
        DdlBarriers.Barrier b = before.arrive(ddl(0), P0, 1);
        before.arrive(ddl(1), P1, 1);
        before.arrive(ddl(2), P2, 1);
        assertThat(before.state(b)).isEqualTo(DdlBarriers.State.RUN_IT);
        // crash before ran(): a new task instance reads the copies again
        DdlBarriers after = new DdlBarriers(ledger);
        DdlBarriers.Barrier again = after.arrive(ddl(0), P0, 1);
        after.arrive(ddl(1), P1, 1);
        after.arrive(ddl(2), P2, 1);
        assertThat(after.state(again)).isEqualTo(DdlBarriers.State.RUN_IT);
    }

    @Test
    void differentDdlsAndTheSameDdlInAnotherTopicAreDifferentBarriers() {
        DdlBarriers barriers = new DdlBarriers(new MemoryLedger());
        barriers.arrive(ddl(0), P0, 1);
        barriers.arrive(ddl(1, "ALTER TABLE `shop`.`t` DROP COLUMN `c`", 950), P1, 2);
        assertThat(barriers.blocking(P0).ddl.ddl()).contains("ADD COLUMN");
        assertThat(barriers.open()).hasSize(2);
        assertThat(DdlBarriers.key("a", ddl(0))).isNotEqualTo(DdlBarriers.key("b", ddl(0)));
        assertThat(DdlBarriers.key("a", ddl(0))).isEqualTo(DdlBarriers.key("a", ddl(1))).hasSize(40);
    }

    @Test
    void aRecordDeliveredAgainIsHeldOnceAndRecordsBeforeTheCopyAreNotHeld() {
        DdlBarriers barriers = new DdlBarriers(new MemoryLedger());
        DdlBarriers.Barrier b = barriers.arrive(ddl(0), P0, 10);
        b.hold(record(P0, 10), P0);
        b.hold(record(P0, 11), P0);
        b.hold(record(P0, 12), P0);
        b.hold(record(P0, 11), P0);
        assertThat(b.held).extracting(SinkRecord::kafkaOffset).containsExactly(11L, 12L);
    }

    @Test
    void aRevokedPartitionDropsItsArrivalAndWhatItHeld() {
        MemoryLedger ledger = new MemoryLedger();
        DdlBarriers barriers = new DdlBarriers(ledger);
        DdlBarriers.Barrier b = barriers.arrive(ddl(0), P0, 10);
        barriers.arrive(ddl(1), P1, 10);
        b.hold(record(P0, 11), P0);
        b.hold(record(P1, 11), P1);
        barriers.forget(List.of(P0));
        assertThat(barriers.blocking(P0)).isNull();
        assertThat(b.arrived).containsOnlyKeys(P1);
        assertThat(b.held).extracting(SinkRecord::kafkaPartition).containsExactly(1);
        assertThat(ledger.arrivals(b.key)).isEqualTo(2); // P0's rows before the copy are committed: it stays arrived
        barriers.forget(List.of(P1));
        assertThat(barriers.open()).isEmpty();
    }
}
