package io.dmconnect.bench;

import java.time.Duration;

/** The outcome of one snapshot leg: measured, or failed with the reason (the run goes on). */
public sealed interface LegResult {
    SnapshotLeg leg();

    /**
     * Every row arrived with the upstream's checksum.
     *
     * @param elapsed from starting the leg (connector creation, or the pipe's start) to the downstream holding every
     *                row; the checksum that verified it afterwards is not counted
     * @param cpu     CPU used during {@code elapsed}
     */
    record Measured(SnapshotLeg leg, long rows, Duration elapsed, LegCpu cpu) implements LegResult {
        public Measured {
            if (rows < 1 || elapsed.isNegative() || elapsed.isZero()) {
                throw new IllegalArgumentException("a measured leg needs rows and a positive time: " + rows
                        + " rows in " + elapsed);
            }
        }

        public double rowsPerSecond() {
            return rows / Measurement.seconds(elapsed);
        }

        /** CPU of every process of the run, in milliseconds per 1000 rows. */
        public double cpuMsPer1000Rows() {
            return cpu.total().toNanos() / 1e6 * 1000.0 / rows;
        }
    }

    /** The leg failed, did not finish in time, or ended with a checksum that differs from the upstream's. */
    record Failed(SnapshotLeg leg, String reason) implements LegResult {
    }
}
