package io.dmconnect.bench;

import java.time.Duration;

/**
 * Turns the probes of one sink run into a {@link Measurement}.
 *
 * <p>The apply window opens at the <em>last</em> probe that still saw an empty table and closes at the first probe
 * that saw the upstream's checksum. Opening at the last empty probe rather than the first non-empty one makes the
 * window longer by at most one poll interval, never shorter: the figures err against the sink, equally for every sink.
 * What came before (connector and task start, consumer group join, Hibernate's boot for Debezium) is reported apart as
 * start-up, so it does not dilute the per-row figures of a short run.
 */
public final class ApplyTimer {
    private final SinkUnderTest sink;
    private final WorkloadKind workload;
    private final long events;
    private final Sample created;
    private Sample lastUnchanged;
    private boolean changed;
    private Sample converged;

    /** {@code created}: the probe taken just before the connector was created. */
    public ApplyTimer(SinkUnderTest sink, WorkloadKind workload, long events, Sample created) {
        this.sink = sink;
        this.workload = workload;
        this.events = events;
        this.created = created;
        this.lastUnchanged = created;
    }

    /**
     * Records one probe, in time order. Probes after convergence are ignored, and so is an empty table after a
     * non-empty one (a workload never empties its table; the window must not shrink if one did).
     */
    public void observe(Sample sample, DownstreamState state) {
        if (converged != null) {
            return;
        }
        switch (state) {
            case UNCHANGED -> {
                if (!changed) {
                    lastUnchanged = sample;
                }
            }
            case CHANGED -> changed = true;
            case CONVERGED -> converged = sample;
        }
    }

    public SinkUnderTest sink() {
        return sink;
    }

    public boolean done() {
        return converged != null;
    }

    /** @throws IllegalStateException before convergence */
    public Measurement measurement() {
        if (converged == null) {
            throw new IllegalStateException("the downstream has not converged yet");
        }
        return new Measurement(sink, workload, events,
                Duration.ofNanos(lastUnchanged.nanos() - created.nanos()),
                Duration.ofNanos(converged.nanos() - lastUnchanged.nanos()),
                converged.workerCpu().minus(lastUnchanged.workerCpu()),
                converged.downstreamCpu().minus(lastUnchanged.downstreamCpu()),
                lastUnchanged.workerCpu().minus(created.workerCpu()));
    }
}
