package io.dmconnect.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One dm-connect sink against the peer on one workload, measured against the goal: at least
 * {@value #THROUGHPUT_GOAL} times the peer's rows/s at most 1/{@value #CPU_GOAL_DIVISOR} of its worker CPU per row.
 *
 * @param throughputRatio our rows/s divided by the peer's
 * @param cpuRatio        our worker CPU per row divided by the peer's
 */
public record GoalCheck(SinkUnderTest sink, WorkloadKind workload, double throughputRatio, double cpuRatio) {
    public static final int THROUGHPUT_GOAL = 10;
    public static final int CPU_GOAL_DIVISOR = 10;

    public boolean throughputMet() {
        return throughputRatio >= THROUGHPUT_GOAL;
    }

    public boolean cpuMet() {
        return cpuRatio <= 1.0 / CPU_GOAL_DIVISOR;
    }

    /** How many times faster still the sink must get to reach the goal (1 or less: reached). */
    public double throughputShortfall() {
        return THROUGHPUT_GOAL / throughputRatio;
    }

    /** How many times less CPU per row it must use to reach the goal (1 or less: reached). */
    public double cpuShortfall() {
        return cpuRatio * CPU_GOAL_DIVISOR;
    }

    /** A check for every measured non-peer result whose workload has a measured peer result. */
    public static List<GoalCheck> of(List<SinkResult> results) {
        List<GoalCheck> checks = new ArrayList<>();
        for (SinkResult r : results) {
            if (r instanceof SinkResult.Measured ours && !ours.sink().isPeer()) {
                peer(results, ours.workload()).ifPresent(peer -> checks.add(new GoalCheck(ours.sink(), ours.workload(),
                        ours.measurement().rowsPerSecond() / peer.rowsPerSecond(),
                        ours.measurement().workerCpuMsPer1000Rows() / peer.workerCpuMsPer1000Rows())));
            }
        }
        return checks;
    }

    private static Optional<Measurement> peer(List<SinkResult> results, WorkloadKind workload) {
        return results.stream()
                .filter(r -> r instanceof SinkResult.Measured && r.sink().isPeer() && r.workload() == workload)
                .map(r -> ((SinkResult.Measured) r).measurement())
                .findFirst();
    }
}
