package io.dmconnect.bench;

/** What a probe of the downstream table saw. */
public enum DownstreamState {
    /** Still empty: the sink has applied nothing yet. */
    UNCHANGED,
    /** Some changes applied, not all. */
    CHANGED,
    /** Row count and checksum equal the upstream's. */
    CONVERGED
}
