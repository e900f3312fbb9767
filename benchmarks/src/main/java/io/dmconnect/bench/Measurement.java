package io.dmconnect.bench;

import java.time.Duration;

/**
 * What one sink did with one workload.
 *
 * @param events      row changes the sink applied (the workload's binlog row events)
 * @param startup     from creating the connector to the last probe that still saw an empty table
 * @param apply       from that probe to the first probe that saw the upstream's checksum
 * @param workerCpu   CPU the worker JVM used during {@code apply}
 * @param downstreamCpu CPU the downstream server used during {@code apply} (the probes' queries included)
 * @param startupWorkerCpu CPU the worker JVM used during {@code startup}
 */
public record Measurement(SinkUnderTest sink, WorkloadKind workload, long events, Duration startup, Duration apply,
        Duration workerCpu, Duration downstreamCpu, Duration startupWorkerCpu) {

    public Measurement {
        if (events < 1 || apply.isNegative() || apply.isZero()) {
            throw new IllegalArgumentException("a measurement needs events and a positive apply time: " + events
                    + " events in " + apply);
        }
    }

    /** Applied row changes per second of apply time. */
    public double rowsPerSecond() {
        return events / seconds(apply);
    }

    /** Worker CPU milliseconds per 1000 applied row changes. */
    public double workerCpuMsPer1000Rows() {
        return perThousand(workerCpu);
    }

    /** Downstream server CPU milliseconds per 1000 applied row changes. */
    public double downstreamCpuMsPer1000Rows() {
        return perThousand(downstreamCpu);
    }

    private double perThousand(Duration cpu) {
        return cpu.toNanos() / 1e6 * 1000.0 / events;
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
