package io.dmconnect.bench;

/**
 * How big the workloads are: {@code rows} row changes in each workload's main phase, {@code statementRows} rows per
 * upstream INSERT ... SELECT (one transaction each), {@code hotRows} rows that the hot-key updates hit.
 */
public record WorkloadSize(int rows, int statementRows, int hotRows) {
    public WorkloadSize {
        if (rows < 1 || statementRows < 1 || hotRows < 1) {
            throw new IllegalArgumentException("sizes must be at least 1: " + rows + ", " + statementRows + ", " + hotRows);
        }
    }
}
