package io.dmconnect.bench;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The goal for the snapshot, from the legs of one run: dm-connect (c) at least {@value #PEER_GOAL} times
 * Debezium's (b) rows/s, and within {@value #DUMP_GOAL} times of {@code mariadb-dump | mariadb} (a), i.e. (a)'s
 * rows/s at most twice (c)'s. A ratio is absent when either of its legs did not run or failed.
 *
 * @param dmOverDebezium (c)'s rows/s divided by (b)'s
 * @param dumpOverDm     (a)'s rows/s divided by (c)'s
 */
public record SnapshotGoal(OptionalDouble dmOverDebezium, OptionalDouble dumpOverDm) {
    public static final int PEER_GOAL = 10;
    public static final int DUMP_GOAL = 2;

    public static SnapshotGoal of(List<LegResult> results) {
        return new SnapshotGoal(ratio(results, SnapshotLeg.DM_CONNECT, SnapshotLeg.DEBEZIUM),
                ratio(results, SnapshotLeg.MARIADB_DUMP, SnapshotLeg.DM_CONNECT));
    }

    /** Met only when measured. */
    public boolean peerMet() {
        return dmOverDebezium.isPresent() && dmOverDebezium.getAsDouble() >= PEER_GOAL;
    }

    /** Met only when measured. */
    public boolean dumpMet() {
        return dumpOverDm.isPresent() && dumpOverDm.getAsDouble() <= DUMP_GOAL;
    }

    private static OptionalDouble ratio(List<LegResult> results, SnapshotLeg numerator, SnapshotLeg denominator) {
        Optional<LegResult.Measured> n = measured(results, numerator);
        Optional<LegResult.Measured> d = measured(results, denominator);
        return n.isPresent() && d.isPresent() ? OptionalDouble.of(n.get().rowsPerSecond() / d.get().rowsPerSecond())
                : OptionalDouble.empty();
    }

    private static Optional<LegResult.Measured> measured(List<LegResult> results, SnapshotLeg leg) {
        return results.stream().filter(r -> r instanceof LegResult.Measured && r.leg() == leg)
                .map(r -> (LegResult.Measured) r).findFirst();
    }
}
