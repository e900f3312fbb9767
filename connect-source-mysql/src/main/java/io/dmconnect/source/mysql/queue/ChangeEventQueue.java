package io.dmconnect.source.mysql.queue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded handover between the binlog thread (producer) and {@code SourceTask.poll()} (consumer).
 *
 * <p>Invariants: the bytes held never exceed {@code maxBytes}, except that one item larger than the bound is let
 * through when the queue is empty (otherwise a huge row would block forever); items come out in the order they went
 * in; a producer failure ({@link #fail}) is thrown by the next {@link #poll}, after the items queued before it, so
 * nothing published before the failure is lost. The producer blocks while the queue is full: that is the source's
 * back-pressure, and why a one-million-row transaction streams through without being held whole.
 */
public final class ChangeEventQueue<T> {
    private record Entry<T>(T item, long bytes) {
    }

    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<Entry<T>> entries = new ArrayDeque<>();
    private long bytes;
    private RuntimeException failure;
    private boolean closed;

    public ChangeEventQueue(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** Blocks while full. Returns false when the queue was closed (the task is stopping) and the item was dropped. */
    public boolean put(T item, long itemBytes) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (!closed && !entries.isEmpty() && bytes + itemBytes > maxBytes) {
                notFull.await();
            }
            if (closed) {
                return false;
            }
            entries.addLast(new Entry<>(item, itemBytes));
            bytes += itemBytes;
            notEmpty.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Records the producer's failure; the consumer receives it after draining what was queued before. */
    public void fail(RuntimeException error) {
        lock.lock();
        try {
            if (failure == null) {
                failure = error;
            }
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code timeout} for items and returns at most {@code maxItems} of them (possibly none); throws the
     * producer's failure once everything queued before it has been returned.
     */
    public List<T> poll(int maxItems, Duration timeout) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long nanos = timeout.toNanos();
            while (entries.isEmpty() && failure == null && !closed && nanos > 0) {
                nanos = notEmpty.awaitNanos(nanos);
            }
            if (entries.isEmpty() && failure != null) {
                throw failure;
            }
            List<T> batch = new ArrayList<>(Math.min(maxItems, entries.size()));
            while (!entries.isEmpty() && batch.size() < maxItems) {
                Entry<T> e = entries.pollFirst();
                bytes -= e.bytes();
                batch.add(e.item());
            }
            notFull.signalAll();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes and releases both sides; later puts are refused. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            notFull.signalAll();
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Fill level, for the queue metric. */
    public long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }
}
