package io.dmconnect.source.mysql.metrics;

import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.management.ObjectName;

/**
 * The source task's metrics, read on demand from the parts that own them (the processor, the queue, the tracker)
 * and registered as one MBean. Counting events is the only state kept here.
 */
public final class SourceMetrics implements SourceMetricsMBean, AutoCloseable {
    private final ObjectName name;
    private final Supplier<BinlogPosition> position;
    private final LongSupplier lastEventTsMs;
    private final LongSupplier queueBytes;
    private final IntSupplier queueRecords;
    private final IntSupplier trackedTables;
    private final AtomicLong events = new AtomicLong();
    private final long startedMs = System.currentTimeMillis();
    private volatile long windowStartMs = startedMs;
    private volatile long windowStartEvents;
    private volatile double rate;

    public SourceMetrics(String sourceId, Supplier<BinlogPosition> position, LongSupplier lastEventTsMs,
                         LongSupplier queueBytes, IntSupplier queueRecords, IntSupplier trackedTables) {
        this.position = position;
        this.lastEventTsMs = lastEventTsMs;
        this.queueBytes = queueBytes;
        this.queueRecords = queueRecords;
        this.trackedTables = trackedTables;
        this.name = MBeans.register(this, "io.dmconnect:type=source-task,source=" + ObjectName.quote(sourceId));
    }

    /** Records handed to Connect by one poll. */
    public void recorded(int count) {
        long total = events.addAndGet(count);
        long now = System.currentTimeMillis();
        if (now - windowStartMs >= 60_000) {
            rate = (total - windowStartEvents) * 1000.0 / (now - windowStartMs);
            windowStartMs = now;
            windowStartEvents = total;
        }
    }

    @Override
    public long getSecondsBehindSource() {
        long ts = lastEventTsMs.getAsLong();
        return ts == 0 ? 0 : Math.max(0, (System.currentTimeMillis() - ts) / 1000);
    }

    @Override
    public String getBinlogFile() {
        return position.get().file();
    }

    @Override
    public long getBinlogPosition() {
        return position.get().pos();
    }

    @Override
    public String getGtidSet() {
        return position.get().gtids();
    }

    @Override
    public double getEventsPerSecond() {
        long now = System.currentTimeMillis();
        if (rate == 0 && now > startedMs) {
            return events.get() * 1000.0 / (now - startedMs); // the first minute
        }
        return rate;
    }

    @Override
    public long getEventsTotal() {
        return events.get();
    }

    @Override
    public long getQueueBytes() {
        return queueBytes.getAsLong();
    }

    @Override
    public int getQueueRecords() {
        return queueRecords.getAsInt();
    }

    @Override
    public int getTrackedTables() {
        return trackedTables.getAsInt();
    }

    @Override
    public void close() {
        MBeans.unregister(name);
    }
}
