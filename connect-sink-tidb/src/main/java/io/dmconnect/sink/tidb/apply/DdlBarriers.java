package io.dmconnect.sink.tidb.apply;

import io.dmconnect.sink.tidb.decode.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * DDL barriers across the partitions of a table topic: the source writes a DDL record to every partition; the
 * first copies to arrive hold their partitions back (paused; records already delivered are kept in order) until the
 * last copy arrives, then the DDL runs once and the held records follow. Invariant: no record of a partition behind
 * a barrier is applied, or reported committed, before the DDL.
 */
final class DdlBarriers {
    /** One DDL waiting for its copies: which partitions reached it, and at which offsets. */
    static final class Barrier {
        final Change.Ddl ddl;
        final Map<TopicPartition, Long> arrived = new LinkedHashMap<>();
        final List<SinkRecord> held = new ArrayList<>();

        Barrier(Change.Ddl ddl) {
            this.ddl = ddl;
        }
    }

    private final Map<String, Barrier> open = new HashMap<>();
    private final Map<TopicPartition, Barrier> blocked = new HashMap<>();

    /** The barrier holding this partition back, or null. */
    Barrier blocking(TopicPartition tp) {
        return blocked.get(tp);
    }

    /**
     * Records one copy's arrival. Returns the barrier when this was the last copy (the caller runs the DDL and
     * {@link #release}s it), null while copies are missing (the partition is now blocked).
     */
    Barrier arrive(Change.Ddl ddl, TopicPartition tp, long offset) {
        String key = ddl.pos() + "|" + ddl.ddl();
        Barrier b = open.computeIfAbsent(key, k -> new Barrier(ddl));
        b.arrived.put(tp, offset);
        if (b.arrived.size() < ddl.partitions()) {
            blocked.put(tp, b);
            return null;
        }
        open.remove(key);
        return b;
    }

    /** The partitions the barrier held; they are free again. */
    List<TopicPartition> release(Barrier b) {
        List<TopicPartition> freed = new ArrayList<>();
        b.arrived.keySet().forEach(tp -> {
            if (blocked.remove(tp) != null) {
                freed.add(tp);
            }
        });
        return freed;
    }
}
