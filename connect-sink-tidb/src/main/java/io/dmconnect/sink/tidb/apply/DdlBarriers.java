package io.dmconnect.sink.tidb.apply;

import io.dmconnect.sink.tidb.decode.Change;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * DDL barriers across the partitions of a table topic, whichever tasks read them: the source writes a DDL record to
 * every partition; a copy that arrives (after its partition's earlier rows are committed) is registered in the
 * {@link BarrierLedger} and holds its partition back (paused; records already delivered are kept in order) until
 * every partition has arrived; then exactly one copy's task runs the DDL and every held partition goes on.
 * Invariant: no record of a partition behind a barrier is applied, or reported committed, before the DDL.
 */
final class DdlBarriers {
    /** Where a barrier stands for this task. */
    enum State { WAITING, RUN_IT, DONE }

    /** One DDL this task reached: which of its partitions arrived, at which offsets, and what they hold back. */
    static final class Barrier {
        final Change.Ddl ddl;
        final String key;
        final Map<TopicPartition, Long> arrived = new LinkedHashMap<>();
        final List<SinkRecord> held = new ArrayList<>();
        private final Map<TopicPartition, Long> lastHeld = new HashMap<>();

        Barrier(Change.Ddl ddl, String key) {
            this.ddl = ddl;
            this.key = key;
        }

        /** Keeps a record for after the DDL; a record delivered again (a retried batch) is kept once. */
        void hold(SinkRecord record, TopicPartition tp) {
            long offset = record.originalKafkaOffset();
            long floor = Math.max(arrived.getOrDefault(tp, -1L), lastHeld.getOrDefault(tp, -1L));
            if (offset > floor) {
                held.add(record);
                lastHeld.put(tp, offset);
            }
        }
    }

    private final BarrierLedger ledger;
    private final Map<String, Barrier> open = new LinkedHashMap<>();
    private final Map<TopicPartition, Barrier> blocked = new HashMap<>();

    DdlBarriers(BarrierLedger ledger) {
        this.ledger = ledger;
    }

    /** The barrier holding this partition back, or null. */
    Barrier blocking(TopicPartition tp) {
        return blocked.get(tp);
    }

    /** The barriers this task waits on, oldest first. */
    List<Barrier> open() {
        return List.copyOf(open.values());
    }

    /** Registers one copy's arrival; the partition is blocked until {@link #release}. */
    Barrier arrive(Change.Ddl ddl, TopicPartition tp, long offset) {
        String key = key(tp.topic(), ddl);
        Barrier b = open.computeIfAbsent(key, k -> new Barrier(ddl, k));
        b.arrived.put(tp, offset);
        blocked.put(tp, b);
        ledger.arrive(key, tp);
        return b;
    }

    /** Whether every partition arrived, and if so whether this task runs the DDL or another one already did. */
    State state(Barrier b) {
        if (ledger.isDone(b.key)) {
            return State.DONE;
        }
        if (ledger.arrivals(b.key) < b.ddl.partitions()) {
            return State.WAITING;
        }
        for (TopicPartition tp : b.arrived.keySet()) {
            if (ledger.claim(b.key, tp)) {
                return State.RUN_IT;
            }
        }
        return State.WAITING; // another task claimed it and is running it
    }

    void ran(Barrier b) {
        ledger.done(b.key);
    }

    /** The partitions the barrier held; they are free again. */
    List<TopicPartition> release(Barrier b) {
        open.remove(b.key);
        List<TopicPartition> freed = new ArrayList<>();
        b.arrived.keySet().forEach(tp -> {
            if (blocked.remove(tp) != null) {
                freed.add(tp);
            }
        });
        return freed;
    }

    /** Revoked partitions: their arrivals stay in the ledger (their rows are committed); what they held is dropped. */
    void forget(java.util.Collection<TopicPartition> revoked) {
        for (TopicPartition tp : revoked) {
            Barrier b = blocked.remove(tp);
            if (b != null) {
                b.arrived.remove(tp);
                b.held.removeIf(r -> r.originalTopic().equals(tp.topic()) && r.originalKafkaPartition() == tp.partition());
                if (b.arrived.isEmpty()) {
                    open.remove(b.key);
                }
            }
        }
    }

    void close() {
        ledger.close();
    }

    /** One DDL's identity in one topic: its copies share position and text. */
    static String key(String topic, Change.Ddl ddl) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] digest = sha1.digest((topic + "|" + ddl.pos() + "|" + ddl.ddl()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
