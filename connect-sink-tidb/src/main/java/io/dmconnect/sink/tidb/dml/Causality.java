package io.dmconnect.sink.tidb.dml;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.zip.CRC32;

/**
 * Conflict detection for parallel apply (DM's causality): spreads changes over {@code worker.count} workers so that
 * changes sharing any causality key (see {@link CausalityKeys}: PK or any unique key value, before or after image,
 * per table) are applied by one worker, in the order they were assigned.
 *
 * <p><b>Determinism.</b> The worker of a change is a pure function of its target table and row identity (the after
 * image, the before image for a DELETE): {@code CRC32(UTF-8 of the identity's causality key) mod worker.count}. It
 * depends neither on earlier changes nor on batch boundaries, so a replayed change lands on the same worker after a
 * restart (as long as {@code worker.count} and the target schema are the same).
 *
 * <p><b>Window.</b> Keys assigned since the last {@link #reset()} are held by their worker. A change whose keys are
 * held by another worker cannot go anywhere without racing that worker: {@link #assign} returns a
 * {@link Assignment.Conflict} and records nothing. The caller then waits until every worker has applied what it
 * was given, calls {@link #reset()} and assigns the change again, which then succeeds. Call {@link #reset()}
 * whenever all workers are drained (at checkpoint flushes too) to keep the window, and memory, small.
 *
 * <p>Not thread-safe: one dispatcher thread assigns.
 */
public final class Causality {
    private final int workerCount;
    private final ToLongFunction<String> hash;
    private final Map<String, Integer> holders = new HashMap<>();

    public Causality(int workerCount) {
        this(workerCount, Causality::crc32);
    }

    /** With another hash of the identity key: lets tests choose workers by hand. */
    Causality(int workerCount, ToLongFunction<String> hash) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("worker count must be at least 1, got " + workerCount);
        }
        this.workerCount = workerCount;
        this.hash = hash;
    }

    /** Puts the change on its worker, or reports the conflict that first needs all workers drained. */
    public Assignment assign(RowChange change) {
        int worker = workerOf(change);
        if (workerCount == 1) {
            return new Assignment.Worker(0); // one worker applies everything in order: nothing can race
        }
        List<String> keys = CausalityKeys.of(change);
        for (String key : keys) {
            Integer holder = holders.get(key);
            if (holder != null && holder != worker) {
                return new Assignment.Conflict(key, holder, worker);
            }
        }
        for (String key : keys) {
            holders.put(key, worker);
        }
        return new Assignment.Worker(worker);
    }

    /** The worker a change always belongs to; see the class comment for the formula. */
    public int workerOf(RowChange change) {
        if (workerCount == 1) {
            return 0;
        }
        String identity = RowIdentity.of(change.schema(), change.current()).looseKey(change.table());
        return (int) Long.remainderUnsigned(hash.applyAsLong(identity), workerCount);
    }

    /** The identity key's worker-independent hash: CRC-32 (IEEE) of its UTF-8 bytes, as DM hashes its keys. */
    static long crc32(String identityKey) {
        CRC32 crc = new CRC32();
        crc.update(identityKey.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Forgets every held key; only call it when all workers have applied everything assigned so far. */
    public void reset() {
        holders.clear();
    }

    /** Number of keys held in the current window. */
    public int heldKeys() {
        return holders.size();
    }

    public int workerCount() {
        return workerCount;
    }
}
