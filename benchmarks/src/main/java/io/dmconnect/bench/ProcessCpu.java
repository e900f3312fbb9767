package io.dmconnect.bench;

import io.dmconnect.harness.HarnessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time (user + system) a process has used so far, read from {@code /proc/<pid>/stat}: every thread of the
 * process (JIT, GC, the task threads) counts, children do not.
 */
public final class ProcessCpu {
    private final long pid;
    private final long ticksPerSecond;

    private ProcessCpu(long pid, long ticksPerSecond) {
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
    }

    /**
     * The clock of process {@code pid}, or of its descendant whose command name is {@code comm} (the harness starts
     * servers through {@code setsid}, which may fork).
     */
    public static ProcessCpu of(long pid, String comm) {
        return new ProcessCpu(resolve(pid, comm), clockTicksPerSecond());
    }

    /** The clock of this JVM, whose {@link #childrenUsed()} counts the client programs it ran and waited for. */
    public static ProcessCpu self() {
        return new ProcessCpu(ProcessHandle.current().pid(), clockTicksPerSecond());
    }

    public long pid() {
        return pid;
    }

    public Duration used() {
        return ticksToDuration(stat().totalTicks(), ticksPerSecond);
    }

    /** CPU of the children that ended and were waited for. */
    public Duration childrenUsed() {
        return ticksToDuration(stat().childTicks(), ticksPerSecond);
    }

    private ProcStat stat() {
        try {
            return ProcStat.parse(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new HarnessException("cannot read the CPU time of process " + pid + " (gone?): " + e.getMessage(), e);
        }
    }

    static Duration ticksToDuration(long ticks, long ticksPerSecond) {
        return Duration.ofNanos(Math.multiplyExact(ticks, 1_000_000_000L) / ticksPerSecond);
    }

    private static long resolve(long pid, String comm) {
        if (comm.equals(commOf(pid))) {
            return pid;
        }
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .filter(p -> comm.equals(commOf(p.pid()))).findFirst()
                .orElseThrow(() -> new HarnessException("process " + pid + " is not " + comm + " and has no " + comm
                        + " descendant"))
                .pid();
    }

    private static String commOf(long pid) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid), "comm"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** USER_HZ; 100 on every mainstream Linux, but asked rather than assumed. */
    private static long clockTicksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (p.waitFor() != 0) {
                throw new HarnessException("getconf CLK_TCK failed: " + out);
            }
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            throw new HarnessException("cannot read the clock tick rate with getconf CLK_TCK: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while reading the clock tick rate", e);
        }
    }
}
