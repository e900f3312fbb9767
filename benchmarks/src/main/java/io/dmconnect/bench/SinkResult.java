package io.dmconnect.bench;

/** The outcome of one sink on one workload: measured, or failed with the reason (the run goes on). */
public sealed interface SinkResult {
    SinkUnderTest sink();

    WorkloadKind workload();

    /** The sink converged; the figures. */
    record Measured(Measurement measurement) implements SinkResult {
        @Override
        public SinkUnderTest sink() {
            return measurement.sink();
        }

        @Override
        public WorkloadKind workload() {
            return measurement.workload();
        }
    }

    /** The connector failed, or the downstream did not converge in time. */
    record Failed(SinkUnderTest sink, WorkloadKind workload, String reason) implements SinkResult {
    }
}
