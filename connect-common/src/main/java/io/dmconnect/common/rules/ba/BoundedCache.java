package io.dmconnect.common.rules.ba;

import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A concurrent memo for a pure function, holding at most about {@code maxEntries} results (concurrent writers may
 * overshoot by one entry each). When full, an arbitrary entry is evicted: the function is pure, so eviction only
 * costs a recomputation, never a different answer. DM bounds its per-table decision caches the same way
 * (100 000 entries) so that a schema with millions of short-lived tables cannot exhaust memory.
 *
 * <p>A computation that throws caches nothing; the exception reaches the caller.
 */
public final class BoundedCache<K, V> {
    /** DM's bound for its allow/block caches. */
    public static final int DM_MAX_ENTRIES = 100_000;

    private final ConcurrentHashMap<K, V> entries;
    private final int maxEntries;

    public BoundedCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.entries = new ConcurrentHashMap<>(Math.min(maxEntries, 1024));
    }

    /** The cached value for {@code key}, computing and storing it on a miss. {@code compute} must not return null. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V value = entries.get(key);
        if (value != null) {
            return value;
        }
        value = Objects.requireNonNull(compute.apply(key), "computed value");
        while (entries.size() >= maxEntries && evictOne()) {
            // keep evicting until there is room; another thread may be filling the map at the same time
        }
        V raced = entries.putIfAbsent(key, value);
        return raced != null ? raced : value;
    }

    public int size() {
        return entries.size();
    }

    private boolean evictOne() {
        Iterator<K> keys = entries.keySet().iterator();
        if (!keys.hasNext()) {
            return false;
        }
        entries.remove(keys.next());
        return true;
    }
}
